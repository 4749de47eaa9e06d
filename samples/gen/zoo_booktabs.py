"""One more house style for the layout zoo (see zoo.py), held out: a dossier a policy adviser
wrote in LaTeX (article class, babel dutch, booktabs), as pdfLaTeX sets it.

- booktabs: A4 portrait, a 14.5 cm text block centred on the page; DejaVu Serif (it has all
            five ligature glyphs) at 10.5pt on 12.6pt, justified and hyphenated (soft hyphens
            in words of seven letters or more, none inside a ligature). LaTeX's ligatures
            throughout: every "ffi", "ffl", "ff", "fi" and "fl" in body text, labels,
            headings, captions, table cells, footnotes and the contents is drawn as the single
            glyph U+FB03, U+FB04, U+FB00, U+FB01 or U+FB02 ("co-ﬁnanciering", "Oﬃce"), so the
            text layer holds those characters; the truth keeps the plain letters. Page 1 holds
            a \\maketitle block (title 17pt, author and date 12pt, centred) and the contents
            under "Inhoudsopgave" (14pt bold) in LaTeX's article layout: each theme a bold
            section entry ("1  Techniek als motor", page number bold, no leaders), each project
            an indented subsection entry ("1.1  Title") with dotted leaders (dots on one grid
            down the page) to its page number. The projects start on page 2 and flow on: a
            theme opens a numbered \\section (14pt bold, "2  Arbeidsmarkt & Talent", the
            number hanging), each project a numbered \\subsection (12pt bold, "2.3  Leonardo").
            Fields as a description list, one rule for all: the label in bold run in before the
            field's first paragraph on the same line ("**Partijen** Gemeente Enschede, ..."),
            every later line of the field (its later paragraphs too, 4pt apart, no indent)
            indented 1.5em; a label whose field starts with a table or a list, or is empty,
            stands alone on its line (as \\item[...] before a tabular or an itemize does).
            A paragraph that starts with a list marker ("•", "●", "-", "o", "1.") is an itemize
            item: the marker hanging 1.2em left of the text, 1.5em further in. Tables in
            booktabs style, no vertical rules and no fills at all: \\toprule (0.8pt) above the
            header, \\midrule (0.5pt) under it, \\bottomrule (0.8pt) under the last row, and a
            \\cmidrule(lr) (0.4pt, trimmed 0.25em at both ends) under a group header ("Publiek")
            across the columns it spans; table text 9.5pt, the header centred, the table label
            over the row labels, amounts right aligned (a column of text flush left), the
            Totaal row bold; columns at their natural width (row labels and texts wrap at 4 cm),
            6pt between columns, none outside; a table wider than its line is scaled down whole
            to it (\\resizebox), type and rules alike. The caption above the table in 9.5pt,
            numbered through the document: "Tabel 3: Opgaven/Investeringen — <project title>"
            for an investment table, "Tabel 4: <field label> — <project title>" for a table
            inside a field. An investment table
            stands centred between the fields; a table inside a field stands in its field, left
            at the field text's 1.5em indent, caption too. Tables are kept whole (moved to the
            next page where they do not fit); a table's footnotes in 8pt under its bottomrule,
            as wide as the table. Project notes as LaTeX page footnotes: a 5 cm, 0.4pt rule,
            8pt text, the mark (the transcription's superscript number) right aligned in a
            1.8em box before the note text. Page number centred at the foot, no running header.
"""

from __future__ import annotations

import dataclasses
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, Frame, Indenter, KeepTogether,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _grid, _note_owners, _widest_word
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, meta, page_of,
                         para, register_fonts, Truth)
from .zoo_minutes import _year
from .zoo_typeset import hyphenate

WIDTH, HEIGHT = A4
FW = 14.5 * cm                       # the text block
LEFT = (WIDTH - FW) / 2
TOP, BOTTOM = 3.0 * cm, 3.4 * cm
FOOTSKIP = 30.0                      # text block foot to the folio's baseline
SERIF, BOLD = "DejaVuSerif", "DejaVuSerif-Bold"
SIZE, LEADING = 10.5, 12.6
EM = SIZE
HANG = 1.5 * EM                      # the description list's hanging indent
INK = colors.black

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"


# --- ligatures ------------------------------------------------------------------------

_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
              ("fl", "\ufb02"))


def ligatures(text: str) -> str:
    """The text as pdfLaTeX sets it with Computer Modern-like fonts: the f-ligatures as
    single characters (the longest first: "ffi" before "ff" before "fi")."""
    for letters, glyph in _LIGATURES:
        text = text.replace(letters, glyph)
    return text


def _lig_table(t: source.Table) -> source.Table:
    """Table `t` with the ligatures set in every text."""
    header = tuple(tuple(dataclasses.replace(c, text=ligatures(c.text)) for c in line)
                   for line in t.header)
    return dataclasses.replace(t, label=ligatures(t.label), header=header,
                               rows=tuple(tuple(ligatures(c) for c in r) for r in t.rows),
                               footnotes=tuple(ligatures(f) for f in t.footnotes))


def _m(text: str) -> str:
    """Paragraph markup of plain text, ligatures set."""
    return escape(ligatures(text))


def _h(text: str) -> str:
    """Paragraph markup of running text: hyphenation points (soft hyphens in words of seven
    letters or more, as babel's Dutch patterns would allow) but none inside an f-ligature,
    then the ligatures."""
    text = re.sub("(?<=f)\u00ad(?=[fil])", "", hyphenate(text, min_letters=7))
    return escape(ligatures(text))  # no break inside a ligature: "eﬀect", not "ef-fect"


# --- page footnotes -------------------------------------------------------------------


class _LatexFootnotes(FootnoteSupport):
    """LaTeX's footnotes: \\footnoterule 5 cm by 0.4pt, the mark right aligned in a 1.8em
    box, the note text straight after it; a note's later paragraphs indented 1em."""

    GAP = 13

    def _paras(self, note, width):
        st = self.style
        box = 1.8 * st.fontSize
        out = []
        for k, t in enumerate(note.text or ("",)):
            if k == 0:
                mark_w = stringWidth(note.mark, st.fontName, st.fontSize)
                s = ParagraphStyle(f"{st.name}-first", st, firstLineIndent=max(0.0, box - mark_w))
                p = para("", s, self.rec_for(note), markup=f"{escape(note.mark)}{_h(t)}")
            else:
                s = ParagraphStyle(f"{st.name}-more", st, firstLineIndent=st.fontSize)
                p = para("", s, self.rec_for(note), markup=_h(t))
            out.append(p)
        return out

    def draw(self, canv) -> None:
        if not self.pending:
            return
        items = []
        for note, x, width in self.pending:
            for p in self._paras(note, width):
                items.append((p, x, p.wrap(width, 1e6)[1]))
        total = sum(h + self.style.spaceAfter for _, _, h in items)
        y = self.bottom + total
        x0 = items[0][1]
        canv.saveState()
        canv.setLineWidth(0.4)
        canv.line(x0, y + 6, x0 + self.rule_width, y + 6)
        canv.restoreState()
        for p, x, h in items:
            y -= h
            p.drawOn(canv, x, y)
            y -= self.style.spaceAfter
        self.pending = []


# --- booktabs tables ------------------------------------------------------------------


class _BooktabsTable(Table):
    """A Table that also draws booktabs' trimmed \\cmidrule(lr): (row, first column, last
    column) in `cmid`, under that row, 0.25em short of the columns' outer edges."""

    cmid: tuple = ()
    trim = 0.25 * 9.5

    def draw(self):
        super().draw()
        if not self.cmid:
            return
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.4)
        c.setLineCap(0)
        for r, c0, c1 in self.cmid:
            y = self._rowpositions[r + 1] + 0.2
            x0 = self._colpositions[c0] + self.trim
            x1 = self._colpositions[c1 + 1] - self.trim
            c.line(x0, y, x1, y)
        c.restoreState()


_NUMBER = re.compile(r"^[\s€$%x×*()+\-–—.,0-9]*$")
_UNITS = re.compile(r"(?i)(?<![a-z])(mln|miljoen|mld|miljard|eur|euro|k)\b\.?")


def _numeric(t: source.Table, c: int) -> bool:
    """Whether value column `c` (0-based) holds amounts only: an r column, else an l one."""
    return all(_NUMBER.match(_UNITS.sub(" ", r[c + 1])) for r in t.rows)


class _Resized(Flowable):
    """\\resizebox{\\linewidth}{!}{...}: a table wider than the line scaled down whole, type
    and rules alike; never split."""

    def __init__(self, inner, natural_width, scale, h_align):
        super().__init__()
        self.inner, self.natural, self.s, self.hAlign = inner, natural_width, scale, h_align

    def wrap(self, aW, aH):
        w, h = self.inner.wrap(self.natural, 1e6)
        self.width, self.height = w * self.s, h * self.s
        return self.width, self.height

    def split(self, aW, aH):
        return []

    def draw(self):
        c = self.canv
        c.saveState()
        c.scale(self.s, self.s)
        self.inner.drawOn(c, 0, 0)
        c.restoreState()


def _widths(t: source.Table, st, sep: float) -> list[float]:
    """Natural column widths as the tabular sets them: an r column as wide as its widest
    amount, an l column as its widest text up to 4 cm (a p{4cm} column: longer texts wrap),
    each at least as wide as its header on two lines at most; the row labels in a p{} column
    as wide as the longest label up to 4 cm; 2 x `sep` between columns, none outside."""
    n = t.columns
    hf, hs = st["thead"].fontName, st["thead"].fontSize
    bf, bs = st["tamount_b"].fontName, st["tamount_b"].fontSize
    cap = 4 * cm
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            want = max(_widest_word(h.text, hf, hs), stringWidth(h.text, hf, hs) / 2 + 6)
            need[h.column - 1] = max(need[h.column - 1], want)
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            full = stringWidth(text, bf, bs)
            need[c] = max(need[c], min(full, max(_widest_word(text, bf, bs), cap)))
    for h in t.header_cells():  # a group header as wide as the columns under it, at least
        if h.columns > 1:
            cols = range(h.column - 1, h.column - 1 + h.columns)
            under = sum(need[k] for k in cols) + 2 * sep * (h.columns - 1)
            text_w = stringWidth(h.text, hf, hs) + 0.5 * hs
            if text_w > under:
                for k in cols:
                    need[k] += (text_w - under) / h.columns
    need = [w + 2 * sep + 0.5 for w in need]
    need[-1] -= sep  # @{} at the right edge
    label_full = max([stringWidth(r[0], bf, bs) for r in t.rows] + [stringWidth(t.label, hf, hs)])
    label_min = max([_widest_word(r[0], bf, bs) for r in t.rows] + [_widest_word(t.label, hf, hs)])
    label = min(label_full, max(label_min, cap)) + sep + 0.5
    return [label] + need


def _booktabs(t: source.Table, st, rec, avail: float, caption: str, number: int,
              centred: bool) -> list:
    """Caption, table and table footnotes: kept together; centred in `avail` or at its left;
    a table wider than `avail` scaled down to it."""
    t = _lig_table(t)
    sep = 6.0
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    for c in range(t.columns):  # text columns flush left
        if not _numeric(t, c):
            for k, body in enumerate(t.rows):
                bold = lines + k in totals
                rows[lines + k][c + 1] = para(body[c + 1], st["tbody_b" if bold else "tbody"], rec)
    widths = _widths(t, st, sep)
    tw = sum(widths)
    above, below = 2.0, 3.0  # booktabs' \aboverulesep and \belowrulesep
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), sep), ("RIGHTPADDING", (0, 0), (-1, -1), sep),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
            ("TOPPADDING", (0, 0), (-1, 0), 0.6 + below),
            ("BOTTOMPADDING", (0, 0), (-1, lines - 1), 1.4 + above),
            ("TOPPADDING", (0, lines), (-1, lines), 0.6 + below),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 1.4 + above),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),                   # \toprule
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),   # \midrule
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK)]                 # \bottomrule
    cmid = []
    for h in placed:  # \cmidrule(lr) under a spanning group header
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmid.append((r, h.column, h.column + h.columns - 1))
            cmds.append(("BOTTOMPADDING", (h.column, r), (h.column + h.columns - 1, r),
                         1.4 + above))
            cmds.append(("TOPPADDING", (0, r + 1), (-1, r + 1), 0.6 + below))
    cmds += [("SPAN", a, b) for a, b in spans]
    table = _BooktabsTable(rows, colWidths=widths, style=TableStyle(cmds),
                           hAlign="CENTER" if centred else "LEFT")
    table.cmid = tuple(cmid)
    shown = table
    if tw > avail:  # \resizebox{\linewidth}{!}{...}
        shown = _Resized(table, tw, avail / tw, "CENTER" if centred else "LEFT")
        tw = avail
    off = (avail - tw) / 2 if centred else 0.0
    cap_style = st["caption"] if centred else st["caption_left"]
    cap = para("", cap_style, rec, markup=f"Tabel {number}: {_m(caption)}")
    out = [cap, shown]
    if t.footnotes:
        out.append(Indenter(off, max(0.0, avail - off - tw)))
        out += [para(f, st["tfoot"], rec) for f in t.footnotes]
        out.append(Indenter(-off, -max(0.0, avail - off - tw)))
    return [Spacer(0, 8), KeepTogether(out), Spacer(0, 8)]


# --- headings and contents ------------------------------------------------------------


def _numbered(number: str, title: str, style: ParagraphStyle, rec=None):
    """A numbered heading as \\@hangfrom sets it: the number, a quad, the title; later lines
    under the title."""
    hang = stringWidth(number, style.fontName, style.fontSize) + style.fontSize
    s = ParagraphStyle(f"{style.name}-{len(number)}", style, leftIndent=hang,
                       bulletIndent=0, bulletFontName=style.fontName,
                       bulletFontSize=style.fontSize)
    return para("", s, rec, markup=f"<bullet>{escape(number)}</bullet>{_m(title)}")


class _TocEntry(Flowable):
    """A contents line as \\@dottedtocline sets it: indent, number in a box of `numwidth`,
    the title (later lines under it), leader dots on a page-wide grid (or none), the page
    number right aligned in \\@pnumwidth."""

    PNUM = 1.55 * EM
    RMARG = 2.55 * EM
    DOTSEP = 0.45 * EM

    def __init__(self, number, title, page, style, indent, numwidth, dots, space_before=0.0):
        super().__init__()
        self.number, self.page, self.st = number, page, style
        self.indent, self.numwidth, self.dots = indent, numwidth, dots
        self.p = Paragraph(_m(title), style)
        self.spaceBefore = space_before

    def wrap(self, aW, aH):
        self.aW = aW
        self.tw = aW - self.indent - self.numwidth - self.RMARG
        self.h = self.p.wrap(self.tw, aH)[1]
        return aW, self.h

    def draw(self):
        c, st = self.canv, self.st
        x_text = self.indent + self.numwidth
        self.p.drawOn(c, x_text, 0)
        bl = self.p.blPara
        last = bl.lines[-1]
        extra = last[0] if bl.kind == 0 else last.extraSpace
        end = x_text + self.tw - extra
        first = self.h - st.fontSize  # reportlab's first baseline
        base = first - (len(bl.lines) - 1) * st.leading
        c.saveState()
        c.setFont(st.fontName, st.fontSize)
        c.drawString(self.indent, first, self.number)
        if self.dots:
            x1 = self.aW - self.PNUM
            k0 = int((end + 0.3 * EM) / self.DOTSEP) + 1
            k1 = int(x1 / self.DOTSEP) - 1
            for k in range(k0, k1 + 1):
                c.drawCentredString(k * self.DOTSEP, base, ".")
        c.drawRightString(self.aW, base, self.page)
        c.restoreState()


# --- the style ------------------------------------------------------------------------


_LIST = re.compile(r"^(•|●|-|–|o|\d{1,2}[.)])\s+(.*)$", re.S)


def render_booktabs(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()

    def style(name, font=SERIF, size=SIZE, leading=LEADING, **kw):
        return ParagraphStyle(f"bt-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=INK, **kw)

    st = {
        "title": style("title", SERIF, 17.28, 21, alignment=TA_CENTER),
        "author": style("author", SERIF, 12, 14.5, alignment=TA_CENTER),
        "toc_h": style("toch", BOLD, 14.4, 17.3, spaceBefore=16, spaceAfter=10),
        "toc_sec": style("tocs", BOLD, SIZE, LEADING),
        "toc_sub": style("tocss", SERIF, SIZE, LEADING),
        "section": style("sec", BOLD, 14.4, 17.3, spaceBefore=16, spaceAfter=10, keepWithNext=1),
        "subsection": style("subsec", BOLD, 12, 14.5, spaceBefore=14, spaceAfter=7,
                            keepWithNext=1),
        "item": style("item", alignment=TA_JUSTIFY, leftIndent=HANG, firstLineIndent=-HANG,
                      spaceBefore=4),
        "item_label": style("itemlab", BOLD, alignment=TA_LEFT, spaceBefore=4, keepWithNext=1),
        "body": style("body", alignment=TA_JUSTIFY, leftIndent=HANG, spaceBefore=4),
        "bullet": style("bul", alignment=TA_JUSTIFY, leftIndent=HANG + 2.7 * EM,
                        bulletIndent=HANG + 1.5 * EM, bulletFontName=SERIF, bulletFontSize=SIZE,
                        spaceBefore=2),
        "caption": style("cap", SERIF, 9.5, 11.5, alignment=TA_CENTER, spaceAfter=6),
        "caption_left": style("capl", SERIF, 9.5, 11.5, alignment=TA_LEFT, spaceAfter=6),
        "tlabel": style("tl", SERIF, 9.5, 11.5),
        "thead": style("th", SERIF, 9.5, 11.5, alignment=TA_CENTER),
        "tgroup": style("tg", SERIF, 9.5, 11.5, alignment=TA_CENTER),
        "tbody": style("tb", SERIF, 9.5, 11.5),
        "tbody_b": style("tbb", BOLD, 9.5, 11.5),
        "tamount": style("ta", SERIF, 9.5, 11.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", BOLD, 9.5, 11.5, alignment=TA_RIGHT),
        "tfoot": style("tf", SERIF, 8, 9.5, spaceBefore=3),
        "note": style("note", SERIF, 8, 9.5, alignment=TA_JUSTIFY, spaceAfter=1.5),
    }
    name = dossier_name(dossier)
    title = f"Regio Deal {name}: projectvoorstellen".replace("  ", " ")
    author = f"Regio {name}".strip()
    date = f"12 {MONTHS.split()[2]} {_year(dossier)}"

    # \section numbers: a new one wherever the theme changes.
    sections: list[int] = []
    for p, pr in enumerate(dossier.projects):
        new = p == 0 or pr.theme != dossier.projects[p - 1].theme
        sections.append((sections[-1] if sections else 0) + (1 if new else 0))

    def once(info):
        truth = Truth(dossier, "booktabs")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = _LatexFootnotes(st["note"], lambda n: truth.content(owners[id(n)]),
                               rule_width=5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=LEFT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "booktabs"))

        def folio(canv, d):
            canv.saveState()
            canv.setFont(SERIF, SIZE)
            canv.drawCentredString(WIDTH / 2, BOTTOM - FOOTSKIP, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=folio, onPageEnd=lambda canv, d: foot.draw(canv))])

        # \maketitle and \tableofcontents
        story = [Spacer(0, 2 * EM), para(title, st["title"]), Spacer(0, 1.5 * EM),
                 para(author, st["author"]), Spacer(0, 1 * EM), para(date, st["author"]),
                 Spacer(0, 1.5 * EM), para("Inhoudsopgave", st["toc_h"])]
        sub = 0
        for p, pr in enumerate(dossier.projects):
            k = sections[p]
            if p == 0 or sections[p - 1] != k:
                sub = 0
                story.append(_TocEntry(str(k), pr.theme, page_of(info, p), st["toc_sec"],
                                       0, 1.5 * EM, dots=False,
                                       space_before=0 if p == 0 else EM))
            sub += 1
            story.append(_TocEntry(f"{k}.{sub}", pr.title, page_of(info, p), st["toc_sub"],
                                   1.5 * EM, 2.3 * EM, dots=True))
        story.append(PageBreak())

        tables = 0
        sub = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = sections[p]
            if p == 0 or sections[p - 1] != k:
                sub = 0
                story += [CondPageBreak(6 * cm), _numbered(str(k), pr.theme, st["section"], rec)]
            sub += 1
            story += [CondPageBreak(4 * cm),
                      _numbered(f"{k}.{sub}", pr.title, st["subsection"], truth.heading(p))]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last_q = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    tables += 1
                    story += _booktabs(row, st, rec, FW, f"Opgaven/Investeringen — {pr.title}",
                                       tables, centred=True)
                    continue
                content = list(row.content)
                label = f"<b>{_m(row.label)}</b>"
                if not content or not isinstance(content[0], str) or _LIST.match(content[0]):
                    story.append(para("", st["item_label"], rec, markup=label))
                    first = False
                else:
                    first = True
                for i, item in enumerate(content):
                    if isinstance(item, source.Table):
                        tables += 1
                        story += [Indenter(HANG, 0)]
                        story += _booktabs(item, st, rec, FW - HANG,
                                           f"{row.label} — {pr.title}", tables, centred=False)
                        story += [Indenter(-HANG, 0)]
                        continue
                    m = _LIST.match(item) if not first else None
                    if first:
                        q = para("", st["item"], rec, markup=f"{label} {_h(item)}")
                        first = False
                    elif m:
                        q = para("", st["bullet"], rec,
                                 markup=f"<bullet>{escape(m.group(1))}</bullet>{_h(m.group(2))}")
                    else:
                        q = para("", st["body"], rec, markup=_h(item))
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
                    last_q = q
            if loose:  # notes whose mark is nowhere in the text: with the last paragraph
                if last_q is None:
                    last_q = para("", st["body"], rec)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)
