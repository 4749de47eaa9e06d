from decimal import Decimal as D

from regio.money import parse_amount
from regio.money import Interval, total


def iv(text):
    return Interval.of(parse_amount(text))


def test_touching_intervals_overlap():
    # 6,33 mln. is [6.325.000, 6.335.000]; parts summing to exactly 6.325.000 touch it.
    assert iv("6,33 mln.").overlaps(total([iv("5.750.000"), iv("575.000")]))
    assert not iv("6,33 mln.").overlaps(total([iv("5.750.000"), iv("574.999")]))


def test_precision_mix_of_millions_and_euros():
    # 64 mln. allows ± 500.000, so 63.500.000 written to the euro still agrees; 63.499.999 not.
    assert iv("64 mln.").overlaps(iv("63.500.000"))
    assert not iv("64 mln.").overlaps(iv("63.499.999"))
    parts = total([iv("36,5 mln."), iv("2 mln."), iv("4,75 mln."), iv("15 mln."), iv("575.000")])
    assert parts.value == D("58825000")
    assert parts.low == D("36450000") + D("1500000") + D("4745000") + D("14500000") + D("575000")


def test_exact_amounts_must_match_to_the_euro():
    assert not iv("1.650.000").overlaps(iv("1.650.001"))
    assert iv("1.650.000").overlaps(total([iv("1.250.000"), iv("400.000")]))


def test_subtraction_widens():
    diff = iv("92,3 mln.") - iv("14,1 mln.")
    assert (diff.low, diff.high) == (D("78100000"), D("78300000"))
