"""Field labels: the names of a project's prose fields, however a document sets them.

A label may stand in a left column beside its text (a label | text grid), on its own line
above its text (in bold, upper case, small caps or colour), or at the start of its text
("Partijen: ..."). Which texts are labels comes from two sources: the vocabulary below
(the labels Regio Deal formats use, with their variants), and the document itself: a short
line set apart as a heading that recurs in several projects is a label too, whatever its
words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regio.extract.columns import normalise

if TYPE_CHECKING:
    from regio.extract.layout import Word

# The labels of the Regio Deal project format and the variants regions write for them; only
# words that do not open ordinary sentences or table rows (not "Kosten", "Project").
VOCABULARY = (
    "Naam Project", "Projectnaam", "Naam van het project",
    "Partijen", "Betrokken partijen", "Samenwerkingspartners", "Penvoerder",
    "Opgave", "Aanleiding", "Probleemstelling", "Opgave en aanleiding",
    "Voorgestelde aanpak", "Aanpak",
    "Resultaten", "Beoogde resultaten", "Verwachte resultaten",
    "Inzet en co-financiering", "Inzet en cofinanciering", "Cofinanciering", "Co-financiering",
    "Kosten en financiering", "Financiële onderbouwing", "Financiering", "Begroting",
    "Planning", "Looptijd", "Doelstelling", "Doelstellingen", "Governance",
    "Structureel karakter", "Borging", "Structurele borging", "Verankering",
    # The template translated for partners across the border, its labels in English.
    "Project name", "Name of the project", "Partners", "Partners involved", "Parties involved", "Challenge",
    "Background", "Problem statement", "Approach", "Proposed approach", "Results", "Expected results",
    "Intended results", "Contribution and co-financing", "Co-financing", "Funding", "Costs and funding",
    "Structural character", "Continuity", "Safeguarding",
)
# Labels that are words the text uses too ("met regionale partners" wrapped, its last word on a
# line of its own): a label only where written with its capital.
_CAPITALISED = frozenset(("partners",))
# "(vervolg)", "– vervolg", "(continued)" after a label: the field goes on from a page before.
GOES_ON = re.compile(r"\s*(?:[(\[]\s*(?:vervolg|vervolgd|continued|cont\.)[^()\[\]]{0,40}[)\]]"
                     r"|[-–—]\s*(?:vervolg|continued))\s*$", re.I)
_MAX_LABEL_WORDS = 6
# A web page printed from a browser that writes every link's address in brackets after its
# text, as Bootstrap's print style does: "Leonardo (https://www.regiodeal.nl/projecten/leonardo)".
# The address is the link's, not the name's; broken over lines, it holds spaces.
_LINK_ADDRESS = re.compile(r"\s*\((?:https?://|www\.|/\w[^()/]*/)[^()]*\)")  # (a site's own: "/projecten/...")


def without_link_address(name: str) -> str:
    """A name (a title, a theme, a row's label) without the link addresses printed after it."""
    return _LINK_ADDRESS.sub("", name).strip() or name

# A label with its translation after a slash, as a bilingual document sets it.
_TRANSLATION = re.compile(r"(?P<label>.+?)\s+/\s+(?P<translation>\S+(?:\s+\S+){0,5})")
# A heading's or a label's number: "3.", "2.1", "B.", "B2", "IV.", "Project 4:" (or "Project 4" in a
# cell of its own before the title's capital), "Aanvraag 9:", "Deel 2:",
# an agreement's "Artikel 3.", the code a register gives it ("Projectnr. RD-2018-001", "RD-2018-001"),
# or the bullet of a list whose items are the fields ("• Opgave: ..."), or a number in a circle ("② Partijen").
_CIRCLED = "\u2460-\u2473\u24f5-\u24fe\u2776-\u2793"  # ① to ⑳, ⓵ to ⓾, ❶ to ➓
_NUMBERING = re.compile(f"^(?:[•●▪■◦○►▸{_CIRCLED}]|"
                        r"\d{1,2}(?:\.\d{1,2})*\.?|(?:[IVX]{1,4}|[A-Z])(?:\.\d{1,2})+\.?|(?:[IVX]{1,4}|[A-Z])\.|[A-Z]\d{1,2}\.?"
                        r"|(?i:(?:deel)?project|deel|projectvoorstel|voorstel|aanvraag|onderdeel|maatregel|artikel)\s+\d{1,3}(?:\s*[:.\-–—]|(?=\s+[A-Z]))"
                        r"|(?:(?i:project(?:nr|nummer|code)|nr|nummer|kenmerk)\.?:?\s*)?[A-Z]{1,6}[-/]?\d{1,4}(?:[-/.]\d{1,4})+:?)"
                        r"\s+(?=\S)")


# A part's word and its number alone ("Hoofdstuk 3", "Project 1", "Deel II", "Artikel 13."): a kicker
# over a theme or the back matter, or a column of its own before a contents entry's title; never a title.
PART_NUMBER = re.compile(r"(?i)(?:project|deel|hoofdstuk|thema|bijlage|onderdeel|aanvraag|voorstel|artikel|chapter|part)"
                         r"\s+(?:\d{1,3}|[IVX]{1,4}|[A-Z])\.?")


def is_bullet(text: str) -> bool:
    return text in _BULLET_GLYPHS


_BULLET_GLYPHS = frozenset("•●▪■◦○►▸")


def strip_numbering(text: str) -> str:
    """The text without its number, and without the word for what it heads after that
    ("2.3 Project: Leonardo")."""
    return _WHAT_IT_HEADS.sub("", _NUMBERING.sub("", text.strip(), count=1), count=1)


_WHAT_IT_HEADS = re.compile(r"^(?i:(?:deel)?project|projectvoorstel)\s*:\s+(?=\S)")


def is_numbering(word: str) -> bool:
    """A word that numbers what follows it ("2.", "3.1", "A.2")."""
    return strip_numbering(f"{word} x") == "x"


def squash(text: str) -> str:
    return re.sub(r"[\s\-/]", "", normalise(text, currency=True))


# The parts of a report after its projects: a glossary, a list of abbreviations, a colophon,
# the signatures, the sources.
_BACK_MATTER = frozenset(squash(part) for part in (
    "Begrippenlijst", "Begrippen", "Woordenlijst", "Verklarende woordenlijst", "Afkortingen", "Afkortingenlijst",
    "Lijst van afkortingen", "Colofon", "Ondertekening", "Handtekeningen", "Literatuur", "Literatuurlijst",
    "Bronnen", "Bronvermelding", "Register", "Trefwoordenregister", "Glossary", "Colophon", "Abbreviations",
    "Slotbepaling", "Slotbepalingen", "Slotartikel", "Ondertekening en slotbepalingen"))
# And before them: its preface, summary and introduction.
_FRONT_MATTER = frozenset(squash(part) for part in ("Voorwoord", "Inleiding", "Samenvatting", "Managementsamenvatting",
                                                    "Leeswijzer", "Preface", "Introduction"))


def is_back_matter(text: str) -> bool:
    return _part_named(text) in _BACK_MATTER


def is_report_part(text: str) -> bool:
    """Does the heading name a part of the report itself, before or after its projects?"""
    return is_back_matter(text) or _part_named(text) in _FRONT_MATTER


def _part_named(text: str) -> str:
    """What a heading names, without its number ("Hoofdstuk 6. Slotbepalingen"), squashed."""
    text = strip_numbering(text)
    part = PART_NUMBER.match(text)
    return squash((text[part.end():] if part else text).strip(" .:"))


@dataclass
class Labels:
    """The field labels of one document: the vocabulary plus the labels it was found to use."""

    found: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._squashed = {squash(label) for label in (*VOCABULARY, *self.found)} - _CAPITALISED
        self._prefixes = {s[:k] for s in self._squashed for k in range(4, len(s) + 1)}
        # A form that asks its fields as questions asks those of one project alone so too.
        self.asked = any(map(asks, self.found))

    def match(self, text: str) -> str | None:
        """The label a text starts with, word for word ("Opgaven/..." is not "Opgave"), as
        written there."""
        words = strip_numbering(text).split()  # a numbered label ("2. Partijen") is the label
        for k in range(min(len(words), _MAX_LABEL_WORDS), 0, -1):
            head = " ".join(words[:k]).rstrip(":")
            if self._known(head):
                return head
        return None

    def _known(self, text: str) -> bool:
        squashed = squash(text)
        return squashed in self._squashed or (squashed in _CAPITALISED and text[:1].isupper())

    def whole(self, text: str) -> bool:
        """Is the text a label and nothing else (a label heading, "OPGAVE", "Partijen:", a
        question where the document asks its fields), its translation after it or not
        ("Opgave / Challenge")?"""
        text = strip_numbering(text).rstrip(":")
        translated = _TRANSLATION.fullmatch(text)
        return bool(text) and (self._known(text) or (self.asked and asks(text))
                               or (translated is not None and self._known(translated["label"])))

    def prefix(self, text: str) -> bool:
        """Could the text be the start of a label broken over lines ("Inzet en co-")?"""
        squashed = squash(text)
        return len(squashed) >= 4 and squashed in self._prefixes


_NUMBER_CHARS = 6  # "2.2", "B.12", "IV.": a question's number is short


def numbered_label(segments: list[list[Word]]) -> list[list[Word]]:
    """A line's parts with a form's number of its question, set in a column of its own,
    taken with the label after it ("2.2 | Betrokken partijen | ...")."""
    if len(segments) > 2 and len(segments[0]) == 1 and len(segments[0][0].text) <= _NUMBER_CHARS \
            and is_numbering(segments[0][0].text):
        return [[*segments[0], *segments[1]], *segments[2:]]
    return segments


def asks(text: str) -> bool:
    """A heading that asks for the field, as an application form does ("3. Welke opgave pakt
    het project aan?"): a label, however long."""
    return text.rstrip().endswith("?") and len(text.split()) <= _MAX_QUESTION_WORDS


_MAX_QUESTION_WORDS = 16


def discover(candidates: list[str], projects_hint: int) -> set[str]:
    """Texts set apart as short headings that recur: labels the vocabulary does not know.

    A heading that comes back in at least two places (and, when the document has several
    projects, in at least a third of them) is a label of the document's own format.
    """
    # Numbered labels count as one whatever their number ("2. Partijen", "3. Partijen").
    candidates = [strip_numbering(text) for text in candidates]
    counts = Counter(squash(text) for text in candidates)
    needed = max(2, projects_hint // 3)
    by_squash = {squash(text): text.rstrip(":") for text in candidates}
    return {by_squash[s] for s, n in counts.items() if n >= needed and s and not s.isdigit()}


def names_a_field(text: str) -> bool:
    """Is the text a label of the vocabulary, or its first line ("INZET EN CO-"), before
    any document's own are known? A label is capitalised: "resultaten" is a sentence's word."""
    return text[:1].isupper() and (_VOCABULARY.whole(text) or _VOCABULARY.prefix(text))


_VOCABULARY = Labels()
