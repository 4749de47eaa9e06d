"""Money as Dutch proposals write it, in one place.

``parse_cell`` reads the whole text of a table cell; ``find_amounts`` finds the amounts in
running prose. Both return :class:`~regio.schema.Amount` values that keep the precision
the author wrote (``6,33 mln.`` is 6.330.000 ± 5.000). An :class:`Interval` is the range an
amount or a sum of amounts stands for, so that sums respect that precision (XBRL
Calculations 1.1, round-to-nearest): a check fails only when the parts' interval and the
total's do not overlap. ``euros`` writes an amount for a reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from regio.schema import Amount, CellKind

# Multiplier of each unit word, keyed by its lower-case spelling without the final dot.
_UNITS: dict[str, Decimal] = {
    "mln": Decimal(10) ** 6,
    "miljoen": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mld": Decimal(10) ** 9,
    "miljard": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "k": Decimal(10) ** 3,
    "duizend": Decimal(10) ** 3,
    "dzd": Decimal(10) ** 3,
}

# What a data tool prints for a value it has not got (pandas, R, a database's report): nothing written.
MISSING_FORMS = frozenset({"nan", "<na>", "n/a", "null", "leeg", "(leeg)"})
NIL_FORMS = frozenset({"-", ".-", ",-", "–", "—", "−", "--", "-,-", "-,--", "n.v.t.", "nvt", "n.v.t"})
# "p.m." (pro memorie): a budget line whose amount is not known yet.
PENDING_FORMS = frozenset({"p.m.", "p.m", "pm", "pro memorie"})
# What a cell of figures holds: an amount, a nil or an amount still to be set.
VALUE_KINDS = (CellKind.amount, CellKind.nil, CellKind.pending)
RAISED_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # how a small raised digit (a note mark) is written in the text
# A small raised letter after an amount (a table's note "a"), written as its modifier letter.
RAISED_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
# The marks that refer to a footnote: asterisks, daggers, raised digits and letters.
NOTE_MARKS = "*†‡" + RAISED_DIGITS[1:] + RAISED_LETTERS
_MARKS_RE = re.compile(rf"(\*+|[{RAISED_DIGITS}]+|[†‡]+|[{RAISED_LETTERS}])$")
# A note's number or letter typed after an amount: "7.500.000 1)", "(2)", "[3]", "a)".
_TYPED_MARK = r"\(?\d{1,2}\)|\[\d{1,2}\]|\(?[a-z]\)"
_TYPED_MARK_RE = re.compile(rf"\s({_TYPED_MARK})$")
TYPED_MARK = re.compile(_TYPED_MARK)
_CURRENCY = r"(?:€|EUR\b|euro\b)"
# A no-break, narrow no-break, thin or figure space between digit groups ("1 650 000"), as
# typesetters group thousands: kept in the text, it is part of the number.
GROUP_SPACES = "\u00a0\u202f\u2009\u2007"
_NUMBER = rf"\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?:[.,]\d+)?|\d[\d.,]*\d|\d"
UNIT = r"(?:(?:mln|mio|mld|dzd)\b\.?|(?:miljoen|miljard|duizend|bn|m|k)\b)"
_MINUS = "-−–"

def _amount_pattern(prefix: str = "") -> str:
    """One amount: sign, currency, number, unit and trailing currency word, in the orders
    people write them ("€ 92,3 mln.", "-500.000", "(500.000)", "5 miljoen euro", "€6.6m",
    "€ 50,-", "k€ 1.650"). Group names carry ``prefix`` so that two amounts fit in one pattern."""
    g = prefix
    return rf"""
    (?P<{g}open>\()?
    (?P<{g}sign>[{_MINUS}]\s?)?
    (?<!\w)(?P<{g}pre>[kKM](?={_CURRENCY}))?
    (?P<{g}cur1>{_CURRENCY}\s*)?
    (?P<{g}sign2>[{_MINUS}]\s?)?
    (?P<{g}num>{_NUMBER})
    (?P<{g}nocents>[.,](?:-{{1,2}}|[–—=]))?  # Word turns "--" into "–"
    (?:\s*(?P<{g}unit>{UNIT}))?
    (?:\s*(?P<{g}cur2>{_CURRENCY}))?
    (?P<{g}close>\))?
    """


_RANGE_WORDS = r"\s*(?:tot|à|-|–)\s*"
_AMOUNT_RE = re.compile(_amount_pattern(), re.VERBOSE | re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(rf"^{_CURRENCY}\s*", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"\s*{_CURRENCY}$", re.IGNORECASE)
_RANGE_RE = re.compile(
    _amount_pattern("a_") + _RANGE_WORDS + _amount_pattern("b_"), re.VERBOSE | re.IGNORECASE
)


def too_long_numbers(text: str) -> list[str]:
    """The runs of figures in a text with more digits than any amount has: not amounts,
    and worth saying so where they stand."""
    return [run for run in _FIGURE_RUN.findall(text) if sum(ch.isdigit() for ch in run) > _MOST_DIGITS]


_FIGURE_RUN = re.compile(r"\d[\d.,]*")


def abbreviated(number: str) -> str:
    """A long run of figures as a message can show it: its ends and how many digits."""
    return number if len(number) <= 24 else f"{number[:10]}…{number[-10:]} ({sum(c.isdigit() for c in number)} digits)"


class AmountSyntaxError(ValueError):
    """The text is not an amount."""


@dataclass(frozen=True)
class ParsedCell:
    kind: CellKind
    amount: Amount | None = None
    marks: tuple[str, ...] = ()


def split_marks(text: str) -> tuple[str, tuple[str, ...]]:
    """Separate trailing footnote marks (``*``, ``**``, ``¹``) from the text they follow."""
    text = text.strip()
    marks: list[str] = []
    while m := _MARKS_RE.search(text):
        if m.start() == 0 and not marks:
            break  # a cell that is only "*" is text, not a mark on nothing
        marks.insert(0, m.group(1))
        text = text[: m.start()].rstrip()
        if not text:
            break
    return text, tuple(marks)


_MOST_DIGITS = 18  # a quintillion euros: longer digit runs are codes or garbage, never amounts


def parse_number(digits: str, style: str | None = None) -> tuple[Decimal, int]:
    """Value and number of decimals written, for Dutch and unambiguous English notation;
    ``style="en"`` (decided for a whole table) reads commas as thousands and a dot as the
    decimal point throughout. More digits than any amount has are no number."""
    if sum(ch.isdigit() for ch in digits) > _MOST_DIGITS:
        raise AmountSyntaxError(f"{digits[:20]}... is too long to be an amount")
    digits = digits.translate(_WITHOUT_GROUP_SPACES)
    dots, commas = digits.count("."), digits.count(",")
    if style == "en" and not (dots and commas):
        if commas:
            if not _grouped(digits, ","):
                raise AmountSyntaxError(digits)
            return Decimal(digits.replace(",", "")), 0
        whole, _, frac = digits.partition(".")
        return _decimal(whole, frac) if frac else (Decimal(whole), 0)
    if dots and commas:
        # The separator that comes last is the decimal one: "1.650,50" / "1,650.50".
        decimal_sep = "," if digits.rfind(",") > digits.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        whole, frac = digits.rsplit(decimal_sep, 1)
        if not _grouped(whole, group_sep):
            raise AmountSyntaxError(digits)
        return _decimal(whole.replace(group_sep, ""), frac)
    sep = "." if dots else "," if commas else None
    if sep is None:
        return Decimal(digits), 0
    parts = digits.split(sep)
    if len(parts) > 2:
        if not _grouped(digits, sep):
            raise AmountSyntaxError(digits)
        return Decimal(digits.replace(sep, "")), 0
    whole, frac = parts
    if sep == "," :
        # Dutch decimal comma; only a comma before three digits with no unit would read
        # as English grouping, and Dutch writes that "1.650", so it stays a decimal.
        return _decimal(whole, frac)
    # A dot before exactly three digits groups thousands, as Dutch writes ("1.650",
    # "1.000 mln."); before one or two digits it is an English decimal point ("€6.6m",
    # "€6.75 mln.").
    if len(frac) == 3:
        return Decimal(whole + frac), 0
    return _decimal(whole, frac)


def _grouped(number: str, sep: str) -> bool:
    head, *groups = number.split(sep)
    return 1 <= len(head) <= 3 and all(len(g) == 3 for g in groups)


def _decimal(whole: str, frac: str) -> tuple[Decimal, int]:
    if not whole.isdigit() or not frac.isdigit():
        raise AmountSyntaxError(f"{whole}.{frac}")
    return Decimal(f"{whole}.{frac}"), len(frac)


def _amount_from_match(m: re.Match[str], prefix: str = "", inherited_unit: str | None = None,
                       style: str | None = None) -> Amount:
    g = lambda name: m.group(prefix + name)  # noqa: E731
    unit_text = g("unit") or g("pre") or inherited_unit
    number, decimals = parse_number(g("num"), style)
    multiplier = Decimal(1)
    unit = None
    if unit_text:
        unit = unit_text.strip()
        multiplier = _UNITS[unit.lower().rstrip(".")]
    value = number * multiplier
    precision = multiplier * Decimal(10) ** -decimals
    if g("sign") or g("sign2") or (g("open") and g("close")):
        value = -value
    return Amount(value=_normal(value), precision=_normal(precision), unit=unit)


def _normal(d: Decimal) -> Decimal:
    """Drop exponent noise so that 6.33E+6 prints as 6330000."""
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _range_from_match(m: re.Match[str]) -> Amount | None:
    high = _amount_from_match(m, "b_")
    inherited = None if m.group("a_unit") else high.unit
    low = _amount_from_match(m, "a_", inherited_unit=inherited)
    if low.value >= high.value or low.value < 0 or not (_is_money(m, "a_") or _is_money(m, "b_")):
        return None  # "2018-2021" or "5 - 3" is not a range of money
    return Amount(value=low.value, precision=max(low.precision, high.precision),
                  unit=high.unit, maximum=high.value)


def _balanced(m: re.Match[str], prefix: str = "") -> bool:
    return (m.group(prefix + "open") is None) == (m.group(prefix + "close") is None)


def parse_amount(text: str, style: str | None = None) -> Amount:
    """Parse text that is exactly one amount or one range; raise AmountSyntaxError if not.
    A minus written after the figure ("1.234-", as some bookkeeping prints) negates it, as
    do parentheses, inside a currency sign too ("€ (1.000,00)")."""
    text = _cell_text(text)
    if "(" in text and (bare := _CURRENCY_BEFORE.sub("", text)).startswith("("):
        text = bare
    if (m := _RANGE_RE.fullmatch(text)) and (amount := _range_from_match(m)):
        return amount
    trailing_minus = text[-1:] in _MINUS and len(text) > 1 and text[-2].isdigit()
    m = _AMOUNT_RE.fullmatch(text[:-1] if trailing_minus else text)
    if not m or not _balanced(m) or (trailing_minus and (m.group("sign") or m.group("sign2") or m.group("open"))):
        raise AmountSyntaxError(text)
    amount = _amount_from_match(m, style=style)
    return amount.model_copy(update={"value": -amount.value}) if trailing_minus else amount


_WITHOUT_GROUP_SPACES = str.maketrans(dict.fromkeys(GROUP_SPACES, ""))
# Digit groups a cell's words part at a space ("1 650 000" set with plain spaces, or read as
# words) are one number in a cell, where nothing else stands between them.
_SPACED_GROUP = re.compile(r"(?<!\d)\d{1,3}(?: \d{3})+(?!\d)")


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _cell_text(text: str) -> str:
    """A cell's text with its digit groups held together by a narrow no-break space."""
    text = _clean(text)
    return _SPACED_GROUP.sub(lambda m: m.group().replace(" ", "\u202f"), text) if " " in text else text


# A table's reading asks for a cell's text more than once, and a dossier repeats its amounts;
# the records share the one Amount read, which nothing changes after.
@lru_cache(maxsize=4096)
def parse_cell(text: str, style: str | None = None) -> ParsedCell:
    """Read a table cell: an amount, a nil dash, nothing, or other text, with its marks.
    ``style`` is the table's way of writing numbers ("en" or Dutch, see separator_style)."""
    body, marks = split_marks(_cell_text(text))
    if not body or body.lower() in MISSING_FORMS:
        return ParsedCell(CellKind.nil if marks and not body else CellKind.empty, marks=marks)
    bare = _CURRENCY_AFTER.sub("", _CURRENCY_BEFORE.sub("", body)).lower()
    if body.lower() in NIL_FORMS or bare in NIL_FORMS:
        return ParsedCell(CellKind.nil, marks=marks)  # "€ -" too (a spreadsheet's accounting format), "- €" (Belgian)
    if bare in PENDING_FORMS:
        return ParsedCell(CellKind.pending, marks=marks)
    candidate = body.rsplit("=", 1)[-1].strip() if "=" in body.rstrip("=") else body
    for text in filter(None, (candidate, misread_figures(candidate))):
        try:
            return ParsedCell(CellKind.amount, parse_amount(text, style), marks)
        except AmountSyntaxError:
            continue
    if not marks and (typed := _TYPED_MARK_RE.search(candidate)):
        try:
            return ParsedCell(CellKind.amount, parse_amount(candidate[:typed.start()], style), (typed.group(1),))
        except AmountSyntaxError:
            pass
    return ParsedCell(CellKind.text, marks=marks)


# What an OCR engine reads for a figure in an amount: the letter that looks like it.
_LOOKALIKES = str.maketrans("OoDlI|SB", "00011158")
_SUSPECT = frozenset("OoDlI|SB")
_UNIT_AFTER = re.compile(rf"\s*{UNIT}", re.IGNORECASE)
_CURRENCY_END = re.compile(rf"{_CURRENCY}\s*$", re.IGNORECASE)
_MISREAD_NUMBER = re.compile(r"(?<!\w)[\dOoDlI|SB]+(?:[.,] ?[\dOoDlI|SB]+)*(?!\w)")


def misread_figures(text: str) -> str | None:
    """The amount an OCR text layer misread, as printed: a letter where a figure stands
    ("1.65O.000", "l.650.000", "1.6S0.000") or a space after a group's dot ("1.650. 000"); None
    where the text has no such misreading. Only in a number with at least three figures to
    each such letter, or, marked as money by a unit after it or a currency sign before it
    ("O,5 mln.", "€ I0", "I mln."), as many (or one): words stay words ("ISO9001", "B2B")."""
    def repaired(m: re.Match[str]) -> str:
        token = m.group()
        figures = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() or ch == "|" for ch in token)
        money = _UNIT_AFTER.match(text, m.end()) is not None or _CURRENCY_END.search(text, 0, m.start()) is not None
        if letters > (max(figures, 1) if money else figures / 3) or (figures < 2 and not money):
            return token
        return token.replace(". ", ".").replace(", ", ",").translate(_LOOKALIKES)

    if not _SUSPECT.intersection(text) and ". " not in text and ", " not in text:
        return None  # nearly every cell: nothing there an OCR could have misread
    fixed = _MISREAD_NUMBER.sub(repaired, text)
    return fixed if fixed != text else None


@dataclass(frozen=True)
class FoundAmount:
    """An amount found in prose, with its character span."""

    amount: Amount
    start: int
    end: int
    text: str
    context: dict[str, str] = field(default_factory=dict)


# In prose only numbers with a currency or a unit word count as amounts: "3 jaar" and
# "2018" do not; a bare "m" or "k" counts only next to a currency ("20 m" is metres).
_PROSE_RE = re.compile(
    rf"(?P<range>{_amount_pattern('a_')}{_RANGE_WORDS}{_amount_pattern('b_')})|(?P<one>{_amount_pattern()})",
    re.VERBOSE | re.IGNORECASE,
)


def _is_money(m: re.Match[str], prefix: str) -> bool:
    currency = m.group(prefix + "cur1") or m.group(prefix + "cur2")
    unit = (m.group(prefix + "unit") or "").lower().rstrip(".")
    return bool(currency) or (bool(unit) and unit not in {"m", "k"})


@lru_cache(maxsize=4096)
def amounts_in(text: str) -> tuple[FoundAmount, ...]:
    """The amounts of a sentence, read once: several checks read the same sentences."""
    return tuple(find_amounts(text))


def find_amounts(text: str) -> Iterator[FoundAmount]:
    """Yield the euro amounts in running text, left to right."""
    for m in _PROSE_RE.finditer(text):
        amount = None
        if m.group("range"):
            try:
                amount = _range_from_match(m)
            except AmountSyntaxError:
                amount = None
        if amount is None:
            one = _AMOUNT_RE.match(text, m.start())
            if not one or not _is_money(one, "") :
                continue
            try:
                amount = _amount_from_match(one)
            except AmountSyntaxError:
                continue
            span_start, span_end = one.span()
        else:
            span_start, span_end = m.span()
        raw = text[span_start:span_end]
        # Prose uses parentheses for asides, not for negative amounts: "(UT €2 miljoen)".
        stripped = raw.strip().strip("()").strip()
        if raw.strip().startswith("(") and not m.group("range"):
            amount = amount.model_copy(update={"value": abs(amount.value)})
        start = span_start + raw.index(stripped)
        yield FoundAmount(amount=amount, start=start, end=start + len(stripped), text=stripped)


def format_euros(value: Decimal) -> str:
    """Dutch notation for a euro amount: 1650000 → "1.650.000", 1650.5 → "1.650,50"."""
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    frac = frac.rstrip("0")
    return f"{sign}{grouped},{frac.ljust(2, '0')}" if frac else f"{sign}{grouped}"


_SCALES = [
    (re.compile(r"x\s*(?:€|eur|euro|\$|£)?\s*1\s*(?:mld|miljard|bn|billion)\b|\bin\s+(?:miljarden|billions)\b"
                r"|\b(?:eur|€|\$|£)\s?(?:bn|mld)\b", re.I), Decimal(10) ** 9),
    (re.compile(r"x\s*(?:€|eur|euro|\$|£)?\s*1\s*(?:mln|mio|miljoen|million|m)\b|\bin\s+(?:miljoenen|millions)\b"
                r"|(?<!\w)(?:eur|€|\$|£)\s?(?:m|mln|mio)\b|\bin\s+(?:€|eur|euro)\s?(?:miljoen|mln|mio|1[.,\s]?000[.,\s]?000)\b|(?<!\w)M(?:€|EUR)|\(\s*(?:€|eur)?\s*(?:mln|mio)\.?\s*\)|(?:€|eur)\s?million|x\s*(?:€|eur|\$|£)?\s*1[.,\s]?000[.,\s]?000\b"
                r"|\(\s*(?:in\s+)?millions\s*\)", re.I),
     Decimal(10) ** 6),
    (re.compile(r"x\s*(?:€|eur|euro|\$|£)?\s*1[.,\s]?000\b(?![.,]\d)|\bin\s+(?:duizenden|thousands)\b|\(\s*(?:in\s+)?(?:thousands|duizenden)\s*\)"
                r"|(?:€|eur|\$|£)\s?'?000|(?<!\w)(?:eur|€|\$|£)\s?k\b|\('?000s?\)|(?<!\w)k\s?(?:€|eur\b)"
                r"|\bin\s+(?:€|eur|euro)\s?1[.,\s]?000\b(?![.,]\d)|\bin\s+duizend(?:en)?\s+euro", re.I), Decimal(1000)),
]
_PERCENT_UNIT = re.compile(r"\bin\s*%|\(%\)|\bpercent(?:age)?s?\b|\bprocent(?:en)?\b|^\s*%\s*$", re.I)


def stated_scale(text: str) -> tuple[Decimal | None, str | None]:
    """The multiplier a caption or header states for every amount of its table, and a unit
    it states instead ("%"): "bedragen x € 1.000" is 1000, "(in miljoenen euro)" and
    "EURm" a million, "$000's" a thousand, "in %" the unit %."""
    for pattern, factor in _SCALES:
        if pattern.search(text):
            return factor, None
    if _PERCENT_UNIT.search(text):
        return None, "%"
    return None, None


# A figure of a statistical table: "15 455" (grouped by spaces), "85.1%", "(1,234)", "-3.2",
# "1269 (19.9%)": a number with its percentage.
_ONE_FIGURE = r"[(\-−–+]?[€$£]?\s?(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?:[.,]\d+)?\s?[%‰)]?[*¹²³⁴⁵⁶⁷⁸⁹]*-?"
_FIGURE = re.compile(rf"^{_ONE_FIGURE}(?:\s?\({_ONE_FIGURE}\))?$")


def is_figure(text: str) -> bool:
    """A number as a table cell holds it: an amount, a dash, "p.m.", a count, a percentage."""
    return bool(_FIGURE.match(text.strip())) or parse_cell(text).kind in VALUE_KINDS


def is_sum_of_money(text: str) -> bool:
    """A sum of money beyond doubt: grouped in thousands, signed or in millions; not a year,
    a count or a telephone number's digits."""
    return is_figure(text) and _AMOUNT_MARK.search(text) is not None


_AMOUNT_MARK = re.compile(r"\d[.,\s]\d{3}(?!\d)|[€$£]|\bmln\b|\bmio\b", re.IGNORECASE)


# (a decimal of either may state its unit after it: "€ 2.25 mln.", "6,33 mln."; thousands
# grouped before it are either's decimals: "1.120 mln.")
_UNIT_STATED = r"(?:\s*(?:mln|mio|mld|mrd|miljoen|miljard|million|bn|k)\.?)?"
_EN_EVIDENCE = re.compile(rf"^[(\-−–]?[$£€]?\s?(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?\)?|\d+\.\d{{1,2}}\)?{_UNIT_STATED})$", re.I)
_NL_EVIDENCE = re.compile(rf"^[(\-−–]?€?\s?(?:\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?\)?|\d+,(?:\d{{1,2}}|-)\)?{_UNIT_STATED})$", re.I)


def separator_style(texts: Iterable[str]) -> str | None:
    """How a table writes its numbers, decided once for the whole table: "en" where its
    cells group thousands with commas or end in a decimal point with one or two digits
    ("1,880", "97.4") and none is written the Dutch way ("1.650.000", "6,33"); None (Dutch,
    the default) otherwise."""
    english = dutch = 0
    for text in texts:
        body = split_marks(_clean(text))[0]
        english += bool(_EN_EVIDENCE.match(body))
        dutch += bool(_NL_EVIDENCE.match(body))
    return "en" if english and not dutch else None


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


def euros(value: Decimal | None) -> str:
    return "—" if value is None else f"€ {format_euros(value)}"
