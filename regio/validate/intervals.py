"""Sums of amounts that respect the precision each was written with (XBRL Calculations 1.1,
round-to-nearest): a check fails only when the parts' interval and the total's interval
do not overlap."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from regio.schema import Amount


@dataclass(frozen=True)
class Interval:
    low: Decimal
    high: Decimal
    value: Decimal  # the plain figure, as written or as summed

    @classmethod
    def of(cls, amount: Amount) -> Interval:
        return cls(amount.low, amount.high, amount.value)

    @classmethod
    def exact(cls, value: Decimal) -> Interval:
        return cls(value, value, value)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high, self.value + other.value)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low, self.value - other.value)

    def scaled(self, factor: Decimal) -> Interval:
        a, b = self.low * factor, self.high * factor
        return Interval(min(a, b), max(a, b), self.value * factor)

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    @property
    def bounds(self) -> tuple[Decimal, Decimal]:
        return (self.low, self.high)


ZERO = Interval.exact(Decimal(0))


def total(intervals: Iterable[Interval]) -> Interval:
    result = ZERO
    for interval in intervals:
        result = result + interval
    return result
