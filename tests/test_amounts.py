from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from regio.money import (
    AmountSyntaxError, find_amounts, format_euros, parse_amount, parse_cell, split_marks,
)
from regio.schema import CellKind

D = Decimal


@pytest.mark.parametrize(
    "text, value, precision, unit",
    [
        ("1.650.000", D(1650000), D(1), None),
        ("594.131", D(594131), D(1), None),
        ("6,33 mln.", D(6330000), D(10000), "mln."),
        ("43,8mln.", D(43800000), D(100000), "mln."),
        ("€ 92,3 mln.", D(92300000), D(100000), "mln."),
        ("1,120 mln.", D(1120000), D(1000), "mln."),
        ("€ 50.000", D(50000), D(1), None),
        ("5 miljoen", D(5000000), D(1000000), "miljoen"),
        ("49 mio", D(49000000), D(1000000), "mio"),
        ("64 mln.", D(64000000), D(1000000), "mln."),
        ("€6.75 mln.", D(6750000), D(10000), "mln."),
        ("€2mln.", D(2000000), D(1000000), "mln."),
        ("1,650,000", D(1650000), D(1), None),
        ("€6.6m", D(6600000), D(100000), "m"),
        ("€ 50,-", D(50), D(1), None),
        ("€ 1.650.000,--", D(1650000), D(1), None),  # no cents, written with two dashes
        ("€ 1.650.000,–", D(1650000), D(1), None),  # the two dashes as Word sets them
        ("1.650.000,—", D(1650000), D(1), None),
        ("1.650,50", D("1650.5"), D("0.01"), None),
        ("-500.000", D(-500000), D(1), None),
        ("−500.000", D(-500000), D(1), None),
        ("(500.000)", D(-500000), D(1), None),
        ("€ -2,5 mln.", D(-2500000), D(100000), "mln."),
        ("0", D(0), D(1), None),
    ],
)
def test_parse_amount(text, value, precision, unit):
    amount = parse_amount(text)
    assert (amount.value, amount.precision, amount.unit) == (value, precision, unit)
    assert amount.maximum is None


def test_precision_gives_the_interval_the_author_wrote():
    assert (parse_amount("6,33 mln.").low, parse_amount("6,33 mln.").high) == (D(6325000), D(6335000))
    assert (parse_amount("64 mln.").low, parse_amount("64 mln.").high) == (D(63500000), D(64500000))
    exact = parse_amount("1.650.000")
    assert exact.exact and exact.low == exact.high == D(1650000)


def test_range_takes_the_unit_of_its_upper_end():
    amount = parse_amount("€12 tot €15 miljoen")
    assert (amount.value, amount.maximum, amount.unit) == (D(12000000), D(15000000), "miljoen")
    assert (amount.low, amount.high) == (D(11500000), D(15500000))


@pytest.mark.parametrize("text", ["Gem.", "Prov.", "2018-2021", "1.65.000", "12,345,67", "abc", "€", "mln."])
def test_not_an_amount(text):
    with pytest.raises(AmountSyntaxError):
        parse_amount(text)


@pytest.mark.parametrize(
    "text, kind, value, marks",
    [
        ("-", CellKind.nil, None, ()),
        (".-", CellKind.nil, None, ()),
        ("–", CellKind.nil, None, ()),
        ("", CellKind.empty, None, ()),
        ("   ", CellKind.empty, None, ()),
        ("0", CellKind.amount, D(0), ()),
        ("-*", CellKind.nil, None, ("*",)),
        ("7.500.000*", CellKind.amount, D(7500000), ("*",)),
        ("80.000**", CellKind.amount, D(80000), ("**",)),
        ("1.000.000¹", CellKind.amount, D(1000000), ("¹",)),
        ("Gem.", CellKind.text, None, ()),
        ("€ 75.000 per broedplaats = € 750.000", CellKind.amount, D(750000), ()),
        # A spreadsheet's accounting format: the sign flush left, a nil or a negative in parentheses.
        ("€ -", CellKind.nil, None, ()),
        ("€ -,-", CellKind.nil, None, ()),  # no euros and no cents
        ("-,--", CellKind.nil, None, ()),
        ("€ -*", CellKind.nil, None, ("*",)),
        ("€ 1.650.000,00", CellKind.amount, D(1650000), ()),
        ("€ (1.000,00)", CellKind.amount, D(-1000), ()),
        ("€", CellKind.text, None, ()),
        # The sign after the amount, as Belgian and German writers set it; a nil too.
        ("- €", CellKind.nil, None, ()),
        ("- €*", CellKind.nil, None, ("*",)),
        ("2.000.000,00 €", CellKind.amount, D(2000000), ()),
        ("(leeg)", CellKind.empty, None, ()),  # a cell said empty, in a table written out as lists
        ("€ 50.000,=", CellKind.amount, D(50000), ()),  # no cents, the older way
        ("k€ 1.650", CellKind.amount, D(1650000), ()),  # the unit before the sign
        ("M€ 1,65", CellKind.amount, D(1650000), ()),
        # A note's number or letter typed after the amount.
        ("7.500.000 1)", CellKind.amount, D(7500000), ("1)",)),
        ("€ 7.500.000 (2)", CellKind.amount, D(7500000), ("(2)",)),
        ("7.500.000 [3]", CellKind.amount, D(7500000), ("[3]",)),
        ("80.000 a)", CellKind.amount, D(80000), ("a)",)),
        ("Fase 2 (1)", CellKind.text, None, ()),  # words with a number are no amount with a mark
        ("(50)", CellKind.amount, D(-50), ()),
        ("p.m.", CellKind.pending, None, ()),  # pro memorie: not set yet, no nil
        ("€ PM", CellKind.pending, None, ()),
        # What a data tool prints for a value it has not got: nothing written, no nil.
        ("NaN", CellKind.empty, None, ()),
        ("<NA>", CellKind.empty, None, ()),
    ],
)
def test_parse_cell(text, kind, value, marks):
    cell = parse_cell(text)
    assert cell.kind == kind
    assert (cell.amount.value if cell.amount else None) == value
    assert cell.marks == marks


def test_nil_is_not_zero():
    assert parse_cell("-").kind != parse_cell("0").kind


def test_split_marks_keeps_a_lone_star_as_text():
    assert split_marks("*") == ("*", ())
    assert split_marks("500.000 *") == ("500.000", ("*",))


def test_find_amounts_in_prose():
    text = ("De totale projectomvang is € 92,3 miljoen over 3 jaar (2018-2021). "
            "LIFE investeert 49 mio. Een omvang van miljoen euro. Kosten €12 tot €15 miljoen.")
    found = list(find_amounts(text))
    assert [f.text for f in found] == ["€ 92,3 miljoen", "49 mio.", "€12 tot €15 miljoen"]
    assert [f.amount.value for f in found] == [D(92300000), D(49000000), D(12000000)]
    assert all(text[f.start:f.end] == f.text for f in found)


def test_prose_parentheses_are_asides_not_negatives():
    (found,) = find_amounts("het onderwijs (UT €2 miljoen, door inbreng)")
    assert found.amount.value == D(2000000)


def test_bare_m_in_prose_needs_a_currency():
    assert [f.text for f in find_amounts("een kade van 20 m en €6.6m")] == ["€6.6m"]


@pytest.mark.parametrize("value, text", [(D(1650000), "1.650.000"), (D(-5), "-5"), (D("1650.5"), "1.650,50"), (D(0), "0")])
def test_format_euros(value, text):
    assert format_euros(value) == text


euros = st.integers(min_value=-10**12, max_value=10**12)


@given(euros)
def test_plain_euros_round_trip(value):
    amount = parse_amount(format_euros(D(value)))
    assert amount.value == value and amount.exact


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=3),
       st.sampled_from(["mln.", "mln", "miljoen", "mio"]), st.sampled_from(["", "€ ", "€"]),
       st.booleans())
def test_millions_round_trip(scaled, decimals, unit, currency, space):
    # scaled / 10**decimals million, written with exactly `decimals` decimals
    whole, frac = divmod(scaled, 10**decimals)
    number = f"{whole:,}".replace(",", ".") + (f",{frac:0{decimals}d}" if decimals else "")
    text = f"{currency}{number}{' ' if space else ''}{unit}"
    amount = parse_amount(text)
    assert amount.value == D(scaled) * 10**6 / 10**decimals
    assert amount.precision == D(10) ** (6 - decimals)
    assert amount.unit == unit


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["*", "**", "¹", "²"]))
def test_marks_round_trip(value, mark):
    cell = parse_cell(format_euros(D(value)) + mark)
    assert cell.kind == CellKind.amount and cell.amount.value == value and cell.marks == (mark,)


@pytest.mark.parametrize("text, value, marks", [
    ("1\u202f650\u202f000", D(1650000), ()),         # a narrow no-break space groups the thousands
    ("2\u00a0000\u00a0000*", D(2000000), ("*",)),     # a no-break space, a footnote mark after it
    ("€ 1 650 000,50", D("1650000.50"), ()),          # plain spaces: the cell's words, read one by one
    ("12 345", D(12345), ()),
])
def test_a_cell_grouped_by_spaces_is_one_amount(text, value, marks):
    parsed = parse_cell(text)
    assert (parsed.kind, parsed.amount.value, parsed.marks) == (CellKind.amount, value, marks)


@pytest.mark.parametrize("text", ["2019 200", "1 2345", "1 650 000 2 000", "Fase 2 100 000"])
def test_figures_beside_each_other_are_no_grouped_amount(text):
    assert parse_cell(text).kind == CellKind.text


def test_prose_holds_an_amount_grouped_by_no_break_spaces_together():
    found = find_amounts("De gemeente draagt € 1\u202f650\u202f000 bij.")
    assert [a.amount.value for a in found] == [D(1650000)]


@pytest.mark.parametrize("printed, value", [("1.65O.000", 1650000), ("l.650.000", 1650000), ("1.6S0.000", 1650000),
                                            ("B00.000", 800000), ("1.650. 000", 1650000), ("€ 2.0O0.000", 2000000)])
def test_figures_an_ocr_layer_misread_as_letters_are_read_as_figures(printed, value):
    cell = parse_cell(printed)
    assert cell.kind == CellKind.amount and cell.amount.value == D(value)


@pytest.mark.parametrize("printed, value", [("O,5 mln.", 500000), ("0,3I mln.", 310000), ("I0 mln.", 10000000),
                                            ("2,2S mln.", 2250000), ("I mln.", 1000000), ("€ I0", 10)])
def test_figures_misread_in_an_amount_marked_as_money_are_read_however_few(printed, value):
    """A unit after the number or a currency sign before it says it is money: a letter for a
    figure is misread there even where the figures around it are as few as the letters."""
    cell = parse_cell(printed)
    assert cell.kind == CellKind.amount and cell.amount.value == D(value)


@pytest.mark.parametrize("text", ["ISO9001", "B2B", "Oost", "S00", "Q4 2O24", "IS mln.", "SO mln.", "Bos mln.", "O,5"])
def test_words_with_figures_in_them_stay_words(text):
    assert parse_cell(text).kind == CellKind.text
