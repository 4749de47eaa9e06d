"""Comb fields: a paper form's boxes for one character each, in a row ("1 6 5 0 0 0 0" typed
into ten boxes), as a tax office's or a subsidy agency's forms print an amount or a date.
Each character is its own word and each box its own cell; what the row holds is one value.
The boxes are shaded (a box of colour each) or drawn in rules (a stroke round each, or the
ticks between them on a base line)."""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from regio.extract.layout import Fill, Rule, Word
from regio.geometry import Box

# A comb's box holds one character: narrower than this, and a row of at least this many.
_WIDEST_BOX_PT = 16.0
_FEWEST_BOXES = 4
_SAME_PT = 0.6  # boxes of one comb are drawn alike to a fraction of a point
_MARKS = frozenset("*†‡")


def combs_joined(words: list[Word], fills: list[Fill], rules: list[Rule]) -> tuple[list[Word], list[Fill], list[Rule]]:
    """The words with each comb's characters as one word, its boxes as one, and the rules
    between its boxes gone (so that a table reads each comb as one cell). A footnote's
    mark set right after a comb's last box is its value's."""
    shaded = _rows_of_boxes([(f.x0, f.top, f.x1, f.bottom) for f in fills])
    ticked = _rows_of_ticks([r for r in rules if not r.horizontal])
    combs = [comb for comb in [*shaded, *ticked] if _holds_characters(comb, words)]
    if not combs:
        return words, fills, rules
    joined: list[Word] = []
    inside: set[int] = set()
    for comb in combs:
        held = sorted((w for w in words if _in_comb(w, comb)), key=lambda w: w.x0)
        if not held:
            continue
        inside.update(map(id, held))
        joined.append(replace(held[0], text="".join(w.text for w in held), x1=held[-1].x1,
                              top=min(w.top for w in held), bottom=max(w.bottom for w in held)))
    kept_fills = [f for f in fills if not any(_within((f.x0, f.top, f.x1, f.bottom), comb) for comb in shaded)]
    kept_fills += [Fill(*comb, shade=next(f.shade for f in fills if _within((f.x0, f.top, f.x1, f.bottom), comb)))
                   for comb in shaded]
    kept_rules = [r for r in rules if r.horizontal or not any(comb[0] + 1 < r.x0 < comb[2] - 1 and _within(
        (r.x0, r.top, r.x1, r.bottom), comb) for comb in combs)]
    return [*(w for w in words if id(w) not in inside), *joined], kept_fills, kept_rules


def _rows_of_boxes(boxes: list[Box]) -> list[Box]:
    """The rows of small boxes alike, one after the other at small gaps: each row's box."""
    small = sorted((b for b in boxes if b[2] - b[0] <= _WIDEST_BOX_PT and b[2] - b[0] <= b[3] - b[1] <= 3 * (b[2] - b[0])),
                   key=lambda b: (round(b[1]), round(b[3]), b[0]))
    rows = []
    for _, level in groupby(small, key=lambda b: (round(b[1]), round(b[3]))):
        run: list[Box] = []
        for box in level:
            width = box[2] - box[0]
            if run and abs(width - (run[-1][2] - run[-1][0])) <= _SAME_PT and 0 <= box[0] - run[-1][2] <= width:
                run.append(box)
                continue
            rows += [_spanned(run)] if len(run) >= _FEWEST_BOXES else []
            run = [box]
        rows += [_spanned(run)] if len(run) >= _FEWEST_BOXES else []
    return rows


def _rows_of_ticks(vertical: list[Rule]) -> list[Box]:
    """The rows of short vertical rules alike at one small pitch (the boxes' sides, or the
    ticks on a comb's base line): each row's box, from its first to its last."""
    short = sorted((r for r in vertical if r.bottom - r.top <= 2 * _WIDEST_BOX_PT),
                   key=lambda r: (round(r.top), round(r.bottom), r.x0))
    rows = []
    for _, level in groupby(short, key=lambda r: (round(r.top), round(r.bottom))):
        # (boxes side by side share their sides: each drawn twice)
        ticks = [next(same) for _, same in groupby(level, key=lambda r: round(r.x0))]
        run = ticks[:1]
        for tick in ticks[1:]:
            pitch = tick.x0 - run[-1].x0
            if 0 < pitch <= _WIDEST_BOX_PT and (len(run) < 2 or abs(pitch - (run[1].x0 - run[0].x0)) <= _SAME_PT):
                run.append(tick)
                continue
            rows += [_over_the_ticks(run)] if len(run) > _FEWEST_BOXES else []
            run = [tick]
        rows += [_over_the_ticks(run)] if len(run) > _FEWEST_BOXES else []
    return rows


def _over_the_ticks(run: list[Rule]) -> Box:
    """A comb's box from its ticks: the characters stand between them, above them where they
    are short (a base line's), as high as two boxes are wide."""
    pitch = run[1].x0 - run[0].x0
    return run[0].x0, min(run[0].top, run[0].bottom - 2 * pitch), run[-1].x1, run[0].bottom


def _holds_characters(comb: Box, words: list[Word]) -> bool:
    """Does the row hold characters one to a box: at least one, none of them a word?"""
    held = [w for w in words if _in_comb(w, comb)]
    return bool(held) and all(len(w.text) == 1 or set(w.text) <= _MARKS for w in held)


def _in_comb(word: Word, comb: Box) -> bool:
    x0, top, x1, bottom = comb
    middle = (word.top + word.bottom) / 2
    if not top <= middle <= bottom:
        return False
    # (a footnote's mark right after the last box is the value's)
    return x0 <= word.middle <= x1 or (set(word.text) <= _MARKS and 0 <= word.x0 - x1 <= word.size)


def _spanned(boxes: list[Box]) -> Box:
    return boxes[0][0], min(b[1] for b in boxes), boxes[-1][2], max(b[3] for b in boxes)


def _within(inner: Box, outer: Box) -> bool:
    return inner[0] >= outer[0] - 0.5 and inner[1] >= outer[1] - 0.5 and inner[2] <= outer[2] + 0.5 \
        and inner[3] <= outer[3] + 0.5
