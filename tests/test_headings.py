"""Headings: the numbers houses put before a title, and what is left of it."""

import pytest

from regio.extract.headings import strip_numbering


@pytest.mark.parametrize("text, title", [
    ("3.2 Skills Twente", "Skills Twente"), ("A.1 Advanced Manufacturing Program", "Advanced Manufacturing Program"),
    ("IV. Circulair Textiel", "Circulair Textiel"), ("B. Arbeidsmarkt & Talent", "Arbeidsmarkt & Talent"),
    ("Project 4: Leonardo", "Leonardo"), ("Deelproject 2 - Zorgtalent", "Zorgtalent"),
    ("11 Circulair Textiel", "Circulair Textiel"),
    # no numbering: a word that happens to be a letter or a numeral stays
    ("A Roadmap for Twente", "A Roadmap for Twente"), ("I Amsterdam", "I Amsterdam"), ("Leonardo", "Leonardo"),
])
def test_numbering_before_a_title(text, title):
    assert strip_numbering(text) == title
