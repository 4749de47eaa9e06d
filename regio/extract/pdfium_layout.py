"""Page layouts read with pdfium: characters, font sizes, ruling lines and fills in milliseconds.

pdfium (through pypdfium2, which pdfplumber already depends on) gives each character's
font-based box, size, weight and colour, and each path object's segments and fill; that
is all the layout view needs, at a fraction of the cost of interpreting the page in
Python. Coordinates are turned into the page as displayed (``/Rotate`` applied), origin
top-left, so a landscape table on a rotated page reads like any other.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from statistics import median
from sys import intern
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as c

from regio.extract.combs import combs_joined
from regio.extract.finder import ruled_grids
from regio.extract.layout import (
    CAPITAL_INSIDE,
    Fill,
    PageLayout,
    Rule,
    Word,
    boxes_in_the_margin,
    build_lines,
    chart_text,
    columns_and_panel,
    drop_caps_joined,
    foot_notes,
    letter_spaced_joined,
    margin_notes,
    merge_rules,
    parted_at_rules,
    picture_captions,
    rules_across,
    rules_between_tiles,
    rules_typed_in_characters,
    side_heads,
    struck_through,
    without_highlights,
    without_line_numbers,
    without_markup_balloons,
    without_sort_controls,
    without_table_controls,
    without_word_boxes,
)
from regio.extract.settings import DEFAULT, Settings
from regio.geometry import Box
from regio.money import GROUP_SPACES, RAISED_DIGITS

Point = Callable[[float, float], tuple[float, float]]
Style = tuple[bool, bool, bool, bool]  # bold, light, tinted, italic


def read_page(page: pdfium.PdfPage, number: int, settings: Settings = DEFAULT,
              hidden_layers: Callable[[], frozenset[str]] = frozenset) -> PageLayout:
    """The page's layout. ``hidden_layers``: the names of the document's layers that are
    not shown, asked for where the page puts text on a layer."""
    rotation = page.get_rotation()
    width, height = page.get_width(), page.get_height()
    # What a viewer shows is the crop box: a print file's sheet may hold the facing page,
    # marks and a slug outside it, drawn but never seen.
    crop = page.get_cropbox()
    to_display = _display_transform(rotation, width, height, crop[:2])
    turned: list[Word] = []
    paths = _paths(page, to_display, width, height, settings)
    words = list(_words(page, to_display, settings, turned, math.radians(rotation), (width, height), paths[0], hidden_layers))
    if sum(len(w.text) for w in turned) > sum(len(w.text) for w in words):
        # Most of the page is set sideways (a landscape table placed on a portrait page
        # without /Rotate): read it turned the way its text runs.
        turn = _text_turn(page, rotation)
        rotation = (rotation + turn) % 360
        if turn in (90, 270):
            width, height = height, width
        to_display = _display_transform(rotation, width, height, crop[:2])
        turned = []
        paths = _paths(page, to_display, width, height, settings)
        words = list(_words(page, to_display, settings, turned, math.radians(rotation), (width, height), paths[0],
                            hidden_layers))
    words = _bold_where_overprinted(words, _overprinted(page, to_display))
    labels, turned = _standing_side_by_side(_turned_lines(turned))
    # A word wider or taller than the page, beside text that fits it, cannot be read on
    # it: a glyph run left off the page. (A page smaller than its text keeps it all.)
    words += labels
    words = [w for w in words if w.x1 - w.x0 <= width and w.bottom - w.top <= height] or words
    words = [w for w in words if 0 <= w.middle <= width and 0 <= (w.top + w.bottom) / 2 <= height] or words
    words, typed, typed_underlines = rules_typed_in_characters(drop_caps_joined(words))
    rules, fills, veils, pictures, drawings = paths
    words, fills, rules = combs_joined(words, fills, rules)
    words = letter_spaced_joined(words)  # (a comb's letters stand a box apart: joined with their comb)
    hrules, vrules = merge_rules([*rules, *typed], settings)
    tile_rules = rules_between_tiles(fills, hrules, vrules, words)
    if tile_rules:
        hrules, vrules = merge_rules([*hrules, *vrules, *tile_rules], settings)
    words, struck, hrules = struck_through(parted_at_rules(words, vrules), hrules, settings.word_gap_pt)
    fills += without_highlights(veils, words)
    words, hrules, balloons = without_markup_balloons(words, fills, hrules, number, settings)
    words, tabs = boxes_in_the_margin(without_sort_controls(without_line_numbers(words)), fills, width, settings)
    lines = without_table_controls(build_lines(words, number, settings))
    lines, columns, panel, bands = columns_and_panel(lines, settings, width, rules_across(hrules, fills, height), vrules, fills)
    lines, margin = margin_notes(side_heads(lines, settings), settings, (hrules, vrules), columns)
    hrules, vrules = without_word_boxes(hrules, vrules, [w for ln in lines for w in ln.words])
    lines, captions = picture_captions(lines, pictures, settings)
    margin += captions
    lines, chart = chart_text(lines, drawings, fills, settings)
    margin += chart
    margin += build_lines(tabs, number, settings)
    lines, notes = foot_notes(lines, hrules, settings)
    # A table drawn in rules beside the text may be a float the text wraps around.
    frames = [Fill(*box, shade=1.0) for box in ruled_grids(hrules, vrules, settings) if box[2] - box[0] < 0.6 * width] \
        if len(vrules) >= 3 else []
    return PageLayout(number, width, height, lines, hrules, vrules, fills, columns, turned, margin, notes,
                      turn=(rotation - page.get_rotation()) % 360, struck=struck, balloons=balloons, frames=frames,
                      typed_underlines=typed_underlines, panels=[panel] if panel else [], bands=bands)


def _display_transform(rotation: int, width: float, height: float, origin: tuple[float, float] = (0.0, 0.0)) -> Point:
    """PDF user space (unrotated, its crop box's corner at ``origin``) to the displayed page,
    origin top-left."""
    left, bottom = origin
    if rotation == 90:
        return lambda x, y: (y - bottom, x - left)
    if rotation == 180:
        return lambda x, y: (width - x + left, y - bottom)
    if rotation == 270:
        return lambda x, y: (width - y + bottom, height - x + left)
    return lambda x, y: (x - left, height - y + bottom)


def _box(to_display: Point, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
    ax, ay = to_display(left, bottom)
    bx, by = to_display(right, top)
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _words(page: pdfium.PdfPage, to_display: Point, settings: Settings, turned: list[Word],
           rotation: float, size: tuple[float, float], rules: list[Rule],
           hidden_layers: Callable[[], frozenset[str]] = frozenset) -> list[Word]:
    """The page's level words, in the order pdfium gives them; words set at an angle to the
    page as displayed (a label up a margin band, a column header turned on its side) go to
    `turned`. A word ends where one of the thin level `rules` through its letters starts or
    ends: text struck through, deleted, run on into the text that took its place."""
    textpage = page.get_textpage()
    try:
        # (upright pages whose crop box starts at the origin, the most, flip y only)
        at_origin = not any(page.get_cropbox()[:2])
        reader = _WordReader(textpage, to_display, settings, rotation, size[1] if rotation == 0 and at_origin else None)
        reader.hidden_layers, reader.page = hidden_layers, page.raw
        reader.strikes = _strikes(rules)
        if reader.height is not None:
            reader.painted = _painted_after_text(page.raw, size, settings)
        for token in _TOKEN.finditer(_page_text(textpage)):
            reader.read_token(token.start(), token.group())
        turned += reader.turned + _slanted_labels(reader.slanted)
        words = _seen_or_else_unseen(reader.words, reader.unseen)
        skew = _skew(textpage.raw, textpage.count_chars(), rotation)
        return [_levelled(w, skew, (size[0] / 2, size[1] / 2)) for w in words] if skew else words
    finally:
        textpage.close()


def _seen_or_else_unseen(seen: list[Word], unseen: list[Word]) -> list[Word]:
    """The page's words: an invisible text layer (an OCR engine's) is the page's text where
    nothing else is; laid over text drawn visibly (a born-digital page run through OCR again)
    it repeats that text, misread here and there, and only its words where no visible word
    stands count."""
    if not unseen or not seen:
        return seen or unseen
    by_band: dict[int, list[Word]] = defaultdict(list)
    for word in seen:
        for band in range(int(word.top // _BAND_PT), int(word.bottom // _BAND_PT) + 1):
            by_band[band].append(word)

    def covered(word: Word) -> bool:  # (the layer stands a point or two off the text it repeats)
        middle = (word.top + word.bottom) / 2
        return any(w.x0 < word.x1 and word.x0 < w.x1 and w.top <= middle <= w.bottom for w in by_band[int(middle // _BAND_PT)])

    return [*seen, *(w for w in unseen if not covered(w))]


_BAND_PT = 10.0


# Text at an angle this small to the page (in radians) stands level; beyond it, a crooked
# scan's OCR layer up to the angle a character counts as turned at (see _is_turned).
_LEVEL, _TURNED = 0.0015, 0.05
# No font's letters stand taller than this, ascent and descent together, in ems of its size;
# a box that does is narrowed to an em, the size the type is set in.
_TALLEST_BOX_EM, _BOX_EM = 1.8, 1.0


def _skew(handle, count: int, rotation: float) -> float:
    """The small angle at which nearly all the page's text stands: an OCR text layer over a
    scan that went in crooked writes its words along the scan's tilted lines. Every word turned
    back by it stands level again, on the lines it was printed on. One character in eight is
    asked (the angle is the page's, not a word's), of those the file holds: the spaces and
    line ends pdfium puts in stand level whatever the text does."""
    angles = [angle - math.tau if angle > math.pi else angle
              for angle in (_angle(handle, index, rotation) for index in range(0, count, 8)
                            if not c.FPDFText_IsGenerated(handle, index))]
    tilted = [a for a in angles if _LEVEL < abs(a) < _TURNED]
    if len(tilted) < max(8, 0.8 * len(angles)):
        return 0.0
    return median(tilted)


def _levelled(word: Word, skew: float, centre: tuple[float, float]) -> Word:
    """A word of a page whose text stands at ``skew``, turned back about the page's centre:
    its box the word's own, not the upright box round it tilted."""
    sin, cos = abs(math.sin(skew)), math.cos(skew)
    width, height = word.x1 - word.x0, word.bottom - word.top
    own_height = max((height - width * sin) / (1 - sin * sin), 0.5 * height)
    own_width = max(width - own_height * sin, 0.5 * width)
    # Turned back against pdfium's angle, which turns clockwise as the page is displayed.
    x, y, turn = (word.x0 + word.x1) / 2 - centre[0], (word.top + word.bottom) / 2 - centre[1], -math.sin(skew)
    mx, my = centre[0] + x * cos - y * turn, centre[1] + x * turn + y * cos
    return replace(word, x0=mx - own_width / 2, x1=mx + own_width / 2, top=my - own_height / 2, bottom=my + own_height / 2)


def _layers_of(text_object) -> Iterator[str]:
    """The names of the layers whose marked content holds the object."""
    for k in range(c.FPDFPageObj_CountMarks(text_object)):
        mark = c.FPDFPageObj_GetMark(text_object, k)
        if _mark_text(c.FPDFPageObjMark_GetName, mark) == "OC":
            yield _mark_text(c.FPDFPageObjMark_GetParamStringValue, mark, b"Name")


def _mark_text(ask: Callable[..., int], *what: object) -> str:
    buffer, out = (ctypes.c_ushort * _MARK_TEXT_UNITS)(), ctypes.c_ulong()
    if not ask(*what, buffer, ctypes.sizeof(buffer), ctypes.byref(out)):
        return ""
    return bytes(buffer)[:min(out.value, ctypes.sizeof(buffer))].decode("utf-16-le", "replace").rstrip("\x00")


_MARK_TEXT_UNITS = 128  # a mark's or a layer's name: longer ones are cut, and match no layer's


def _page_text(textpage) -> str:
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: ask pdfium one by one
        text = "".join(chr(c.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    # pdfium marks a hyphen at the end of a line as a soft hyphen (U+0002 one by one, U+FFFE
    # in the page text); the document printed "-", so that is the text.
    return text.translate(_SOFT_HYPHENS)


# The text object under a character, as a plain address to compare (the binding's own
# prototype returns a pointer object, costly to make and to compare once per word).
_text_object = ctypes.cast(c.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int))
_SOFT_HYPHENS = str.maketrans({"\x02": "-", "\ufffe": "-", "\xad": "-"})
# A space that groups an amount's digits ("1 650 000") keeps the amount one word.
# A bar stands apart: a text file's table draws its rules with them, however close its words.
_TOKEN = re.compile(rf"[|│┃║]|(?:[^\s|│┃║]|(?<=\d)[{GROUP_SPACES}](?=\d{{3}}(?!\d)))+")
# Dashes run on from a word to the margin, so that nothing can be written after it (as a
# notary fills a deed's lines): no part of the word.
_LINE_FILL = re.compile(r"(?<=[^-])-{3,}$")
_FIGURE = re.compile(r"\d")
_SUPERIOR = str.maketrans("0123456789", RAISED_DIGITS)
_SUPERIOR_RISE_EM, _SUPERIOR_HEIGHT_EM = 0.25, 0.55
Char = tuple[str, float, float, float, float, float, float]  # text, x0, x1, top, bottom, size, size as set
Clip = tuple[float, float]  # left and right of what a clipped text object shows
# The box round a text object's clip path and the object's bounds, (left, right, bottom, top) each.
ClipBounds = tuple[tuple[float, float, float, float], tuple[float, float, float, float]]


class _WordReader:
    """Characters into words: a word ends at a space, a gap, another line or another size."""

    def __init__(self, textpage, to_display: Point, settings: Settings, rotation: float, height: float | None):
        self.to_display, self.settings, self.rotation = to_display, settings, rotation
        self.handle = textpage.raw  # the bare handle: no wrapper between ctypes and pdfium per character
        self.height = height  # where only y is flipped
        self.word_gap = settings.word_gap_pt
        self.rect, self.matrix = c.FS_RECTF(), c.FS_MATRIX()
        self.origin = (ctypes.c_double(), ctypes.c_double())
        self.words: list[Word] = []
        self.turned: list[Word] = []
        self.slanted: list[tuple[Word, float]] = []  # words at an angle no quarter turn, with it
        self.current: list[Char] = []
        self.sideways: list[Char] = []
        self.style: Style = (False, False, False, False)
        self.scale = 1.0
        self.objects: dict[int, tuple[float, Style, bool, Clip | None]] = {}
        self.bounds: dict[int | None, ClipBounds | None] = {}  # each text object's, asked once
        self.painted: Painted = ({}, [])
        self.covers: dict[int, list[_Bounds]] = {}  # boxes painted over a text object's right end
        self.measures: dict[float, float] = {}
        self.strikes: dict[int, list[Rule]] = {}  # thin level rules, by the whole point they stand at
        self.struck = False  # whether the current word is struck through
        self.bands: dict[tuple[float, float], tuple[Rule, ...]] = {}  # the strikes through type from top to bottom
        self.hidden_layers: Callable[[], frozenset[str]] = frozenset
        self.hidden: dict[int | None, bool] = {}  # whether a text object is on a layer not shown
        self.invisible: dict[int | None, bool] = {}  # whether a text object is drawn invisibly
        self.unseen: list[Word] = []  # the words of invisible text
        self.page = None  # the page's handle, for the text objects in its forms
        self.form_clips: dict[int, ClipBounds] | None = None

    def shared(self, measure: float) -> float:
        """One float for each top, bottom and size on the page: the words of a line share
        theirs, and a long dossier holds millions of words (their texts are interned: a
        dossier's words are seven in ten a word it has used before)."""
        return self.measures.setdefault(measure, measure)

    def read_token(self, start: int, chars: str) -> None:
        """Characters between spaces. pdfium's text object holds one font, size, colour and
        baseline, so a token of letters inside one object is one word, measured at its ends.
        Read character by character: a token that crosses objects (a raised note mark, a cell
        set flush against the next), one wider than its letters could be (a gap inside), and
        any token with figures, where a gap parts two amounts and a wrong join changes both."""
        if chars.endswith("---") and (fill := _LINE_FILL.search(chars)):
            chars = chars[:fill.start()]
        end = start + len(chars) - 1
        first = _text_object(self.handle, start)
        if _out_of_sight(self._clip_bounds(first)) or self._on_hidden_layer(first):
            return
        if self._invisible(first):  # (read aside: see _words)
            self.words, self.unseen = self.unseen, self.words
            try:
                self._read_token(start, end, first, chars)
            finally:
                self.words, self.unseen = self.unseen, self.words
            return
        self._read_token(start, end, first, chars)

    def _read_token(self, start: int, end: int, first: int | None, chars: str) -> None:
        if first is None or not chars.isprintable() or _FIGURE.search(chars) or CAPITAL_INSIDE.search(chars) \
                or self.covers.get(first) or (end > start and _text_object(self.handle, end) != first):
            self._read_chars(start, chars)
            return
        kind = self.objects.get(first)
        if kind is None:
            kind = self.objects[first] = (*self._object_kind(start),
                                          _clipped(self._clip_bounds(first)) if self.height is not None else None)
        size, style, turned, clip = kind
        x0, x1, top, bottom = self._char_box(start)
        if end > start:
            ex0, ex1, etop, ebottom = self._char_box(end)
            x0, x1, top, bottom = min(x0, ex0), max(x1, ex1), min(top, etop), max(bottom, ebottom)
            if max(x1 - x0, bottom - top) > len(chars) * max(size, 1.0) \
                    or (self.strikes and self._strike_ends_in(x0, x1, top, bottom)):  # no letter is wider than an em
                self._read_chars(start, chars)
                return
        top, bottom = self._plausible(start, top, bottom, size)
        if clip is not None:
            # A spreadsheet clips a label too long for its cell at the cell's edge and keeps the
            # rest of its text in the file: that text is still the label's, but it stands no
            # further than it is seen.
            x0, x1 = _within(x0, x1, clip)
        if turned:
            self._turned(Word(chars, x0, x1, top, bottom, size), _angle(self.handle, start, self.rotation))
        else:
            shared = self.shared
            self.words.append(Word(intern(chars.translate(_LIGATURES)), x0, x1, shared(top), shared(bottom), shared(size),
                                   *style))

    def _clip_bounds(self, address: int | None) -> ClipBounds | None:
        if address not in self.bounds:
            found = self.bounds[address] = None if address is None else \
                _clip_and_bounds(address) or self._clipped_in_forms().get(address)
            if address is not None and self.painted[1]:
                self.covers[address] = _painted_over(address, found, self.painted)
        return self.bounds[address]

    def _clipped_in_forms(self) -> dict[int, ClipBounds]:
        if self.form_clips is None:
            self.form_clips = _clipped_in_forms(self.page)
        return self.form_clips

    def _seen(self, index: int, x0: float, x1: float) -> tuple[float, float]:
        """Character ``index``'s left and right as far as it is seen: within the clip its text
        object runs past (see read_token), and short of a box painted over the word it ends."""
        address = _text_object(self.handle, index)
        clip = _clipped(self._clip_bounds(address))
        if clip is not None:
            x0, x1 = _within(x0, x1, clip)
        if self.current and (covers := self.covers.get(address)):
            began = self.current[0][1]
            edge = min((box[0] for box in covers if began < box[0] - 0.5 and x1 > box[0] + 0.5), default=None)
            if edge is not None:  # the word began left of the box: what runs on under it is hidden
                x0, x1 = min(x0, edge), min(x1, edge)
        return x0, x1

    def _read_chars(self, start: int, chars: str) -> None:
        for i, char in enumerate(chars, start):
            if self._on_hidden_layer(_text_object(self.handle, i)):
                self.end_word()
            else:
                self.read(i, char)
        self.end_word()

    def _invisible(self, address: int | None) -> bool:
        """Is the text object drawn invisibly (text render mode 3: an OCR engine's layer)?"""
        found = self.invisible.get(address)
        if found is None:
            found = self.invisible[address] = address is not None and c.FPDFTextObj_GetTextRenderMode(
                c.FPDF_PAGEOBJECT.from_buffer_copy(ctypes.c_void_p(address))) == c.FPDF_TEXTRENDERMODE_INVISIBLE
        return found

    def _on_hidden_layer(self, address: int | None) -> bool:
        """Is the text object in marked content of a layer (an "OC" mark naming it) that the
        document does not show?"""
        found = self.hidden.get(address)
        if found is None:
            found = self.hidden[address] = address is not None and any(
                layer in self.hidden_layers()
                for layer in _layers_of(c.FPDF_PAGEOBJECT.from_buffer_copy(ctypes.c_void_p(address))))
        return found

    def _object_kind(self, index: int) -> tuple[float, Style, bool]:
        """(size as printed, style, turned) of the text object holding character `index`."""
        c.FPDFText_GetMatrix(self.handle, index, self.matrix)
        m = self.matrix
        scale = abs(m.a * m.d - m.b * m.c) ** 0.5 or 1.0
        raw_size = c.FPDFText_GetFontSize(self.handle, index)
        if _is_turned(self.handle, index, self.rotation):
            return raw_size, (False, False, False, False), True
        return round(raw_size * scale, 2), _style(self.handle, index), False

    def _char_box(self, i: int) -> tuple[float, float, float, float]:
        c.FPDFText_GetLooseCharBox(self.handle, i, self.rect)
        r = self.rect
        if self.height is not None:
            return r.left, r.right, self.height - r.top, self.height - r.bottom
        x0, top, x1, bottom = _box(self.to_display, r.left, r.bottom, r.right, r.top)
        return x0, x1, top, bottom

    def _plausible(self, i: int, top: float, bottom: float, size: float) -> tuple[float, float]:
        """The character's top and bottom, from a box no taller than type is: a font that
        declares its ascent and descent in its own units (2048 to the em), not in thousandths,
        boxes its letters twice as tall as they are, and lines set close overlap. Narrowed
        about the baseline, in the font's own proportions above and below it."""
        if bottom - top <= _TALLEST_BOX_EM * size or self.height is None \
                or _LEVEL < _angle(self.handle, i, self.rotation) < math.tau - _LEVEL:  # a turned box is tall
            return top, bottom
        x, y = self.origin
        c.FPDFText_GetCharOrigin(self.handle, i, x, y)
        baseline = self.height - y.value
        if not top < baseline < bottom:
            return top, bottom
        share = (baseline - top) / (bottom - top)
        return baseline - share * _BOX_EM * size, baseline + (1 - share) * _BOX_EM * size

    def read(self, i: int, char: str) -> None:
        x0, x1, top, bottom = self._char_box(i)
        if self.height is not None:
            x0, x1 = self._seen(i, x0, x1)
        if char in GROUP_SPACES and self.current:  # the token holds it between digit groups
            last = self.current[-1]
            self.current.append((char, last[2], max(x1, last[2]), last[3], last[4], last[5], last[6]))
            return
        if char.isspace() or not char.isprintable():  # also pdfium's generated breaks
            self.end_word()
            return
        raw_size = c.FPDFText_GetFontSize(self.handle, i)
        current = self.current
        # Only a character that does not carry on the word on its line may be turned.
        if (not current or abs(current[-1][4] - bottom) > 1) and _turned_at(angle := _angle(self.handle, i, self.rotation)):
            if self.sideways and not _runs_on(self.sideways[-1], (x0, x1, top, bottom), self.settings, _slant(angle)):
                self._end_sideways()
            self.sideways.append((char, x0, x1, top, bottom, raw_size, angle))  # a sideways char keeps its angle
            return
        if not current or raw_size != current[-1][6]:
            c.FPDFText_GetMatrix(self.handle, i, self.matrix)
            m = self.matrix
            # The size as printed: the font size scaled by the text matrix (WeasyPrint, for
            # one, writes 13.33 px fonts under a 0.75 scale).
            self.scale = abs(m.a * m.d - m.b * m.c) ** 0.5 or 1.0
        size = round(raw_size * self.scale, 2)
        top, bottom = self._plausible(i, top, bottom, size)
        superior = char.isdigit() and not _in_a_number(current) and self._superior(i, size)
        struck, self.struck = self.struck, bool(self.strikes) and self._struck(x0, x1, top, bottom)
        if current and (superior or struck != self.struck or self._breaks(current[-1], char, x0, x1, bottom, size)
                        or _amount_run_into(current, char)):
            self.words.append(_word(current, self.style, self.shared))
            self.current = current = []
        if superior:
            char = char.translate(_SUPERIOR)
        if not current:
            self.style = _style(self.handle, i)
        current.append((char, x0, x1, top, bottom, size, raw_size))

    def _strikes_through(self, top: float, bottom: float) -> tuple[Rule, ...]:
        """The strikes through the middle of type standing from `top` to `bottom`: above its
        baseline and below its letters' tops, where an underline or a table's rule is not."""
        found = self.bands.get((top, bottom))
        if found is None:
            low, high = top + 0.35 * (bottom - top), top + 0.75 * (bottom - top)
            found = self.bands[top, bottom] = tuple(r for at in range(int(low), int(high) + 1)
                                                    for r in self.strikes.get(at, ()) if low <= (r.top + r.bottom) / 2 <= high)
        return found

    def _struck(self, x0: float, x1: float, top: float, bottom: float) -> bool:
        strikes = self._strikes_through(top, bottom)
        return bool(strikes) and any(r.x0 - 0.5 <= (x0 + x1) / 2 <= r.x1 + 0.5 for r in strikes)

    def _strike_ends_in(self, x0: float, x1: float, top: float, bottom: float) -> bool:
        return any(x0 + 1 < end < x1 - 1 for r in self._strikes_through(top, bottom) for end in (r.x0, r.x1))

    def _superior(self, i: int, size: float) -> bool:
        """Is the figure a superior one: a note's mark the font draws small and raised above
        the baseline in the text's own size (Latin Modern's, as LaTeX sets a footnote's mark)?"""
        if self.height is None:
            return False
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        x, y = self.origin
        if not c.FPDFText_GetCharBox(self.handle, i, left, right, bottom, top) \
                or not c.FPDFText_GetCharOrigin(self.handle, i, x, y):
            return False
        return bottom.value - y.value >= _SUPERIOR_RISE_EM * size and top.value - bottom.value <= _SUPERIOR_HEIGHT_EM * size

    def _breaks(self, last: Char, char: str, x0: float, x1: float, bottom: float, size: float) -> bool:
        """Does the character start a new word after `last`?"""
        if x0 - last[2] > self.word_gap or x0 < last[1] - 0.5 or abs(last[4] - bottom) >= 0.5 * max(size, 1):
            return True
        # A letter set over the first half of the one before is printed over it, as no kerning
        # sets letters: the text of the next cell that a label ran on into. (The letters of a
        # ligature share its one box.)
        if char.isalnum() and last[0].isalnum() and x0 < (last[1] + last[2]) / 2 and x1 > last[2] + 0.5:
            return True
        if size == last[5]:
            return False
        # Small capitals are letters of two sizes on one baseline, touching (or, no lower
        # case among them, as far apart as the house spaces its letters), their stops and
        # brackets too: one word. A smaller figure or mark after a word is raised (a note
        # reference): its own word.
        gap = x0 - last[2]
        capitals = not char.islower() and not last[0].islower()
        touching = gap < 0.5 or (capitals and gap < self.settings.small_caps_tracking_em * size)
        return not (_in_word(char) and _in_word(last[0]) and touching
                    and abs(last[4] - bottom) < self.settings.small_caps_baseline_em * max(size, 1))

    def _end_sideways(self) -> None:
        self._turned(_turned_word(self.sideways), self.sideways[0][6])
        self.sideways = []

    def _turned(self, word: Word, angle: float) -> None:
        if _slant(angle):
            self.slanted.append((word, angle))
        else:
            self.turned.append(word)

    def end_word(self) -> None:
        if self.current:
            self.words.append(_word(self.current, self.style, self.shared))
            self.current = []
        if self.sideways:
            self._end_sideways()


def _strikes(rules: list[Rule]) -> dict[int, list[Rule]]:
    """The thin level rules that may strike text through, by the whole point they stand at."""
    strikes: dict[int, list[Rule]] = defaultdict(list)
    for rule in rules:
        if rule.bottom - rule.top < _STRIKE_PT and rule.x1 - rule.x0 >= _STRIKE_PT:
            strikes[int((rule.top + rule.bottom) / 2)].append(rule)
    return dict(strikes)


_STRIKE_PT = 2.0  # no strike through text is thicker, nor one through a letter shorter


def _in_a_number(current: list[Char]) -> bool:
    """Does a figure after these characters go on a number ("1.2", "12"), not start a mark
    (see _WordReader._superior)?"""
    last = current[-1][0] if current else ""
    return last.isdigit() or last in ".," and len(current) > 1 and current[-2][0].isdigit()


def _amount_run_into(current: list[Char], char: str) -> bool:
    """Does a digit start another amount, run into the one before without a gap ("6.000.000"
    then "1.000.000", a bold total wider than its fixed-width column)? A group of an amount
    has three digits: after a whole amount with its groups, a fourth digit is the next one's."""
    return char.isdigit() and len(current) >= 5 and current[-4][0] == "." \
        and _WHOLE_AMOUNT.fullmatch("".join(c[0] for c in current)) is not None


_WHOLE_AMOUNT = re.compile(r"[-€]?\d{1,3}(?:\.\d{3})+")

def _clipped(clip: ClipBounds | None) -> Clip | None:
    """Left and right of the clip round a text object that its text runs past, or None."""
    if clip is None:
        return None
    (x0, x1, _, _), (left, right, _, _) = clip
    return (x0, x1) if left < x0 - 1 or right > x1 + 1 else None


def _within(x0: float, x1: float, clip: Clip) -> tuple[float, float]:
    """A box's left and right where its clip lets it be seen, just inside the clip's right edge:
    what the clip hides past it stands there too, in the cell whose edge clipped it, not on
    the rule at that edge nor in the next cell."""
    left, right = clip
    inner = right - _HAIR_PT if right - left > 2 * _HAIR_PT else right
    x0 = min(max(x0, left), inner)
    return x0, max(min(x1, inner), x0)


_HAIR_PT = 1.0  # (a clip may reach half a rule past the cell's edge)


def _out_of_sight(clip: ClipBounds | None) -> bool:
    """Is the text object outside its clip, wholly or but for a sliver of its height? Qt
    draws a paragraph's line that a page break cuts again at the top of the next page,
    clipped out of sight, and wkhtmltopdf a table's row the break cut, clipped to the top
    of its descenders: it is not printed. (A label clipped at its cell's side is still read.)"""
    if clip is None:
        return False
    (x0, x1, y0, y1), (left, right, bottom, top) = clip
    return right <= x0 or left >= x1 or min(top, y1) - max(bottom, y0) < _SEEN_HEIGHT * (top - bottom)


_SEEN_HEIGHT = 0.5  # less of a line's height than this in sight, and it cannot be read


# Page objects by their plain addresses, as _text_object gives them.
_page_object = ctypes.cast(c.FPDFPage_GetObject, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int))
_object_type = ctypes.cast(c.FPDFPageObj_GetType, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p))
_Bounds = tuple[float, float, float, float]  # left, right, bottom, top in the page's space
# Each text object's place in the order the page paints, and the opaque boxes painted after
# the first text, with theirs.
Painted = tuple[dict[int, int], list[tuple[int, _Bounds]]]


def _painted_after_text(handle, size: tuple[float, float], settings: Settings) -> Painted:
    order: dict[int, int] = {}
    boxes: list[tuple[int, _Bounds]] = []
    fill, stroke, alpha, ink = ctypes.c_int(), ctypes.c_int(), ctypes.c_uint(), ctypes.c_uint()
    for i in range(c.FPDFPage_CountObjects(handle)):
        address = _page_object(handle, i)
        kind = _object_type(address)
        if kind == c.FPDF_PAGEOBJ_TEXT:
            order[address] = i
        elif kind == c.FPDF_PAGEOBJ_PATH and order:
            obj = c.FPDF_PAGEOBJECT.from_buffer_copy(ctypes.c_void_p(address))
            if not (c.FPDFPath_GetDrawMode(obj, fill, stroke) and fill.value
                    and c.FPDFPageObj_GetFillColor(obj, ink, ink, ink, alpha) and alpha.value == 255):
                continue
            bounds = _bounds(obj)
            if bounds is not None and min(bounds[1] - bounds[0], bounds[3] - bounds[2]) >= settings.rule_thickness_pt \
                    and (bounds[1] - bounds[0]) * (bounds[3] - bounds[2]) < 0.8 * size[0] * size[1]:
                boxes.append((i, bounds))
    return order, boxes


def _painted_over(address: int, found: ClipBounds | None, painted: Painted) -> list[_Bounds]:
    """The boxes painted after a text object over its right end, its text running on under
    them: a table that fills each cell's ground as it sets the cell paints the next cell over
    the text a cell too narrow let run on (see _WordReader._seen)."""
    order, boxes = painted
    at = order.get(address)
    later = [box for i, box in boxes if i > at] if at is not None else []
    bounds = (found[1] if found else _bounds(c.FPDF_PAGEOBJECT.from_buffer_copy(ctypes.c_void_p(address)))) \
        if later else None
    if bounds is None:
        return []
    left, right, bottom, top = bounds
    return [box for box in later if left + 1 < box[0] < right - 1 and box[1] > right - 1
            and min(top, box[3]) - max(bottom, box[2]) > 0.5 * (top - bottom)]


def _bounds(obj) -> _Bounds | None:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return None
    return left.value, right.value, bottom.value, top.value


def _clipped_in_forms(page) -> dict[int, ClipBounds]:
    """The clip and the bounds, in the page's space, of each text object inside a form drawn
    under a clip, by address (see _objects): pdfium gives such an object no clip of its own,
    and its bounds in the form's space."""
    found: dict[int, ClipBounds] = {}
    for obj, matrix, clip in _objects(page, (c.FPDF_PAGEOBJ_TEXT,)):
        if clip is not None and (bounds := _bounds(obj)) is not None:
            left, right, bottom, top = bounds
            xs, ys = zip(*(_apply(matrix, x, y) for x in (left, right) for y in (bottom, top)))
            found[ctypes.c_void_p.from_buffer(obj).value or 0] = (clip, (min(xs), max(xs), min(ys), max(ys)))
    return found


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _apply(matrix: tuple, x: float, y: float) -> tuple[float, float]:
    a, b, cc, d, e, f = matrix
    return a * x + cc * y + e, b * x + d * y + f


def _clip_box(obj, matrix: tuple) -> tuple[float, float, float, float] | None:
    """The box (left, right, bottom, top) round the object's clip path, in the page's space
    (its points are in the space of what holds the object, placed by ``matrix``)."""
    clip = c.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    points = [_apply(matrix, x.value, y.value) for path in range(max(0, c.FPDFClipPath_CountPaths(clip)))
              for index in range(c.FPDFClipPath_CountPathSegments(clip, path))
              if c.FPDFPathSegment_GetPoint(c.FPDFClipPath_GetPathSegment(clip, path, index), x, y)]
    if not points:
        return None
    xs, ys = zip(*points)
    return min(xs), max(xs), min(ys), max(ys)


def _clip_and_bounds(address: int) -> ClipBounds | None:
    """The box round a text object's clip path, and the object's bounds: (left, right,
    bottom, top) each, in the page's space; None where it has no clip."""
    # Not ctypes.cast: its result holds itself in a cycle, and the cycle collector is off while pages are read.
    obj = c.FPDF_PAGEOBJECT.from_buffer_copy(ctypes.c_void_p(address))
    clip = _clip_box(obj, _IDENTITY)
    bounds = _bounds(obj) if clip is not None else None
    return None if clip is None or bounds is None else (clip, bounds)


def _turned_lines(words: list[Word]) -> list[Word]:
    """Turned words one after the other up or down the same line, joined as one."""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        if last and min(last.x1, word.x1) - max(last.x0, word.x0) > 0.5 * (word.x1 - word.x0) \
                and max(word.top - last.bottom, last.top - word.bottom) <= 1.5 * word.size:
            out[-1] = replace(last, text=f"{last.text} {word.text}", x0=min(last.x0, word.x0), x1=max(last.x1, word.x1),
                              top=min(last.top, word.top), bottom=max(last.bottom, word.bottom))
        else:
            out.append(word)
    return out


_SAME_SLANT = 0.02  # radians


def _goes_on_along(last: Word, word: Word, angle: float) -> bool:
    """Does the word start where the last one ends, a space on along their slant: up and right
    of it rising, down and right falling (pdfium's angles turn clockwise)?"""
    end, start = (last.top, word.bottom) if math.sin(angle) < 0 else (last.bottom, word.top)
    return abs(word.x0 - last.x1) <= word.size and abs(start - end) <= word.size


def _slanted_labels(slanted: list[tuple[Word, float]]) -> list[Word]:
    """Words set at a slant (a spreadsheet's column headers written at 45 degrees), each run
    of them one after the other along one slant a label, standing at its foot, where it
    meets the column it heads: one text height tall and wide there, reaching up as far as it
    runs (see _standing_side_by_side)."""
    runs: list[tuple[list[Word], float]] = []
    for word, angle in slanted:
        if runs and abs(angle - runs[-1][1]) < _SAME_SLANT and _goes_on_along(runs[-1][0][-1], word, angle):
            runs[-1][0].append(word)
        else:
            runs.append(([word], angle))
    feet = []
    for words, angle in runs:
        foot = max(words, key=lambda w: w.bottom)
        rising = math.sin(angle) < 0
        # Rising to the right a label starts at its foot, falling it ends there.
        start = min(w.x0 for w in words) if rising else max(w.x1 for w in words) - foot.size
        feet.append((words, foot, rising, start))
    labels = []
    for words, foot, rising, start in feet:
        # It stands over the column it heads from its foot to the next label's foot, as far as
        # it reaches across: a column of narrow figures set right is told from the one before
        # by the gap between them, not by its border.
        following = [other for _, f, _, other in feet if other > start and abs(f.bottom - foot.bottom) <= 2.0]
        reach = max(w.x1 for w in words) if rising else start + foot.size
        x0, x1 = start, min([reach, *(f - 1 for f in following)])
        size = words[0].size
        labels.append(Word(" ".join(w.text for w in words), x0, max(x1, x0 + size), foot.bottom - size, foot.bottom, size,
                           reach=(min(w.top for w in words), foot.bottom)))
    return labels


def _standing_side_by_side(turned: list[Word]) -> tuple[list[Word], list[Word]]:
    """Turned lines side by side on one foot line (a table's column headers turned on their
    side) are words of a line: the line of their foot, each standing on it one text height
    tall, so that the level words beside them (the table's label) join that header line and
    those above them (a group label) do not. A lone turned label up a margin band has no
    neighbour and stays turned. Returns (the words standing on a line, the turned words left)."""
    standing: list[Word] = []
    rest = turned
    for edge in ("bottom", "top"):
        feet: dict[float, list[Word]] = {}
        for word in rest:
            foot = next((f for f in feet if abs(f - getattr(word, edge)) <= 2.0), getattr(word, edge))
            feet.setdefault(foot, []).append(word)
        rest = []
        for foot, group in feet.items():
            group.sort(key=lambda w: w.x0)
            if len(group) < 2 or any(a.x1 >= b.x0 for a, b in zip(group, group[1:])):
                rest += group
                continue
            top, bottom = (foot - group[0].size, foot) if edge == "bottom" else (foot, foot + group[0].size)
            standing += [replace(w, top=top, bottom=bottom, reach=w.reach or (w.top, w.bottom)) for w in group]
    return standing, rest


def _text_turn(page: pdfium.PdfPage, rotation: int) -> int:
    """The quarter turn (clockwise, in degrees) that sets most of the page's text level."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        turns = Counter(round(math.degrees(-c.FPDFText_GetCharAngle(textpage, i)) / 90) * 90 % 360
                        for i in range(0, count, max(1, count // 400)))
    finally:
        textpage.close()
    return (turns.most_common(1)[0][0] - rotation) % 360 if turns else 0


def _is_turned(textpage, index: int, rotation: float) -> bool:
    return _turned_at(_angle(textpage, index, rotation))


def _turned_at(angle: float) -> bool:
    return _TURNED < angle < math.tau - _TURNED


def _angle(textpage, index: int, rotation: float) -> float:
    """The character's angle to the page as displayed, in [0, 2 pi), turning clockwise."""
    return (c.FPDFText_GetCharAngle(textpage, index) + rotation) % math.tau


def _slant(angle: float) -> bool:
    """At an angle no quarter turn is near (a column header written at 45 degrees)."""
    return abs(angle - round(angle / (math.pi / 2)) * (math.pi / 2)) > _TURNED


def _runs_on(last: tuple, box: tuple[float, float, float, float], settings: Settings, slanted: bool = False) -> bool:
    """Does a turned character follow the one before it in its line, up or down the page (or,
    slanted, along the slant: the two touching)?"""
    x0, x1, top, bottom = box
    if slanted:
        size = last[5]
        return x0 <= last[2] + 0.5 * size and last[1] <= x1 and top <= last[4] + 0.5 * size and last[3] <= bottom + 0.5 * size
    across = min(last[2], x1) - max(last[1], x0)
    along = max(top - last[4], last[3] - bottom)  # the gap between them, either way
    return across > 0.5 * (x1 - x0) and along <= settings.word_gap_pt


def _turned_word(chars: list[tuple]) -> Word:
    return Word("".join(ch[0] for ch in chars), min(ch[1] for ch in chars), max(ch[2] for ch in chars),
                min(ch[3] for ch in chars), max(ch[4] for ch in chars), chars[0][5])


def _in_word(char: str) -> bool:
    return char.isalpha() or char in "-'’./()&"


def _style(textpage, index: int) -> Style:
    """(bold, light, tinted, italic): the weight of the word's font, whether its colour is pale
    (white text on a dark band or header), whether it is other ink than the text's (a colour,
    or a middle grey, not black or nearly) and whether its font slants."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    c.FPDFText_GetFontInfo(textpage, index, buffer, 128, flags)
    name = buffer.value.decode("latin-1").lower()
    # A subset font may state no weight, or 400 for "LiberationSans-Bold" (LibreOffice).
    bold = c.FPDFText_GetFontWeight(textpage, index) >= 600 or "bold" in name or "black" in name or "heavy" in name
    italic = bool(flags.value & _ITALIC) or "italic" in name or "oblique" in name
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not c.FPDFText_GetFillColor(textpage, index, r, g, b, a):
        return bold, False, False, italic
    luminance = _luminance(r.value, g.value, b.value)
    tinted = max(r.value, g.value, b.value) - min(r.value, g.value, b.value) > _TINT or 0.3 <= luminance <= 0.8
    return bold, luminance > 0.8, tinted, italic


_ITALIC = 1 << 6  # the font descriptor's flag
_TINT = 48  # of 255: the spread of red, green and blue above which ink has a colour


def _luminance(r: int, g: int, b: int) -> float:
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


# Typographic ligatures are their letters: "ﬁnanciering" is "financiering" to every reader.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


def _word(chars: list[Char], style: Style, shared: Callable[[float], float]) -> Word:
    return Word(intern("".join(ch[0] for ch in chars).translate(_LIGATURES)), min(ch[1] for ch in chars),
                max(ch[2] for ch in chars), shared(min(ch[3] for ch in chars)), shared(max(ch[4] for ch in chars)),
                shared(chars[0][5]), *style)


def _overprinted(page: pdfium.PdfPage, to_display: Point) -> list[Box]:
    """Where the page draws text over itself a hair apart: bold faked by printing a label
    twice or three times (the text page keeps one copy), or a shadow under a title."""
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    seen: dict[tuple[int, int], list[Box]] = defaultdict(list)
    found: list[Box] = []
    for i in range(c.FPDFPage_CountObjects(page.raw)):
        obj = c.FPDFPage_GetObject(page.raw, i)
        if c.FPDFPageObj_GetType(obj) != c.FPDF_PAGEOBJ_TEXT or not c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        (ax, ay), (bx, by) = to_display(left.value, top.value), to_display(right.value, bottom.value)
        box = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        key = (round(box[0]), round(box[1]))
        if box[2] - box[0] > _OVERPRINT_PT and any(
                all(abs(a - b) <= _OVERPRINT_PT for a, b in zip(box, other))
                for dx in (-1, 0, 1) for dy in (-1, 0, 1) for other in seen[key[0] + dx, key[1] + dy]):
            found.append(box)
        seen[key].append(box)
    return found


_OVERPRINT_PT = 1.5  # copies of a text drawn over it stand this close at most


def _bold_where_overprinted(words: list[Word], boxes: list[Box]) -> list[Word]:
    if not boxes:
        return words
    return [replace(w, bold=True) if not w.bold and any(x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.top + w.bottom) / 2 <= y1
                                                        for x0, y0, x1, y1 in boxes) else w for w in words]


def _objects(page, kinds: tuple[int, ...]) -> Iterator[tuple[Any, tuple, _Bounds | None]]:
    """The page's objects of ``kinds``, inside forms too, each with the matrix that places
    what holds it on the page and the clip of the forms it is drawn in (left, right, bottom,
    top in the page's space, or None): a form placed under a clip (a spreadsheet's page
    placed in a report and cropped to its table) shows only what the clip leaves."""
    return _objects_in(page, c.FPDFPage_CountObjects, c.FPDFPage_GetObject, kinds, _IDENTITY, None)


def _objects_in(container, count, get, kinds: tuple[int, ...], matrix: tuple, clip: _Bounds | None
                ) -> Iterator[tuple[Any, tuple, _Bounds | None]]:
    # (a module's function, not one nested in _objects: a function calling itself from its
    # closure is a cycle, made for every page, and the cycle collector is off while pages are read)
    for i in range(count(container)):
        obj = get(container, i)
        kind = c.FPDFPageObj_GetType(obj)
        if kind == c.FPDF_PAGEOBJ_FORM:
            m = c.FS_MATRIX()
            c.FPDFPageObj_GetMatrix(obj, m)
            yield from _objects_in(obj, c.FPDFFormObj_CountObjects, c.FPDFFormObj_GetObject, kinds,
                                   _compose((m.a, m.b, m.c, m.d, m.e, m.f), matrix), _narrowed(clip, _clip_box(obj, matrix)))
        elif kind in kinds:
            yield obj, matrix, clip


def _narrowed(clip: _Bounds | None, inner: _Bounds | None) -> _Bounds | None:
    if clip is None or inner is None:
        return inner or clip
    return max(clip[0], inner[0]), min(clip[1], inner[1]), max(clip[2], inner[2]), min(clip[3], inner[3])


def _own_matrix(obj, placed: tuple) -> tuple:
    m = c.FS_MATRIX()
    c.FPDFPageObj_GetMatrix(obj, m)
    return _compose((m.a, m.b, m.c, m.d, m.e, m.f), placed)


def _picture_box(to_display: Point, matrix: tuple) -> Box:
    """The box of a picture, drawn on the unit square its matrix places."""
    a, b, cc, d, e, f = matrix
    corners = [to_display(a * u + cc * v + e, b * u + d * v + f) for u in (0, 1) for v in (0, 1)]
    return min(x for x, _ in corners), min(y for _, y in corners), max(x for x, _ in corners), max(y for _, y in corners)


def _display_box(to_display: Point, clip: _Bounds) -> tuple[float, float, float, float]:
    """A clip's box (left, right, bottom, top) as the page is displayed: (x0, top, x1, bottom)."""
    left, right, bottom, top = clip
    return _box(to_display, left, bottom, right, top)


def _cropped(box: tuple[float, float, float, float], seen: tuple[float, float, float, float] | None
             ) -> tuple[float, float, float, float] | None:
    """The part of ``box`` (x0, top, x1, bottom) inside what a crop leaves ``seen``, if any."""
    if seen is None:
        return box
    x0, top, x1, bottom = max(box[0], seen[0]), max(box[1], seen[1]), min(box[2], seen[2]), min(box[3], seen[3])
    return (x0, top, x1, bottom) if x0 <= x1 + 0.5 and top <= bottom + 0.5 else None


def _compose(inner: tuple, outer: tuple) -> tuple:
    a, b, cc, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, cc * A + d * C, cc * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _paths(page: pdfium.PdfPage, to_display: Point, width: float, height: float,
           settings: Settings) -> tuple[list[Rule], list[Fill], list[Fill], list[Box], list[Box]]:
    """Ruling lines (stroked segments, or filled boxes thinner than a rule), filled areas
    (bands, shaded cells, zebra stripes) with how dark they are, apart from those the
    translucent ones (a veil of colour, or a highlighter's mark over the text), the boxes
    of the pictures, and those of the curved shapes a chart draws (a pie's wedges)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    x, y = ctypes.c_float(), ctypes.c_float()
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    rules: list[Rule] = []
    thin: list[tuple[Rule, float]] = []  # filled boxes thinner than a rule, with their ink
    pale: list[Rule] = []  # stroked in a light ink: maybe the squares of the paper
    fills: list[Fill] = []
    veils: list[Fill] = []
    pictures: list[Box] = []
    curved: list[tuple[Box, bool, float]] = []
    for obj, placed, clip in _objects(page.raw, (c.FPDF_PAGEOBJ_PATH, c.FPDF_PAGEOBJ_IMAGE)):
        ma, mb, mc, md, me, mf = _own_matrix(obj, placed)
        seen = None if clip is None else _display_box(to_display, clip)
        if c.FPDFPageObj_GetType(obj) == c.FPDF_PAGEOBJ_IMAGE:
            pictures.append(_picture_box(to_display, (ma, mb, mc, md, me, mf)))
            continue
        c.FPDFPath_GetDrawMode(obj, fill, stroke)
        points: list[tuple[float, float, int]] = []
        for s in range(c.FPDFPath_CountSegments(obj)):
            segment = c.FPDFPath_GetPathSegment(obj, s)
            c.FPDFPathSegment_GetPoint(segment, x, y)
            px, py = to_display(ma * x.value + mc * y.value + me, mb * x.value + md * y.value + mf)
            points.append((px, py, c.FPDFPathSegment_GetType(segment)))
            if c.FPDFPathSegment_GetClose(segment) and points:
                start = next((p for p in reversed(points) if p[2] == c.FPDF_SEGMENT_MOVETO), points[0])
                points.append((start[0], start[1], c.FPDF_SEGMENT_LINETO))
        if not points:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = _cropped((min(xs), min(ys), max(xs), max(ys)), seen)
        if box is None:
            continue
        if fill.value:
            shade = _luminance(r.value, g.value, b.value) if c.FPDFPageObj_GetFillColor(obj, r, g, b, a) else 1.0
            if min(box[2] - box[0], box[3] - box[1]) < settings.rule_thickness_pt:  # a rule drawn as a thin box
                thin.append((Rule(*box), round(shade, 3)))
                continue
            covers_page = (box[2] - box[0]) * (box[3] - box[1]) > 0.8 * width * height
            if not covers_page and a.value > 0 and shade < 0.97:  # white boxes are the page itself
                (fills if a.value == 255 else veils).append(Fill(*box, shade=round(shade, 3)))
            if _curved(points) and min(box[2] - box[0], box[3] - box[1]) >= 2:
                curved.append((box, _drawn_shape(points, box), round(shade, 3)))
        if not stroke.value:
            continue
        light = c.FPDFPageObj_GetStrokeColor(obj, r, g, b, a) and _luminance(r.value, g.value, b.value) > _PALE
        for (x0, y0, _), (x1, y1, kind) in zip(points, points[1:]):
            if kind != c.FPDF_SEGMENT_LINETO:
                continue
            # (straight rules only; curves are not table lines)
            if (abs(y0 - y1) < 0.5 or abs(x0 - x1) < 0.5) \
                    and (part := _cropped((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), seen)):
                (pale if light else rules).append(Rule(*part))
    rules += [rule for rule, shade in thin if not _a_bar_of_a_chart(rule, shade, fills)]
    return rules + _not_squared_paper(pale), fills, veils, pictures, _drawings(curved)


def _a_bar_of_a_chart(box: Rule, shade: float, fills: list[Fill]) -> bool:
    """Is the thin box the bar of a small value, in a column of bars in its ink, as tall as
    it and starting where it does, on other rows (a table's data bars), rather than a rule?
    (A cell's border at the side of its shading stands beside it, not over or under it.)"""
    return box.x1 - box.x0 < box.bottom - box.top and any(
        abs(f.shade - shade) < 0.01 and abs((f.bottom - f.top) - (box.bottom - box.top)) < 0.5
        and (abs(f.x0 - box.x0) < 0.5 or abs(f.x1 - box.x1) < 0.5) and (f.bottom <= box.top or box.bottom <= f.top)
        for f in fills)


_PALE = 0.75  # a rule in an ink lighter than this may be the paper's


def _not_squared_paper(pale: list[Rule]) -> list[Rule]:
    """Pale rules but those of squared paper printed behind the page (a house template): many
    across and many down, each way at one pitch, the same both ways."""
    across = [r for r in pale if r.x1 - r.x0 > r.bottom - r.top]
    down = [r for r in pale if r not in across]
    pitch_across, pitch_down = _lattice_pitch([r.top for r in across]), _lattice_pitch([r.x0 for r in down])
    if pitch_across is None or pitch_down is None or abs(pitch_across - pitch_down) > 0.5:
        return pale
    return []


def _lattice_pitch(positions: list[float]) -> float | None:
    """The one pitch of a run of many parallel lines, or None."""
    if len(positions) < _LATTICE_LINES:
        return None
    ordered = sorted(positions)
    steps = [b - a for a, b in zip(ordered, ordered[1:])]
    pitch = median(steps)
    return pitch if pitch > 1 and sum(abs(s - pitch) <= 0.5 for s in steps) >= 0.9 * len(steps) else None


_LATTICE_LINES = 12


def _curved(points: list[tuple[float, float, int]]) -> bool:
    """An outline with curves, or of many short slanted lines: a curve its maker drew as a
    polygon (a ring's wedge, a pie's slice), not a box nor an arrow."""
    if any(kind == c.FPDF_SEGMENT_BEZIERTO for _, _, kind in points):
        return True
    slanted = sum(kind == c.FPDF_SEGMENT_LINETO and abs(x1 - x0) >= 0.5 and abs(y1 - y0) >= 0.5
                  for (x0, y0, _), (x1, y1, kind) in zip(points, points[1:]))
    return slanted >= _FLATTENED_SEGMENTS


_FLATTENED_SEGMENTS = 8


def _drawn_shape(points: list[tuple[float, float, int]], box: Box) -> bool:
    """A curved shape that is no box with rounded corners, no bullet and no circle: a point
    of its outline stands well inside its box (a wedge's arc, a ring's inner edge)."""
    x0, top, x1, bottom = box
    inner = _INNER_SHARE * min(x1 - x0, bottom - top)
    return min(x1 - x0, bottom - top) >= _SHAPE_PT and any(min(x - x0, x1 - x, y - top, bottom - y) > inner for x, y, _ in points)


def _drawings(curved: list[tuple[Box, bool, float]]) -> list[Box]:
    """The boxes of the charts: curved shapes that touch one another, where one of them is a
    chart's shape (a ring's wedge), or two colours at least meet without one holding the other
    (a pie's slices; not a pill on a card, a bullet in a box)."""
    groups: list[list[tuple[Box, bool, float]]] = []
    for shape in curved:
        box = shape[0]
        touching = [g for g in groups if any(box[0] <= o[2] + 1 and o[0] <= box[2] + 1 and box[1] <= o[3] + 1
                                             and o[1] <= box[3] + 1 for o, _, _ in g)]
        for g in touching:  # a shape may join two groups into one
            groups.remove(g)
        groups.append([shape, *(s for g in touching for s in g)])
    charts = []
    for group in groups:
        boxes = [b for b, _, _ in group]
        slices = len({shade for _, _, shade in group}) >= 2 and not any(
            a is not b and b[0] <= a[0] and a[2] <= b[2] and b[1] <= a[1] and a[3] <= b[3] for a in boxes for b in boxes)
        if any(drawn for _, drawn, _ in group) or slices:
            charts.append((min(b[0] for b in boxes), min(b[1] for b in boxes),
                           max(b[2] for b in boxes), max(b[3] for b in boxes)))
    return charts


_SHAPE_PT = 24.0  # a chart's shape, larger than any bullet or icon set in the text
_INNER_SHARE = 0.25  # a rounded corner's arc stays nearer its box's edge than this share of its side
