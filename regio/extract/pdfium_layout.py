"""Page layouts read with pdfium: characters, font sizes and ruling lines in milliseconds.

pdfium (through pypdfium2, which pdfplumber already depends on) gives each character's
font-based box and size, and each path object's segments; that is all the layout view
needs, at a fraction of the cost of interpreting the page in Python. pdfplumber is kept
for the second reading of ruled tables (crosscheck.py), on the pages that have them.
"""

from __future__ import annotations

import ctypes
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as c

from regio.extract.layout import PageLayout, Rule, Word, build_lines, merge_rules

_X_TOLERANCE = 2.0  # a wider gap between two characters separates words
_THIN = 2.0         # a filled path thinner than this is a drawn rule


def read_page(page: pdfium.PdfPage, number: int) -> PageLayout:
    height = page.get_height()
    words = list(_words(page, height))
    rules = list(_rules(page, height))
    hrules, vrules = merge_rules(rules)
    return PageLayout(number, page.get_width(), height, build_lines(words, number), hrules, vrules)


def _words(page: pdfium.PdfPage, height: float) -> Iterator[Word]:
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range()
        if len(text) != count:  # characters outside the BMP: ask pdfium one by one
            text = "".join(chr(c.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
        rect = c.FS_RECTF()
        matrix = c.FS_MATRIX()
        scale = 1.0
        current: list[tuple[str, float, float, float, float, float]] = []
        for i, char in enumerate(text):
            # pdfium marks a hyphen at the end of a line as a soft hyphen (U+0002 one by
            # one, U+FFFE in the page text); the document printed "-", so that is the text.
            if char in "\x02\ufffe\xad":
                char = "-"
            if char.isspace() or not char.isprintable():  # also pdfium's generated breaks
                if current:
                    yield _word(current)
                    current = []
                continue
            c.FPDFText_GetLooseCharBox(textpage, i, rect)
            x0, x1 = rect.left, rect.right
            y_top, y_bottom = height - rect.top, height - rect.bottom
            raw_size = c.FPDFText_GetFontSize(textpage, i)
            if not current or raw_size != current[-1][6]:
                c.FPDFText_GetMatrix(textpage, i, matrix)
                # The size as printed: the font size scaled by the text matrix (WeasyPrint,
                # for one, writes 13.33 px fonts under a 0.75 scale).
                scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            size = round(raw_size * scale, 2)
            if current:
                last = current[-1]
                same_line = abs(last[4] - y_bottom) < 0.5 * max(size, 1)
                if x0 - last[2] > _X_TOLERANCE or x0 < last[1] - 0.5 or not same_line or size != last[5]:
                    yield _word(current)
                    current = []
            current.append((char, x0, x1, y_top, y_bottom, size, raw_size))
        if current:
            yield _word(current)
    finally:
        textpage.close()


def _word(chars) -> Word:
    return Word("".join(ch[0] for ch in chars), min(ch[1] for ch in chars), max(ch[2] for ch in chars),
                min(ch[3] for ch in chars), max(ch[4] for ch in chars), chars[0][5])


def _objects(container, count, get, matrix) -> Iterator[tuple[object, tuple]]:
    for i in range(count(container)):
        obj = get(container, i)
        kind = c.FPDFPageObj_GetType(obj)
        m = c.FS_MATRIX()
        c.FPDFPageObj_GetMatrix(obj, m)
        own = (m.a, m.b, m.c, m.d, m.e, m.f)
        if kind == c.FPDF_PAGEOBJ_FORM:
            yield from _objects(obj, c.FPDFFormObj_CountObjects, c.FPDFFormObj_GetObject, _compose(own, matrix))
        elif kind == c.FPDF_PAGEOBJ_PATH:
            yield obj, _compose(own, matrix)


def _compose(inner: tuple, outer: tuple) -> tuple:
    a, b, cc, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, cc * A + d * C, cc * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _rules(page: pdfium.PdfPage, height: float) -> Iterator[Rule]:
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj, (a, b, cc, d, e, f) in _objects(page.raw, c.FPDFPage_CountObjects, c.FPDFPage_GetObject, identity):
        c.FPDFPath_GetDrawMode(obj, fill, stroke)
        points: list[tuple[float, float, int]] = []
        for s in range(c.FPDFPath_CountSegments(obj)):
            segment = c.FPDFPath_GetPathSegment(obj, s)
            c.FPDFPathSegment_GetPoint(segment, x, y)
            px, py = a * x.value + cc * y.value + e, b * x.value + d * y.value + f
            points.append((px, height - py, c.FPDFPathSegment_GetType(segment)))
            if c.FPDFPathSegment_GetClose(segment) and points:
                start = next((p for p in reversed(points) if p[2] == c.FPDF_SEGMENT_MOVETO), points[0])
                points.append((start[0], start[1], c.FPDF_SEGMENT_LINETO))
        if not points:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if fill.value and not stroke.value:
            if min(max(xs) - min(xs), max(ys) - min(ys)) < _THIN:  # a rule drawn as a thin box
                yield Rule(min(xs), min(ys), max(xs), max(ys))
            continue
        if not stroke.value:
            continue
        for (x0, y0, _), (x1, y1, kind) in zip(points, points[1:]):
            if kind != c.FPDF_SEGMENT_LINETO:
                continue
            if abs(y0 - y1) < 0.5 or abs(x0 - x1) < 0.5:  # straight rules only; curves are not table lines
                yield Rule(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
