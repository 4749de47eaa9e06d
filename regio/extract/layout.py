"""A page as lines of words and ruling lines: the one view every later step reads.

Built once per page (pdfium_layout.py), then the PDF page is released; nothing downstream
touches the PDF again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Iterable, Sequence

_SUPERSCRIPT = str.maketrans("0123456789*", "⁰¹²³⁴⁵⁶⁷⁸⁹*")
_MIN_RULE = 4.0  # shorter strokes are glyph parts or the ends of thin filled boxes


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Line:
    page: int
    words: list[Word]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return median(w.size for w in self.words)

    @property
    def text(self) -> str:
        return join_words(self.words)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    def words_between(self, x0: float, x1: float) -> list[Word]:
        """Words whose middle lies in [x0, x1)."""
        return [w for w in self.words if x0 <= w.middle < x1]

    def segments(self, gap: float | None = None) -> list[list[Word]]:
        """Runs of words separated by gaps wider than ``gap`` (default: half the font size)."""
        limit = gap if gap is not None else 0.5 * self.size
        runs: list[list[Word]] = []
        for word in self.words:
            if runs and word.x0 - runs[-1][-1].x1 <= limit:
                runs[-1].append(word)
            else:
                runs.append([word])
        return runs


@dataclass(frozen=True)
class Rule:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[Line]
    hrules: list[Rule] = field(default_factory=list)
    vrules: list[Rule] = field(default_factory=list)

    def hrule_between(self, y0: float, y1: float, x0: float, x1: float, cover: float = 0.5) -> bool:
        """Is there a horizontal rule between heights y0 and y1 covering ``cover`` of x0..x1?"""
        span = max(x1 - x0, 1.0)
        return any(
            y0 - 1 <= r.top <= y1 + 1 and (min(r.x1, x1) - max(r.x0, x0)) >= cover * span
            for r in self.hrules
        )

    def vrules_crossing(self, top: float, bottom: float) -> list[float]:
        """x positions of vertical rules that run through the band top..bottom."""
        mid_top, mid_bottom = top + 1, bottom - 1
        return sorted({round(r.x0, 1) for r in self.vrules if r.top <= mid_top and r.bottom >= mid_bottom})


def join_words(words: Sequence[Word]) -> str:
    """Words of one line as text: a space between words, none before a superscript mark."""
    parts: list[str] = []
    for i, w in enumerate(words):
        if i and not (w.text and w.text[0] in "⁰¹²³⁴⁵⁶⁷⁸⁹" and w.x0 - words[i - 1].x1 < 1.0):
            parts.append(" ")
        parts.append(w.text)
    return "".join(parts)


def build_lines(words: Iterable[Word], page: int) -> list[Line]:
    """Group words into lines by vertical overlap, each line sorted left to right."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        height = word.bottom - word.top
        for line in reversed(lines[-3:]):
            overlap = min(line.bottom, word.bottom) - max(line.top, word.top)
            if overlap >= 0.5 * min(height, line.bottom - line.top):
                line.words.append(word)
                break
        else:
            lines.append(Line(page, [word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        _mark_superscripts(line)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _mark_superscripts(line: Line) -> None:
    """Small raised digits after a word are footnote marks: write them as ¹ ² ³."""
    if len(line.words) < 2:
        return
    body = max(w.size for w in line.words)
    for i, w in enumerate(line.words):
        if w.size < 0.8 * body and w.bottom < line.bottom - 0.15 * body and w.text.isdigit():
            line.words[i] = Word(w.text.translate(_SUPERSCRIPT), w.x0, w.x1, w.top, w.bottom, w.size)


def merge_rules(rules: Iterable[Rule]) -> tuple[list[Rule], list[Rule]]:
    """Split edges into horizontal and vertical rules, merging collinear touching pieces."""
    horizontal: dict[float, list[Rule]] = {}
    vertical: dict[float, list[Rule]] = {}
    for r in rules:
        if r.horizontal and r.x1 - r.x0 >= _MIN_RULE:
            horizontal.setdefault(round((r.top + r.bottom) / 2), []).append(r)
        elif not r.horizontal and r.bottom - r.top >= _MIN_RULE:
            vertical.setdefault(round((r.x0 + r.x1) / 2), []).append(r)

    def merged(groups: dict[float, list[Rule]], along_x: bool) -> list[Rule]:
        out: list[Rule] = []
        for pos, items in sorted(groups.items()):
            items.sort(key=lambda r: r.x0 if along_x else r.top)
            start, end = (items[0].x0, items[0].x1) if along_x else (items[0].top, items[0].bottom)
            for r in items[1:]:
                lo, hi = (r.x0, r.x1) if along_x else (r.top, r.bottom)
                if lo <= end + 1.5:
                    end = max(end, hi)
                    continue
                out.append(Rule(start, pos, end, pos) if along_x else Rule(pos, start, pos, end))
                start, end = lo, hi
            out.append(Rule(start, pos, end, pos) if along_x else Rule(pos, start, pos, end))
        return out

    return merged(horizontal, True), merged(vertical, False)
