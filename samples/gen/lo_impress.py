"""The "impress" rendering: a slide deck, as a region presents its proposal to the ministry.

python-pptx writes a 16:9 PPTX (Arial throughout; LibreOffice draws it with the metric-
compatible Nimbus Sans): a title slide, a contents slide under the transcription's heading
("Inhoud") listing the projects with their slide numbers, then per project a section slide
(theme small above the title, large), slides of fields (title placeholder = the project
title, body placeholder with the field label as a bold first paragraph and its text as
paragraphs; list items keep their own markers under a hanging indent), the investment
table as a real PowerPoint table on a slide of its own (the group "Publiek" merged over its
members, amounts right-aligned, the Totaal row bold, footnotes in a small text box under
it) and the project's notes in small type on its last slide. A field too long for one
slide continues on the next one, titled "<project> (vervolg)"; heights are estimated from
characters per line, so nothing overflows a slide. Every slide but the first carries its
number in a footer text box. LibreOffice Impress (headless) exports the deck to PDF, one
page per slide; the contents' numbers are filled in on a second pass, from the slides
found in the first PDF.

Needs python-pptx and soffice (Debian: libreoffice-impress-nogui) on PATH.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Pt

from . import source
from .engines import folder_name, render_settled
from .office import _convert

STYLE = "impress"
FONT = "Arial"
CREATED = _dt.datetime(2018, 6, 1, 12, 0, 0)
# A fixed LibreOffice profile of this engine's own: other engines run soffice at the same time.
PROFILE = Path("/tmp/lo-profile-impress")

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
TEAL = RGBColor(0x0B, 0x7A, 0x75)
GREY = RGBColor(0x59, 0x59, 0x59)
RULE = RGBColor(0xB4, 0xBE, 0xC8)
HEAD_FILL = RGBColor(0x1F, 0x3A, 0x5F)
TOTAL_FILL = RGBColor(0xE4, 0xEA, 0xF1)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
INK = RGBColor(0x1F, 0x29, 0x33)

# The slide in points (16:9, 13.33 x 7.5 in) and the area the content may fill.
SLIDE_W, SLIDE_H = 960, 540
LEFT, WIDTH = 40, 880
TITLE_TOP, TITLE_H = 20, 70
TOP, BOTTOM = 104, 494  # content area; the slide number sits below BOTTOM
INSET, INSET_TB = 7.2, 3.6  # a text frame's insets (PowerPoint's defaults, 0.1 and 0.05 in)
BODY, LABEL, SMALL, CELL, NESTED = 14, 15, 10, 12, 11  # font sizes (pt)
# Height estimates: an average character of Arial is a little under half an em wide in
# Dutch text; a line takes 1.2 em. Both err on the large side, so a slide ends before it
# overflows.
CHAR_EM, LINE_EM = 0.49, 1.2
GAP, FIELD_GAP = 6, 12  # space before a paragraph, before a field's label

# A list item as transcribed: its marker ("•", "-", "1.", "a)") and a space.
_MARKER = re.compile(r"(?:[•\-–]|\d{1,2}[.)]|[a-z][.)])\s")


# --- estimating --------------------------------------------------------------------


def _wrap(text: str, width: float, size: float) -> list[str]:
    """`text` broken into lines of at most `width` points (greedy, by character count)."""
    per_line = max(int(width / (size * CHAR_EM)), 1)
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > per_line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def _height(lines: int, size: float) -> float:
    return lines * size * LINE_EM


# --- XML details python-pptx has no API for -------------------------------------------


def _plain(paragraph, indent: float = 0.0, tab: float | None = None) -> None:
    """No automatic bullet (the transcription carries its own markers), the given
    hanging indent, and a right tab stop at `tab` points if asked."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", str(Pt(indent)))
    ppr.set("indent", str(-Pt(indent)))
    ppr.append(OxmlElement("a:buNone"))
    if tab is not None:
        tabs = OxmlElement("a:tabLst")
        stop = OxmlElement("a:tab")
        stop.set("pos", str(Pt(tab)))
        stop.set("algn", "r")
        tabs.append(stop)
        ppr.append(tabs)


def _border_bottom(cell, color: RGBColor, width: float = 0.75) -> None:
    """A line under the cell (the table's other borders stay off)."""
    tcpr = cell._tc.get_or_add_tcPr()
    for side in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
        line = OxmlElement(side)
        if side == "a:lnB":
            line.set("w", str(Pt(width)))
            fill = OxmlElement("a:solidFill")
            clr = OxmlElement("a:srgbClr")
            clr.set("val", str(color))
            fill.append(clr)
            line.append(fill)
        else:
            line.set("w", "0")
            line.append(OxmlElement("a:noFill"))
        tcpr.insert(["a:lnL", "a:lnR", "a:lnT", "a:lnB"].index(side), line)


# --- the deck ----------------------------------------------------------------------


class _Deck:
    def __init__(self, dossier: source.Dossier, name: str, toc_pages: list[int] | None):
        self.dossier = dossier
        self.name = name
        self.toc_pages = toc_pages
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Pt(SLIDE_W), Pt(SLIDE_H)
        props = self.prs.core_properties
        props.author = props.last_modified_by = f"Regio {name}"
        props.title = f"Regio Deal {name}"
        props.created = props.modified = CREATED
        props.revision = 1
        self.slide = None
        self.y = TOP  # where the next block goes on the current slide
        self.frame = None  # the text frame being filled, its top, whether it is still empty
        self.frame_top, self.fresh = TOP, False
        self.table_slide = True  # the current slide takes no further field

    # -- slides ----------------------------------------------------------------

    def _new(self, layout: int):
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[layout])
        number = len(self.prs.slides)
        if number > 1:
            box = slide.shapes.add_textbox(Pt(SLIDE_W - 100), Pt(SLIDE_H - 34), Pt(60), Pt(20))
            self._text(box.text_frame, str(number), SMALL, color=GREY, align=PP_ALIGN.RIGHT)
        return slide

    @staticmethod
    def _place(shape, left: float, top: float, width: float, height: float) -> None:
        shape.left, shape.top, shape.width, shape.height = Pt(left), Pt(top), Pt(width), Pt(height)

    @staticmethod
    def _frame(tf, anchor=MSO_ANCHOR.TOP) -> None:
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE  # no shrinking: the estimate keeps the text inside
        tf.vertical_anchor = anchor
        tf.margin_left = tf.margin_right = Pt(INSET)
        tf.margin_top = tf.margin_bottom = Pt(INSET_TB)

    def _text(self, tf, text: str, size: float, bold: bool = False, color=None, align=None,
              paragraph=None, before: float = 0, indent: float = 0, tab: float | None = None):
        """Write one paragraph (the frame's first, or `paragraph`) with one run."""
        p = paragraph if paragraph is not None else tf.paragraphs[0]
        if paragraph is None:
            self._frame(tf)
        p.space_before, p.space_after, p.line_spacing = Pt(before), Pt(0), 1.0
        if align is not None:
            p.alignment = align
        _plain(p, indent, tab)
        run = p.add_run()
        run.text = text
        run.font.name, run.font.size, run.font.bold = FONT, Pt(size), bold
        run.font._rPr.set("cap", "none")  # the Section Header layout sets its title in capitals
        if color is not None:
            run.font.color.rgb = color
        return p

    def _title(self, slide, text: str) -> None:
        title = slide.shapes.title
        self._place(title, LEFT, TITLE_TOP, WIDTH, TITLE_H)
        self._text(title.text_frame, text, 24, bold=True, color=NAVY, align=PP_ALIGN.LEFT)
        title.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
        rule = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Pt(LEFT), Pt(TOP - 8),
                                          Pt(LEFT + WIDTH), Pt(TOP - 8))
        rule.line.color.rgb, rule.line.width = TEAL, Pt(1.5)

    def _content(self, title: str) -> None:
        """A new "Title and Content" slide; its body placeholder becomes the open text frame."""
        self._close()
        self.slide = self._new(1)
        self.table_slide = False
        self._title(self.slide, title)
        body = self.slide.placeholders[1]
        self._place(body, LEFT, TOP, WIDTH, BOTTOM - TOP)
        self._open(body.text_frame, TOP)

    def _open(self, tf, top: float) -> None:
        self._frame(tf)
        self.frame, self.frame_top, self.fresh = tf, top, True
        self.y = top + INSET_TB

    def _close(self) -> None:
        """Fit the open text frame's shape to its text; drop it if it stayed empty."""
        if self.frame is None:
            return
        shape = next(s for s in self.slide.shapes
                     if s.has_text_frame and s.text_frame._txBody is self.frame._txBody)
        if self.fresh:
            shape._element.getparent().remove(shape._element)
            self.y = self.frame_top
        else:
            self.y += INSET_TB
            shape.height = Pt(self.y - self.frame_top)
        self.frame = None

    def _room(self) -> float:
        """Height left for text in the open frame (or for a new block)."""
        return BOTTOM - self.y - (INSET_TB if self.frame is not None else 0)

    def _paragraph(self, text: str, size: float, lines: int, bold: bool = False,
                   before: float = 0, indent: float = 0, tab: float | None = None) -> None:
        """Append a paragraph of `lines` lines to the open frame (a new text box if none)."""
        if self.frame is None:
            box = self.slide.shapes.add_textbox(Pt(LEFT), Pt(self.y + GAP), Pt(WIDTH), Pt(10))
            self._open(box.text_frame, self.y + GAP)
        if self.fresh:
            before = 0
            self._text(self.frame, text, size, bold, indent=indent, tab=tab)
            self.fresh = False
        else:
            self._text(self.frame, text, size, bold, paragraph=self.frame.add_paragraph(),
                       before=before, indent=indent, tab=tab)
        self.y += before + _height(lines, size)

    # -- document ----------------------------------------------------------------

    def build(self) -> Presentation:
        slide = self._new(0)
        self._place(slide.shapes.title, LEFT, 170, WIDTH, 110)
        self._text(slide.shapes.title.text_frame, f"Regio Deal {self.name}", 44, bold=True,
                   color=NAVY, align=PP_ALIGN.LEFT)
        slide.shapes.title.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
        sub = slide.placeholders[1]
        self._place(sub, LEFT, 290, WIDTH, 50)
        self._text(sub.text_frame, "Projectvoorstellen", 24, color=TEAL, align=PP_ALIGN.LEFT)
        self._toc()
        for project in self.dossier.projects:
            self._project(project)
        self._close()
        return self.prs

    def _toc(self) -> None:
        self._content(self.dossier.toc_heading)
        for i, entry in enumerate(self.dossier.toc):
            page = self.toc_pages[i] if self.toc_pages else ""
            self._paragraph(f"{entry.text}\t{page}", 16, 1, before=8, tab=WIDTH - 2 * INSET)
        self._close()

    def _project(self, project: source.Project) -> None:
        self._close()
        self.slide = self._new(2)
        theme, title = self.slide.placeholders[1], self.slide.shapes.title
        self._place(theme, LEFT, 170, WIDTH, 36)
        self._text(theme.text_frame, project.theme, 20, color=TEAL, align=PP_ALIGN.LEFT)
        self._place(title, LEFT, 210, WIDTH, 160)
        self._text(title.text_frame, project.title, 40, bold=True, color=NAVY, align=PP_ALIGN.LEFT)
        self.table_slide = True  # no field on the section slide
        for row in project.rows:
            if isinstance(row, source.Table):
                # A slide of its own; the paper's page break (if any) has no place in a deck.
                self._content(project.title)
                self._table(row, project.title, CELL)
                self.table_slide = True
            else:
                self._field(row, project.title)
        if project.notes:
            self._notes(project)

    def _field(self, field: source.Field, title: str) -> None:
        # A field starts on a new slide unless its label and two lines fit under the last.
        if self.table_slide or self._room() < FIELD_GAP + _height(1, LABEL) + GAP + _height(2, BODY):
            self._content(title)
        self._paragraph(field.label, LABEL, 1, bold=True, before=FIELD_GAP)
        for k, item in enumerate(field.content):
            if isinstance(item, source.Table):
                self._close()
                self._table(item, title, NESTED)
                continue
            indent = 18 if _MARKER.match(item) else 0
            before = 2 if k == 0 else GAP
            lines = _wrap(item, WIDTH - 2 * INSET - indent, BODY)
            rest = item
            while lines:
                fit = int((self._room() - before) // _height(1, BODY))
                if fit < min(2, len(lines)):  # no lone first line at a slide's foot
                    self._content(f"{title} (vervolg)")
                    continue
                part, lines = lines[:fit], lines[fit:]
                text, rest = _cut(rest, sum(len(line.split()) for line in part)) if lines else (rest, "")
                self._paragraph(text, BODY, len(part), before=before, indent=indent)
                # The rest of a paragraph cut at a slide's end goes on without the hanging indent.
                before, indent = GAP, 0
                if lines:
                    lines = _wrap(rest, WIDTH - 2 * INSET, BODY)

    # -- tables --------------------------------------------------------------------

    def _table(self, t: source.Table, title: str, size: float) -> None:
        """The table under the last block, its rows continued on "(vervolg)" slides (the
        header repeated) where the slide ends; its footnotes in a small text box under it."""
        self._close()
        widths = _column_widths(t, size)
        head = _header_heights(t, widths, size)
        rows = [_row_height(row, widths, size, _total(row)) for row in t.rows]
        notes = [_wrap(f, WIDTH - 2 * INSET, SMALL) for f in t.footnotes]
        foot = sum(_height(len(n), SMALL) + 2 for n in notes) + 2 * INSET_TB + 4 if notes else 0
        start = 0
        while start < len(t.rows):
            room = BOTTOM - self.y - 8 - sum(head)
            end = start
            while end < len(t.rows) and sum(rows[start:end + 1]) <= room - (
                    foot if end + 1 == len(t.rows) else 0):
                end += 1
            if end == start and self.y > TOP:
                self._content(f"{title} (vervolg)")
                self._close()
                continue
            end = max(end, start + 1)  # a row taller than a slide: placed all the same
            self._grid(t, start, end, widths, head, rows, size)
            self.y += 8 + sum(head) + sum(rows[start:end])
            start = end
            if start < len(t.rows):
                self._content(f"{title} (vervolg)")
                self._close()
        if notes:
            box = self.slide.shapes.add_textbox(Pt(LEFT), Pt(self.y + 4), Pt(WIDTH), Pt(foot - 4))
            for k, text in enumerate(t.footnotes):
                self._text(box.text_frame, text, SMALL, color=GREY, before=2 if k else 0,
                           paragraph=box.text_frame.add_paragraph() if k else None)
            self.y += foot

    def _grid(self, t: source.Table, start: int, end: int, widths: list[float],
              head: list[float], rows: list[float], size: float) -> None:
        lines = len(t.header)
        body = t.rows[start:end]
        shape = self.slide.shapes.add_table(lines + len(body), 1 + t.columns, Pt(LEFT), Pt(self.y + 4),
                                            Pt(sum(widths)), Pt(sum(head) + sum(rows[start:end])))
        table = shape.table
        table.first_row, table.horz_banding = True, False
        for column, width in zip(table.columns, widths):
            column.width = Pt(width)
        for r, height in enumerate(head + rows[start:end]):
            table.rows[r].height = Pt(height)
        label = table.cell(0, 0)
        if lines > 1:
            label.merge(table.cell(lines - 1, 0))
        self._cell(label, t.label, size, bold=True, color=WHITE, fill=HEAD_FILL, align=PP_ALIGN.LEFT)
        for h in t.header_cells():
            cell = table.cell(h.line, h.column)
            if h.lines > 1 or h.columns > 1:
                cell.merge(table.cell(h.line + h.lines - 1, h.column + h.columns - 1))
            self._cell(cell, h.text, size, bold=True, color=WHITE, fill=HEAD_FILL, align=PP_ALIGN.CENTER)
        for b, row in enumerate(body):
            bold = _total(row)
            fill = TOTAL_FILL if bold else WHITE
            for c, text in enumerate(row):
                self._cell(table.cell(lines + b, c), text, size, bold=bold, fill=fill,
                           align=PP_ALIGN.RIGHT if c else PP_ALIGN.LEFT)

    def _cell(self, cell, text: str, size: float, bold: bool, fill: RGBColor, align,
              color: RGBColor = INK) -> None:
        cell.margin_left = cell.margin_right = Pt(5)
        cell.margin_top = cell.margin_bottom = Pt(3)
        cell.vertical_anchor = MSO_ANCHOR.MIDDLE
        cell.fill.solid()
        cell.fill.fore_color.rgb = fill
        _border_bottom(cell, RULE)
        p = cell.text_frame.paragraphs[0]
        p.alignment = align
        if text:
            run = p.add_run()
            run.text = text
            run.font.name, run.font.size, run.font.bold = FONT, Pt(size), bold
            run.font.color.rgb = color
        else:  # an empty cell would keep the master's 18pt and make its row taller
            p._p.get_or_add_endParaRPr().set("sz", str(int(size * 100)))

    # -- notes ---------------------------------------------------------------------

    def _notes(self, project: source.Project) -> None:
        """The notes at the foot of the project's last slide, under a short rule."""
        paragraphs = []
        for note in project.notes:
            texts = note.text or ("",)
            paragraphs.append((f"{note.mark} {texts[0]}", 0))
            paragraphs.extend((text, 12) for text in texts[1:])  # a note's further paragraphs
        height = sum(_height(len(_wrap(t, WIDTH - 2 * INSET - i, SMALL)), SMALL) + 3
                     for t, i in paragraphs) + 2 * INSET_TB
        self._close()
        if BOTTOM - self.y < height + 16:
            self._content(f"{project.title} (vervolg)")
            self._close()
        top = BOTTOM - height
        rule = self.slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Pt(LEFT + INSET), Pt(top - 4),
                                               Pt(LEFT + 160), Pt(top - 4))
        rule.line.color.rgb, rule.line.width = RULE, Pt(0.75)
        box = self.slide.shapes.add_textbox(Pt(LEFT), Pt(top), Pt(WIDTH), Pt(height))
        for k, (text, indent) in enumerate(paragraphs):
            p = self._text(box.text_frame, text, SMALL, color=GREY, before=3 if k else 0,
                           paragraph=box.text_frame.add_paragraph() if k else None, indent=indent)
            p._p.get_or_add_pPr().set("indent", "0")  # indented as a whole, not hanging
        self.y = BOTTOM


def _cut(text: str, words: int) -> tuple[str, str]:
    """`text` cut after its first `words` words, as transcribed, and the rest."""
    spans = list(re.finditer(r"\S+", text))
    if words >= len(spans):
        return text, ""
    return text[:spans[words - 1].end()], text[spans[words].start():]


def _total(row: tuple[str, ...]) -> bool:
    return row[0].strip().casefold().startswith("totaal")


def _cells(t: source.Table) -> Iterator[tuple[int, str, float]]:
    """(value column, text, width factor) of every one-column header entry (bold, broken
    only between words) and every body cell (amounts unbroken; the Totaal row bold)."""
    for h in t.header_cells():
        if h.columns == 1:
            yield h.column - 1, max(h.text.split(), key=len, default=""), 1.25
    for row in t.rows:
        for c, text in enumerate(row[1:]):
            yield c, text, 1.15 if _total(row) else 1.05


def _column_widths(t: source.Table, size: float) -> list[float]:
    """Value columns as wide as their longest text, at most a quarter of the slide each;
    the row labels take the rest, at least a quarter."""
    need = [40.0] * t.columns
    for c, text, factor in _cells(t):
        need[c] = max(need[c], len(text) * size * CHAR_EM * factor + 12)
    need = [min(n, WIDTH / 4) for n in need]
    if sum(need) > WIDTH * 0.75:
        need = [n * WIDTH * 0.75 / sum(need) for n in need]
    return [WIDTH - sum(need)] + need


def _row_height(row: tuple[str, ...], widths: list[float], size: float, bold: bool) -> float:
    em = 1.1 if bold else 1.0
    lines = max(len(_wrap(text, (w - 10) / em, size)) for text, w in zip(row, widths))
    return _height(lines, size) + 8


def _header_heights(t: source.Table, widths: list[float], size: float) -> list[float]:
    heights = [_height(1, size) + 8] * len(t.header)
    for h in t.header_cells():
        if h.lines == 1:
            w = sum(widths[h.column:h.column + h.columns])
            heights[h.line] = max(heights[h.line], _row_height((h.text,), [w], size, True))
    return heights


def render_impress(dossier: source.Dossier, pdf_path, keep_pptx: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The PPTX lives in a temporary directory; pass `keep_pptx` to copy it somewhere.
    """
    name = folder_name(dossier, Path(pdf_path))

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        pptx = tmp / (Path(pdf_path).stem + ".pptx")
        _Deck(dossier, name, toc_pages).build().save(pptx)
        return pptx, _convert(pptx, tmp, PROFILE)

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-impress-", produce, keep_pptx)
