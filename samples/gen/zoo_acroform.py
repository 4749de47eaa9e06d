"""One more house style for the layout zoo (see zoo.py): a filled-in PDF application form,
saved without flattening, so that the texts live in form fields.

- acroform: an "aanvraagformulier Regio Deal" as applicants fill it in Acrobat and save it
            without flattening. Portrait A4, 2 cm side margins. On every page a form header:
            "Aanvraagformulier Regio Deal – projectvoorstel" in 9pt bold at the left, the form
            number ("Formulier RD-PV 2.1") in 8pt grey at the right, a 0.5pt rule under both;
            the footer "Pagina N van M" centred in 8pt grey. Page 1: the form's title
            "Aanvraagformulier Regio Deal <name>" (15pt bold) over a grey 8.5pt line
            "Projectvoorstellen, in te vullen per project.", then the contents (the
            transcription's heading, 12pt bold), each theme in 9.5pt bold and its projects'
            titles under it with page numbers at the right, all printed page content. Each
            project opens a new page: the theme in 9pt grey, the title in 13pt bold, both
            printed. Each field: its label printed in 9pt bold (Helvetica), and under it a
            rectangular AcroForm text field (/FT /Tx) across the text width whose /V is the
            field's text, its paragraphs joined by carriage returns as Acrobat stores them. The
            field's text is NOT in the page content, only in /V and in the widget's appearance
            stream (/AP /N: a 0.6pt blue-grey border, the text in 9pt Helvetica, DejaVu Sans for
            a line with characters outside WinAnsi, wrapped to the box as a viewer wraps it,
            10.4pt leading). A one-line text is a single-line field 16pt high; a longer one is
            multiline (/Ff 4096) and as high as its wrapped lines. A field longer than the rest
            of the page continues in a new box on the next page (at least 3 lines in the first
            box, 2 in the next; the label moves on with its box where fewer lines fit), the
            boxes named "p03_opgave_1", "p03_opgave_2", ... ("p03_partijen" where one box holds
            it all: the project's number and the label's first four words). A table inside a
            field splits the field's text: box(es) before, the table, box(es) after. Tables
            (investment tables and those inside fields) are printed page content in 8pt: a 0.5pt
            grid, the header lines on a light grey-blue ground with the table label in the top
            left cell, group headers ("Publiek") centred, row labels printed (the Totaal row's
            in bold); but every amount cell is a single-line text field of its own
            ("p03_t1_r2_c4": table, body row, value column), right aligned (/Q 2), 8pt (auto
            size, /DA size 0, where the text is wider than the column), its value exactly the
            transcription's cell text ("-" and footnote marks included, an empty cell an empty
            field); the Totaal row's fields read-only (/Ff 1) on a light grey ground. An
            investment table breaking over pages repeats its header lines. Table footnotes
            printed in 7.5pt under the table; project notes printed in 7.5pt at the end of the
            section under a short rule. A reader that ignores form fields sees the labels and
            the tables without values.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import (PDFArray, PDFDictionary, PDFName, PDFObjectReference,
                                      PDFStream, PDFString)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_common import (build_until_stable, Doc, dossier_name, font_for, is_total, meta,
                         page_of, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
MX = 2.0 * cm
TOP, BOTTOM = 2.6 * cm, 2.2 * cm
FW = WIDTH - 2 * MX
FORM_NUMBER = "Formulier RD-PV 2.1"
HEADER = "Aanvraagformulier Regio Deal – projectvoorstel"

INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#7A8793")
HEAD_FILL = colors.HexColor("#E4EAF1")
FIELD_BORDER = (0.52, 0.6, 0.68)   # the widgets' border colour (RGB)
TOTAL_FILL = (0.93, 0.93, 0.93)    # read-only total fields

FIELD_FONT = "Helvetica"           # the form's /DA font (/Helv)
FIELD_SIZE = 9.0
AMOUNT_SIZE = 8.0
LEADING = 10.4                     # a multiline field's line distance
INSET = 2.0                        # border to text in a widget
BORDER_W = 0.6
SINGLE_H = 16.0                    # a single-line text field
AMOUNT_H = 12.0                    # an amount field
MIN_LINES = 3                      # a box split over pages keeps at least this many lines
LABEL_H = 22.0                     # a field label with the space around it


# --- widgets --------------------------------------------------------------------------


def _ap_text(canv, lines, w, h, size, align, multiline):
    """Content of an appearance stream: `lines` of text in `size` Helvetica (DejaVu Sans for
    a line that Helvetica cannot show), left or right aligned, clipped to the box."""
    t = canv.beginText()
    if multiline:
        y = h - INSET - size
    else:
        y = (h - size * 0.72) / 2
    for line in lines:
        font = font_for(line, FIELD_FONT)
        if line:
            lw = stringWidth(line, font, size)
            x = w - INSET - 1 - lw if align == 2 else INSET + 1
            t.setFont(font, size)
            t.setTextOrigin(x, y)
            t.textOut(line)
        y -= LEADING * size / FIELD_SIZE
    return t.getCode() if any(lines) else ""


def _widget(canv, name, value, lines, w, h, size=FIELD_SIZE, align=0, multiline=False,
            readonly=False, fill=None, auto=False):
    """A filled-in text field at the flowable's origin: /V `value`, its appearance `lines`."""
    x, y = canv.absolutePosition(0, 0)
    form = canv.acroForm
    form.makeFont(FIELD_FONT)  # /Helv in the form's /DR, as the /DA names it
    doc = canv._doc
    hb = BORDER_W / 2
    ap = []
    if fill:
        ap.append("%.3f %.3f %.3f rg 0 0 %.2f %.2f re f" % (*fill, w, h))
    ap.append("%.3f %.3f %.3f RG %.2f w %.2f %.2f %.2f %.2f re S"
              % (*FIELD_BORDER, BORDER_W, hb, hb, w - BORDER_W, h - BORDER_W))
    ap.append("/Tx BMC\nq\n%.2f %.2f %.2f %.2f re W n" % (1, 1, w - 2, h - 2))
    text = _ap_text(canv, lines, w, h, size, align, multiline)
    if text:
        ap.append("0 g\n" + text)
    ap.append("Q\nEMC")
    stream = PDFStream(PDFDictionary(dict(
        Type=PDFName("XObject"), Subtype=PDFName("Form"), FormType=1,
        BBox=PDFArray([0, 0, round(w, 2), round(h, 2)]),
        Matrix=PDFArray([1, 0, 0, 1, 0, 0]),
        Resources=PDFDictionary(dict(Font=PDFObjectReference("BasicFonts"),
                                     ProcSet=PDFArray([PDFName("PDF"), PDFName("Text")]))))),
        "\n".join(ap))
    mk = dict(BC=PDFArray(list(FIELD_BORDER)))
    if fill:
        mk["BG"] = PDFArray(list(fill))
    flags = (4096 if multiline else 0) | (1 if readonly else 0)
    annot = PDFDictionary(dict(
        Type=PDFName("Annot"), Subtype=PDFName("Widget"), FT=PDFName("Tx"),
        T=PDFString(name), V=PDFString(value), DV=PDFString(""),
        DA=PDFString("/Helv %s Tf 0 g" % (0 if auto else ("%g" % size))),
        Q=align, Ff=flags, F=4, P=doc.thisPageRef(),
        Rect=PDFArray([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)]),
        AP=PDFDictionary(dict(N=doc.Reference(stream))),
        MK=PDFDictionary(mk), BS=PDFDictionary(dict(W=BORDER_W, S=PDFName("S")))))
    canv._addAnnotation(annot)
    form.fields.append(form.getRef(annot))


def _wrap(text: str, width: float, size: float) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` wrapped to `width`, breaking at white space (a
    word wider than the box is broken between characters)."""
    def fits(s, e):
        piece = text[s:e]
        return stringWidth(piece, font_for(piece, FIELD_FONT), size) <= width

    out = []
    start = end = None
    for m in re.finditer(r"\S+", text):
        s, e = m.span()
        if start is not None and fits(start, e):
            end = e
            continue
        if start is not None:
            out.append((start, end))
        start, end = s, e
        while not fits(start, end):  # an overlong word
            cut = start + 1
            while cut < end and fits(start, cut + 1):
                cut += 1
            out.append((start, cut))
            start = cut
    if start is not None:
        out.append((start, end))
    return out or [(0, 0)]


class _FieldState:
    """One field's boxes: a base name and how many boxes hold its text."""

    def __init__(self, base: str, segments: int):
        self.base, self.multi, self.drawn = base, segments > 1, 0

    def next_name(self) -> str:
        self.drawn += 1
        return f"{self.base}_{self.drawn}" if self.multi else self.base


class _Box(Flowable):
    """A field's text (some of its paragraphs, wrapped) in a text field across the width;
    splits between lines over pages, each part a field of its own."""

    def __init__(self, paras, lines, state, rec, multiline=None):
        super().__init__()
        self.paras, self.lines, self.state, self.rec = paras, lines, state, rec
        self.multiline = multiline

    @classmethod
    def of(cls, paras, state, rec, width=FW):
        lines = [(i, s, e) for i, p in enumerate(paras)
                 for s, e in _wrap(p, width - 2 * (INSET + 1), FIELD_SIZE)]
        return cls(paras, lines, state, rec, multiline=len(lines) > 1)

    def keep(self) -> float:
        """Room its label asks for below it: the whole box if short, else its first lines."""
        n = len(self.lines)
        return self._height(n if n <= MIN_LINES + 2 else MIN_LINES)

    def _height(self, n):
        return SINGLE_H if not self.multiline else n * LEADING + 2 * INSET + 3

    def wrap(self, aW, aH):
        self.width = aW
        return aW, self._height(len(self.lines))

    def split(self, aW, aH):
        k = int((aH - 2 * INSET - 3) // LEADING)
        if not self.multiline or k >= len(self.lines):
            return []
        k = min(k, len(self.lines) - 2)  # no single line carried over
        if k < MIN_LINES:
            return []
        self.state.multi = True
        return [_Box(self.paras, self.lines[:k], self.state, self.rec, True),
                _Box(self.paras, self.lines[k:], self.state, self.rec, True)]

    def value(self) -> str:
        """The text this box holds: its lines' paragraphs (the cut ones in part)."""
        out: list[list[int]] = []
        for i, s, e in self.lines:
            if out and out[-1][0] == i:
                out[-1][2] = e
            else:
                out.append([i, s, e])
        return "\r".join(self.paras[i][s:e] for i, s, e in out)

    def draw(self):
        texts = [self.paras[i][s:e] for i, s, e in self.lines]
        _widget(self.canv, self.state.next_name(), self.value(), texts, self.width,
                self._height(len(self.lines)), multiline=self.multiline)
        self.rec(self.canv.getPageNumber())


class _Amount(Flowable):
    """An amount cell: a right-aligned single-line text field holding the cell's text."""

    def __init__(self, name, text, rec, total=False):
        super().__init__()
        self.name, self.text, self.rec, self.total = name, text, rec, total

    def wrap(self, aW, aH):
        self.width = aW
        return aW, AMOUNT_H

    def draw(self):
        w = self.width
        size, auto = AMOUNT_SIZE, False
        if self.text:
            need = stringWidth(self.text, font_for(self.text, FIELD_FONT), AMOUNT_SIZE)
            room = w - 2 * (INSET + 1)
            if need > room:
                size, auto = max(4.0, AMOUNT_SIZE * room / need), True
        _widget(self.canv, self.name, self.text, [self.text], w, AMOUNT_H, size=size, align=2,
                readonly=self.total, fill=TOTAL_FILL if self.total else None, auto=auto)
        self.rec(self.canv.getPageNumber())


# --- tables ---------------------------------------------------------------------------

CELL_PAD = 2.5


def _widths(t: source.Table, st, width: float) -> list[float]:
    """A value column as wide as its header (on two lines at most) and its widest amount on
    one line; the label column the rest (at least a quarter of the width)."""
    n = t.columns
    hf, hs = st["thead"].fontName, st["thead"].fontSize
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            words = max((stringWidth(w, hf, hs) for w in h.text.split()), default=0)
            need[h.column - 1] = max(need[h.column - 1], words, stringWidth(h.text, hf, hs) / 2 + 4)
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            need[c] = max(need[c], stringWidth(text, font_for(text, FIELD_FONT), AMOUNT_SIZE)
                          + 2 * (INSET + 1) + 2)
    need = [max(w, 44.0) + 2 * CELL_PAD for w in need]
    label = max(width * 0.25, width - sum(need))
    if label + sum(need) > width:
        k = (width - label) / sum(need)
        need = [w * k for w in need]
    else:
        spare = width - label - sum(need)
        label_need = max([stringWidth(r[0], st["tbody_b"].fontName, 8) for r in t.rows] +
                         [stringWidth(t.label, hf, hs)]) + 2 * CELL_PAD + 2
        give = max(0.0, min(spare, label - label_need))  # share what the labels do not need
        label -= give
        need = [w + give / n for w in need]
    return [label] + need


def _table(t: source.Table, st, rec, base: str, width: float, investment: bool) -> list:
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    spans = [((0, 0), (0, lines - 1))] if lines > 1 else []
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for r, body in enumerate(t.rows):
        total = is_total(body[0])
        row = [para(body[0], st["tbody_b"] if total else st["tbody"], rec)]
        row += [_Amount(f"{base}_r{r + 1}_c{c + 1}", text, rec, total)
                for c, text in enumerate(body[1:])]
        rows.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    table = Table(rows, colWidths=_widths(t, st, width), repeatRows=lines if investment else 0,
                  style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 3), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 8)]


# --- the form -------------------------------------------------------------------------


def _slug(label: str) -> str:
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", text)
    return "_".join(words[:4]) or "veld"


class _Rule(Flowable):
    def __init__(self, width, weight=0.5):
        super().__init__()
        self.w, self.weight = width, weight

    def wrap(self, aW, aH):
        return self.w, 6

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(self.weight)
        self.canv.line(0, 3, self.w, 3)
        self.canv.restoreState()


def render_acroform(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    sans, bold = "Helvetica", "Helvetica-Bold"

    def style(name, font=sans, size=9.0, leading=11.5, **kw):
        return ParagraphStyle(f"af-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "form": style("form", bold, 15, 19, spaceAfter=4),
        "intro": style("intro", sans, 8.5, 11, textColor=GREY, spaceAfter=16),
        "toc_h": style("toch", bold, 12, 15, spaceAfter=8),
        "toc_theme": style("toct", bold, 9.5, 12.5, spaceBefore=7, spaceAfter=1),
        "toc": style("toc", sans, 9.5, 12.5, leftIndent=14),
        "toc_page": style("tocp", sans, 9.5, 12.5, alignment=TA_RIGHT),
        "theme": style("theme", sans, 9, 11, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": style("title", bold, 13, 16, spaceAfter=10, keepWithNext=1),
        "label": style("label", bold, 9, 11, spaceBefore=8, spaceAfter=2.5),
        "tlabel": style("tl", bold, 8, 10),
        "thead": style("th", bold, 8, 10, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 8, 10, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8, 10), "tbody_b": style("tbb", bold, 8, 10),
        "tfoot": style("tf", sans, 7.5, 9.5, spaceBefore=2),
        "note": style("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", sans, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }
    name = dossier_name(dossier)
    form_title = f"Aanvraagformulier Regio Deal {name}".strip()

    def once(info):
        truth = Truth(dossier, "acroform")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MX, rightMargin=MX,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "acroform"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(font_for(HEADER, bold), 9)
            canv.drawString(MX, HEIGHT - 1.5 * cm, HEADER)
            canv.setFillColor(GREY)
            canv.setFont(sans, 8)
            canv.drawRightString(WIDTH - MX, HEIGHT - 1.5 * cm, FORM_NUMBER)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MX, HEIGHT - 1.5 * cm - 6, WIDTH - MX, HEIGHT - 1.5 * cm - 6)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm,
                                   f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MX, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)], onPage=furniture)])

        story = [para(form_title, st["form"]),
                 para("Projectvoorstellen, in te vullen per project.", st["intro"]),
                 para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para(pr.theme, st["toc_theme"]))
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            prefix = f"p{p + 1:02d}"
            story += [PageBreak(), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]
            seen: dict[str, int] = {}
            tables = 0
            for row in pr.rows:
                if isinstance(row, source.Table):
                    tables += 1
                    story += _table(row, st, rec, f"{prefix}_t{tables}", FW, investment=True)
                    continue
                slug = _slug(row.label)
                seen[slug] = seen.get(slug, 0) + 1
                base = f"{prefix}_{slug}" + (f"{seen[slug]}" if seen[slug] > 1 else "")
                # the field's text between its tables: one box (or more, over pages) each
                segments: list = [[]]
                for item in row.content:
                    if isinstance(item, source.Table):
                        segments += [item, []]
                    else:
                        segments[-1].append(item)
                if len(segments) > 1:
                    segments = [s for s in segments if not isinstance(s, list) or s]
                state = _FieldState(base, sum(isinstance(s, list) for s in segments))
                parts = [_Box.of(tuple(seg), state, rec) if isinstance(seg, list) else seg
                         for seg in segments]
                first = parts[0].keep() if isinstance(parts[0], _Box) else 60.0
                story += [CondPageBreak(LABEL_H + first), para(row.label, st["label"], rec)]
                for part in parts:
                    if isinstance(part, source.Table):
                        tables += 1
                        story += _table(part, st, rec, f"{prefix}_t{tables}", FW, investment=False)
                    else:
                        story.append(part)
            if pr.notes:
                story += [Spacer(0, 10), _Rule(80)]
                for note in pr.notes:
                    for j, t in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {t}" if j == 0 else t,
                                          st["note"] if j == 0 else st["note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
