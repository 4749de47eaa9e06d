"""What most likely happened when a sum is off: said only when the numbers show it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from regio.money import euros
from regio.validate.findings import Phrase
from regio.validate.texts import Text

_UNIT_SLIP = Text("a unit slip (euros written as thousands, or the reverse)",
                  "een eenheidsfout (euro's als duizenden geschreven, of andersom)")
_EQUALS = Text("the difference ({amount}) equals {parts}", "het verschil ({amount}) is gelijk aan {parts}")

# Every cause a finding can give, and every amount that can take part in one.
CAUSES: dict[str, Text] = {
    "cell": Text("the cell {label} ({raw})", "de cel {label} ({raw})"),
    "missing-total": Text("the missing total of row '{row}' ({amount})", "het ontbrekende totaal van regel '{row}' ({amount})"),
    "footnoted": Text("the footnoted amount {raw} ({label})", "het bedrag met voetnoot {raw} ({label})"),
    "row-total": Text("the total of row '{row}'", "het totaal van regel '{row}'"),
    "equals": _EQUALS,
    "equals-excluded": Text(_EQUALS.en + ", which its footnote keeps outside the total",
                            _EQUALS.nl + ", dat de voetnoot buiten het totaal houdt"),
    "counted-twice": Text(_EQUALS.en + ": the total probably counts it twice, or a part is missing from the table",
                          _EQUALS.nl + ": het totaal telt het waarschijnlijk dubbel, of een deel ontbreekt in de tabel"),
    "left-out": Text(_EQUALS.en + ": the total probably leaves it out", _EQUALS.nl + ": het totaal laat het waarschijnlijk weg"),
    "transposition": Text("two adjacent digits appear swapped: the parts add up to {computed}, the total reads {stated} "
                          "(a transposition; the difference is a multiple of 9)",
                          "twee cijfers lijken verwisseld: de delen tellen op tot {computed}, het totaal luidt {stated} "
                          "(het verschil is een veelvoud van 9)"),
    "unit-slip-stated": Text("the stated total is 1.000 times the other: " + _UNIT_SLIP.en,
                             "het vermelde totaal is 1.000 keer het andere: " + _UNIT_SLIP.nl),
    "unit-slip-parts": Text("the sum of the parts is 1.000 times the other: " + _UNIT_SLIP.en,
                            "de som van de delen is 1.000 keer het totaal: " + _UNIT_SLIP.nl),
    "footnote-explains": Text("explained by footnote {notes}", "verklaard door voetnoot {notes}"),
    "footnote-contradicts": Text("the total contradicts its footnote {notes}",
                                 "het totaal spreekt de eigen voetnoot tegen: {notes}"),
    "number-lost": Text("the number was probably lost; the likely intended value is {amount}",
                        "het getal is waarschijnlijk weggevallen; bedoeld is waarschijnlijk {amount}"),
    "percent-ratio": Text("{amount} is {ratio}% of {base}", "{amount} is {ratio}% van {base}"),
    "extraction-warning": Text("extraction warning {code}", "waarschuwing bij het inlezen: {code}"),
}


def describe(cause: Phrase, lang: str) -> str:
    parts = " plus ".join(describe(p, lang) for p in cause.parts)
    return CAUSES[cause.key].render(lang, {**cause.params, "parts": parts})


@dataclass(frozen=True)
class Candidate:
    """An amount that could explain a difference, and what it is."""

    value: Decimal
    tolerance: Decimal
    what: Phrase  # e.g. the cell Connect Forward × privaat (7.500.000*)
    kind: str  # "part", "excluded", "missing-total", "row"


def diagnose(stated: Decimal, computed: Decimal, tolerance: Decimal, candidates: list[Candidate]) -> Phrase | None:
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
    for big, small, which in ((stated, computed, "unit-slip-stated"), (computed, stated, "unit-slip-parts")):
        if small and abs(big - small * 1000) <= tolerance * 1000 + 1:
            return Phrase(key=which)
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


def _explain(found: list[Candidate], difference: Decimal) -> Phrase:
    kinds = {c.kind for c in found}
    if kinds == {"excluded"}:
        key = "equals-excluded"
    elif "missing-total" in kinds or "excluded" in kinds:
        key = "equals"
    else:
        key = "counted-twice" if difference > 0 else "left-out"
    return Phrase(key=key, params={"amount": euros(abs(difference))}, parts=[c.what for c in found])


def _transposition(stated: Decimal, computed: Decimal) -> Phrase | None:
    if (stated - computed) % 9 != 0:
        return None
    digits = str(int(abs(stated)))
    target = str(int(abs(computed)))
    if len(digits) != len(target):
        return None
    for i in range(len(digits) - 1):
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
        if swapped == target:
            return Phrase(key="transposition", params={"computed": target, "stated": digits})
    return None
