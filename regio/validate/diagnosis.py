"""What most likely happened when a sum is off: said only when the numbers show it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from regio.validate.findings import euros


@dataclass(frozen=True)
class Candidate:
    """An amount that could explain a difference, and what it is."""

    value: Decimal
    tolerance: Decimal
    what: str  # e.g. "the cell Connect Forward × privaat (7.500.000*)"
    kind: str  # "part", "excluded", "missing-total", "row"


def diagnose(stated: Decimal, computed: Decimal, tolerance: Decimal, candidates: list[Candidate]) -> str | None:
    """Explain ``stated - computed`` by one or two candidate amounts, a swap of two adjacent
    digits, or a factor 1.000; None when nothing fits."""
    difference = stated - computed
    if difference == 0:
        return None
    size = abs(difference)
    usable = [c for c in candidates if c.value != 0]
    for c in usable:
        if abs(size - abs(c.value)) <= tolerance + c.tolerance:
            return _explain([c], difference)
    pair = _pair(usable, size, tolerance)
    if pair:
        return _explain(pair, difference)
    if tolerance == 0:
        swapped = _transposition(stated, computed)
        if swapped:
            return swapped
    for big, small, which in ((stated, computed, "stated total"), (computed, stated, "sum of the parts")):
        if small and abs(big - small * 1000) <= tolerance * 1000 + 1:
            return f"the {which} is 1.000 times the other: a unit slip (euros written as thousands, or the reverse)"
    return None


_PAIRS_TRIED = 300  # beyond this many candidates every pair is too many (a 6.000-row table)


def _pair(usable: list[Candidate], size: Decimal, tolerance: Decimal) -> list[Candidate] | None:
    """Two candidates that make up the difference together. Every pair of a small table is
    tried, with the rounding of each; in a large one only pairs of exact amounts, found by
    looking up the complement, so that the work grows with the table, not with its square."""
    if len(usable) <= _PAIRS_TRIED:
        for a, b in combinations(usable, 2):
            if abs(size - abs(a.value + b.value)) <= tolerance + a.tolerance + b.tolerance:
                return [a, b]
        return None
    first: dict[Decimal, Candidate] = {}
    for c in usable:
        if c.tolerance:
            continue
        for target in (size, -size):
            match = first.get(target - c.value)
            if match is not None:
                return [match, c]
        first.setdefault(c.value, c)
    return None


def _explain(found: list[Candidate], difference: Decimal) -> str:
    what = " plus ".join(c.what for c in found)
    kinds = {c.kind for c in found}
    amount = euros(abs(difference))
    if kinds == {"excluded"}:
        return f"the difference ({amount}) equals {what}, which its footnote keeps outside the total"
    if "missing-total" in kinds or "excluded" in kinds:
        return f"the difference ({amount}) equals {what}"
    if difference > 0:
        return f"the difference ({amount}) equals {what}: the total probably counts it twice, or a part is missing from the table"
    return f"the difference ({amount}) equals {what}: the total probably leaves it out"


def _transposition(stated: Decimal, computed: Decimal) -> str | None:
    if (stated - computed) % 9 != 0:
        return None
    digits = str(int(abs(stated)))
    target = str(int(abs(computed)))
    if len(digits) != len(target):
        return None
    for i in range(len(digits) - 1):
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
        if swapped == target:
            return (f"two adjacent digits appear swapped: the parts add up to {target}, "
                    f"the total reads {digits} (a transposition; the difference is a multiple of 9)")
    return None
