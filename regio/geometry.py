"""Boxes on a page as (x0, top, x1, bottom), in points from the top-left corner."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, Protocol

Box = tuple[float, float, float, float]


class Boxed(Protocol):
    @property
    def x0(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def bottom(self) -> float: ...


class Area(NamedTuple):
    """A box with its sides named, where a word or a line is expected: a table's place."""

    x0: float
    top: float
    x1: float
    bottom: float


def rounded(box: Iterable[float]) -> Box:
    """A box to the hundredth of a point, as provenance records it."""
    x0, top, x1, bottom = (round(v, 2) for v in box)
    return x0, top, x1, bottom


def union(items: Iterable[Boxed]) -> Box:
    """The smallest box around words, lines or other boxed things (at least one)."""
    things = list(items)
    return (min(t.x0 for t in things), min(t.top for t in things),
            max(t.x1 for t in things), max(t.bottom for t in things))


def centred_in(item: Boxed, boxes: Iterable[Box]) -> bool:
    """Does the middle of a word or line fall inside one of the boxes?"""
    x, y = (item.x0 + item.x1) / 2, (item.top + item.bottom) / 2
    return any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for box in boxes)


def around(boxes: Iterable[Box]) -> Box:
    """The smallest box around boxes (at least one)."""
    x0s, tops, x1s, bottoms = zip(*boxes)
    return min(x0s), min(tops), max(x1s), max(bottoms)
