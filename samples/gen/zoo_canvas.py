"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
"PROJECTCANVAS" per project, drawn like a Business Model Canvas: one A3 landscape sheet per
project, divided by thin rules into boxes of different sizes, every field in a box of its
own, the reading order of the fields jumping about the sheet.

- canvas: A3 LANDSCAPE (1190.6 x 841.9 pt), margins 1.0 cm all round. Helvetica (DejaVu Sans
          for a paragraph holding a character it lacks) throughout, dark ink (#222222).
          HEADER STRIP across the top margin of every sheet, 50pt high, filled dark petrol
          (#1D4E5F): at the left "PROJECTCANVAS" in 7pt letter-spaced (1.2pt) pale tint
          (#A9C7D1) over the project's title in 18pt bold white (a continuation sheet:
          "<title> (vervolg)"); at the right, right-aligned, the theme in 8pt tint over
          "Regio Deal <Name> | canvas <k> van <n>" in 8pt white. FOOTER under the grid, 7pt
          grey, on the bottom margin: "Projectcanvas Regio Deal <Name>" at the left, "blad N"
          at the right.
          THE GRID, 6pt under the strip down to 14pt over the footer: a 1pt dark outer frame,
          0.5pt grey (#7A7A7A) rules between the boxes, no fills. The UPPER BAND (62 % of
          the grid's height) has FIVE COLUMNS in the proportions 1 : 1 : 1.4 : 1 : 1; column
          1 is one TALL box (A); column 2 is split into a SHORT box (B1, a quarter of the
          band) over a tall one (B2); column 3 is one tall, WIDER box in the middle (C);
          column 4 is split in halves (D1 over D2; one tall box D1 where a project has no
          field for D2); column 5 is one tall box (E). The LOWER BAND is one WIDE box (F, 60
          % of the width) at the left and a box G beside it.
          FIELDS TO BOXES: the fields standing before the project's funding table (the
          table that is a row of the project), except the last of them, fill B1, A, D1, C,
          E, D2 in that order (so for Twente: Naam Project in B1 at the top of column 2,
          Partijen in A at the far left, Opgave in D1, Voorgestelde aanpak in the middle
          C, Resultaten in E at the far right); the field just before the table goes into G
          (beside the table box); the fields after the table into B2 (under B1), further
          ones into the free boxes of the same list. The READING ORDER thus runs B1, A, D1,
          C, E, G, B2 across the sheet, not top to bottom nor left to right. F holds the
          funding table(s), headed "BEGROTING". A project without room in this list puts
          further fields in G under the one there.
          A BOX: 6pt padding; its LABEL (the field's label as transcribed, IN CAPITALS) in
          7pt bold, letter-spaced 0.6pt, in the petrol colour at the box's top-left corner;
          the field's paragraphs from 6pt under its baseline, ragged right, in the largest of 9, 8.5, 8,
          7.5, 7 and 6.5pt (leading 1.22 x) at which the whole field fits the box, 0.35 x
          size after a paragraph; a list item hangs on its marker. A table inside a field
          stays in its box where it stands (the table style below at the paragraphs' size
          less 0.5pt, 8pt at most). Several fields in one box (G) stand 10pt apart, each
          under its own label. A field too long for its box at 6.5pt fills it and CONTINUES IN THE
          SAME BOX of a second canvas sheet with the same grid, its label there
          "<LABEL> (VERVOLG)"; the sheet's other boxes stay empty (rules only); a further
          sheet where it still runs on. The project's notes (page footnotes) stand between
          the grid and the footer on its first sheet, 6.5pt, "<mark> <text>", the grid
          shortened for them.
          TABLES (in F at 8pt, the box's inner width up to 640pt): the table's label in
          the top-left header cell in bold, value headers bold right-aligned, a group
          header centred over its members with a 0.4pt rule under it; a 0.8pt petrol rule
          over and under the header lines and under the last row, 0.25pt grey rules between
          body rows; amounts right-aligned as transcribed; the Totaal row bold; the table's
          footnotes under it in 7pt. Several tables in F stand one under the other, 8pt
          apart.
          Every project opens a new sheet; no cover, no contents.

Every cell prints as transcribed, in the transcription's table order: the truth record is the
plain one (no "raw"). A project runs from its first sheet to the last sheet on which one of
its boxes draws text.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Truth, dossier_name, field_para, font_for, meta, para, register_fonts

W, H = landscape(A3)
M = 1.0 * cm
STRIP_H = 50.0
PETROL = colors.HexColor("#1D4E5F")
TINT = colors.HexColor("#A9C7D1")
INK = colors.HexColor("#222222")
RULE = colors.HexColor("#7A7A7A")
GREY = colors.HexColor("#707070")
PAD = 6.0
SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
COLS = (1.0, 1.0, 1.4, 1.0, 1.0)
UPPER = 0.62
F_SHARE = 0.60
ORDER = ("B1", "A", "D1", "C", "E", "D2")   # fields before the table (but the last)


def _styles(size: float) -> dict:
    lead = round(size * 1.22, 2)

    def st(name, font="Helvetica", sz=size, ld=lead, **kw):
        return ParagraphStyle(f"cv-{name}-{size}", fontName=font, fontSize=sz, leading=ld,
                              textColor=INK, **kw)

    ts = size - 0.5 if size < 8.5 else 8.0
    tl = round(ts * 1.2, 2)
    return {
        "body": st("body", spaceAfter=round(size * 0.35, 2)),
        "item": st("item", leftIndent=size * 1.3, bulletIndent=0, spaceAfter=round(size * 0.35, 2)),
        "tlabel": st("tl", "Helvetica-Bold", ts, tl),
        "thead": st("th", "Helvetica-Bold", ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", "Helvetica-Bold", ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", "Helvetica", ts, tl),
        "tbody_b": st("tbb", "Helvetica-Bold", ts, tl),
        "tamount": st("ta", "Helvetica", ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", "Helvetica-Bold", ts, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", "Helvetica", ts - 1, round((ts - 1) * 1.2, 2), spaceBefore=3),
    }


NOTE = ParagraphStyle("cv-note", fontName="Helvetica", fontSize=6.5, leading=8, textColor=INK,
                      leftIndent=8, firstLineIndent=-8)
NOTE_MORE = ParagraphStyle("cv-note-more", NOTE, firstLineIndent=0)


def _table(t: source.Table, st: dict, rec, width: float) -> list:
    pad = 3.0
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, pad)
    widths[0] -= sum(widths) - width
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, PETROL),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.8, PETROL),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, PETROL)]
    if len(rows) > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.25, RULE))
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    out = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _field_flow(content, size: float, rec, width: float) -> list:
    st = _styles(size)
    out = []
    for c in content:
        if isinstance(c, source.Table):
            out += [Spacer(0, 3)] + _table(c, st, rec, width) + [Spacer(0, 4)]
        else:
            out.append(field_para(c, st["body"], st["item"], rec))
    return out


def _height(flow: list, width: float) -> float:
    h = 0.0
    for k, f in enumerate(flow):
        if k:
            h += f.getSpaceBefore()
        h += f.wrap(width, 1e6)[1] + f.getSpaceAfter()
    return h


def _flow_into(frame: Frame, flow: list, canv) -> list:
    """Draw as much of `flow` as fits `frame`, splitting the flowable that does not fit;
    returns what is left."""
    flow = list(flow)
    while flow:
        head = flow[0]
        if frame.add(head, canv, trySplit=0):
            flow.pop(0)
            continue
        parts = frame.split(head, canv)
        if parts and frame.add(parts[0], canv, trySplit=0):
            flow[0:1] = parts[1:]
        break
    return flow


class _Box:
    def __init__(self, name, x, y, w, h):
        self.name, self.x, self.y, self.w, self.h = name, x, y, w, h
        self.fields: list = []       # (label, content)

    @property
    def inner_w(self):
        return self.w - 2 * PAD


def _grid_boxes(top: float, bottom: float, has_d2: bool) -> dict[str, _Box]:
    gw = W - 2 * M
    gh = top - bottom
    uh = gh * UPPER
    ub = top - uh
    unit = gw / sum(COLS)
    xs = [M]
    for c in COLS:
        xs.append(xs[-1] + c * unit)
    b1h = uh / 4
    boxes = {
        "A": _Box("A", xs[0], ub, xs[1] - xs[0], uh),
        "B1": _Box("B1", xs[1], top - b1h, xs[2] - xs[1], b1h),
        "B2": _Box("B2", xs[1], ub, xs[2] - xs[1], uh - b1h),
        "C": _Box("C", xs[2], ub, xs[3] - xs[2], uh),
        "E": _Box("E", xs[4], ub, xs[5] - xs[4], uh),
        "F": _Box("F", M, bottom, gw * F_SHARE, ub - bottom),
        "G": _Box("G", M + gw * F_SHARE, bottom, gw * (1 - F_SHARE), ub - bottom),
    }
    if has_d2:
        boxes["D1"] = _Box("D1", xs[3], top - uh / 2, xs[4] - xs[3], uh / 2)
        boxes["D2"] = _Box("D2", xs[3], ub, xs[4] - xs[3], uh / 2)
    else:
        boxes["D1"] = _Box("D1", xs[3], ub, xs[4] - xs[3], uh)
    return boxes


def _assign(pr: source.Project) -> tuple[dict[str, list], list]:
    """Box name -> the fields it holds (label, content); the project's funding tables."""
    rows = list(pr.rows)
    t_at = next((i for i, r in enumerate(rows) if isinstance(r, source.Table)), len(rows))
    before = [r for r in rows[:t_at] if isinstance(r, source.Field)]
    after = [r for r in rows[t_at:] if isinstance(r, source.Field)]
    tables = [r for r in rows if isinstance(r, source.Table)]
    out: dict[str, list] = {}
    free = list(ORDER)
    g_field = before.pop() if before and t_at < len(rows) else None
    for f in before:
        out.setdefault(free.pop(0) if free else "G", []).append(f)
    if g_field is not None:
        out.setdefault("G", []).append(g_field)
    rest = ["B2"] + free
    for f in after:
        out.setdefault(rest.pop(0) if rest else "G", []).append(f)
    return out, tables


def _label(canv, box: _Box, text: str, y: float | None = None) -> float:
    """Draw a box label at the box's top-left corner (or at `y`); its baseline."""
    text = text.upper()
    base = (box.y + box.h - PAD - 6) if y is None else y
    canv.saveState()
    canv.setFillColor(PETROL)
    t = canv.beginText(box.x + PAD, base)
    t.setFont(font_for(text, "Helvetica-Bold"), 7)
    t.setCharSpace(0.6)
    t.textOut(text)
    t.setCharSpace(0)
    canv.drawText(t)
    canv.restoreState()
    return base


def _draw_grid(canv, boxes: dict[str, _Box]):
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    for b in boxes.values():
        canv.rect(b.x, b.y, b.w, b.h, stroke=1, fill=0)
    xs = [b.x for b in boxes.values()] + [b.x + b.w for b in boxes.values()]
    ys = [b.y for b in boxes.values()] + [b.y + b.h for b in boxes.values()]
    canv.setStrokeColor(INK)
    canv.setLineWidth(1)
    canv.rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys), stroke=1, fill=0)
    canv.restoreState()


def _chrome(canv, name: str, pr: source.Project, title: str, k: int, n: int, page: int):
    canv.saveState()
    canv.setFillColor(PETROL)
    canv.rect(M, H - M - STRIP_H, W - 2 * M, STRIP_H, stroke=0, fill=1)
    t = canv.beginText(M + 10, H - M - 15)
    t.setFont("Helvetica", 7)
    t.setCharSpace(1.2)
    t.setFillColor(TINT)
    t.textOut("PROJECTCANVAS")
    t.setCharSpace(0)
    canv.drawText(t)
    canv.setFillColor(colors.white)
    canv.setFont(font_for(title, "Helvetica-Bold"), 18)
    canv.drawString(M + 10, H - M - 38, title)
    canv.setFillColor(TINT)
    canv.setFont(font_for(pr.theme, "Helvetica"), 8)
    canv.drawRightString(W - M - 10, H - M - 17, pr.theme)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica", 8)
    canv.drawRightString(W - M - 10, H - M - 31, f"Regio Deal {name} | canvas {k} van {n}")
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7)
    canv.drawString(M, M, f"Projectcanvas Regio Deal {name}")
    canv.drawRightString(W - M, M, f"blad {page}")
    canv.restoreState()


def _box_flow(box: _Box, fields, rec, inner_h_first: float):
    """The flowables for a box's fields at the largest size that fits (else at 6.5pt), as
    a list of (label, flow) pairs."""
    for size in SIZES:
        pieces = [(f.label, _field_flow(f.content, size, rec, box.inner_w)) for f in fields]
        need = sum(_height(fl, box.inner_w) for _, fl in pieces) + 16 * (len(pieces) - 1)
        if need <= inner_h_first or size == SIZES[-1]:
            return pieces


def _draw_box(canv, box: _Box, pieces, cont: bool, dry=False) -> list:
    """Draw the (label, flow) pieces into `box` one under the other; what is left (a list of
    pieces, the first one running on)."""
    y = box.y + box.h - PAD
    pieces = list(pieces)
    first = True
    while pieces:
        label, flow = pieces[0]
        if not first:
            y -= 10
        if y - 12 - box.y - PAD < 20:
            return pieces
        if not dry:
            _label(canv, box, label + (" (vervolg)" if cont and first else ""), y - 6)
        y -= 12
        frame = Frame(box.x + PAD, box.y + PAD, box.inner_w, y - box.y - PAD,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
        if dry:
            frame.add = _dry_add(frame)
        left = _flow_into(frame, flow, canv)
        if left:
            pieces[0] = (label, left)
            return pieces
        y = frame._y
        pieces.pop(0)
        first = False
    return []


def _dry_add(frame):
    real = Frame.add

    def add(flowable, canv, trySplit=0):
        saved = flowable.drawOn
        flowable.drawOn = lambda *a, **k: None
        try:
            return real(frame, flowable, canv, trySplit)
        finally:
            del flowable.drawOn
    return add


def _notes_flow(pr, rec):
    out = []
    for note in pr.notes:
        for j, text in enumerate(note.text or ("",)):
            out.append(para(f"{note.mark} {text}" if j == 0 else text, NOTE if j == 0 else NOTE_MORE, rec))
    return out


def render_canvas(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    name = dossier_name(dossier)
    truth = Truth(dossier, "canvas")
    canv = Canvas(str(pdf_path), pagesize=(W, H), invariant=1, pageCompression=1)
    info = meta(dossier, "canvas")
    canv.setTitle(info["title"]); canv.setAuthor(info["author"])
    canv.setSubject(info["subject"]); canv.setCreator(info["creator"])
    page = 0
    for p, pr in enumerate(dossier.projects):
        rec = truth.content(p)
        assigned, tables = _assign(pr)
        notes = _notes_flow(pr, rec)
        notes_h = _height(notes, W - 2 * M) + 6 if notes else 0.0
        top = H - M - STRIP_H - 6
        boxes1 = _grid_boxes(top, M + 14 + notes_h, "D2" in assigned)
        boxes2 = _grid_boxes(top, M + 14, "D2" in assigned)
        # the funding tables in F
        fbox = boxes1["F"]
        tw = min(fbox.inner_w, 640.0)
        st8 = _styles(8.5)
        tflow = []
        for t in tables:
            if tflow:
                tflow.append(Spacer(0, 8))
            tflow += _table(t, st8, rec, tw)
        pending = {nm: _box_flow(boxes1[nm], fl, rec, boxes1[nm].h - 2 * PAD - 12)
                   for nm, fl in assigned.items()}
        if tflow:
            pending["F"] = [("Begroting", tflow)]
        # sheets needed: a dry run with throwaway flows
        dry_pending = {nm: _box_flow(boxes1[nm], fl, None, boxes1[nm].h - 2 * PAD - 12)
                       for nm, fl in assigned.items()}
        from io import BytesIO
        scratch = Canvas(BytesIO())
        n, k = 1, 1
        while dry_pending:
            bx = boxes1 if k == 1 else boxes2
            dry_pending = {nm: left for nm, pc in dry_pending.items()
                           if (left := _draw_box(scratch, bx[nm], pc, k > 1, dry=True))}
            if dry_pending:
                k += 1
        n = k
        k = 0
        while pending or k == 0:
            k += 1
            page += 1
            bx = boxes1 if k == 1 else boxes2
            title = pr.title if k == 1 else f"{pr.title} (vervolg)"
            _chrome(canv, name, pr, title, k, n, page)
            (truth.heading(p) if k == 1 else rec)(page)
            _draw_grid(canv, bx)
            pending = {nm: left for nm, pc in pending.items()
                       if (left := _draw_box(canv, bx[nm], pc, k > 1))}
            if k == 1 and notes:
                fr = Frame(M, M + 12, W - 2 * M, notes_h, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)
                left = _flow_into(fr, notes, canv)
                assert not left
            canv.showPage()
        assert k == n, (pr.title, k, n)
    truth.pages = page
    canv.save()
    return truth.record()
