"""Column labels as authors write them, mapped to the funding sources they name."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

PUBLIEK = "publiek"


@dataclass(frozen=True)
class ColumnMeaning:
    key: str
    group: str | None = None
    role: Literal["total", "source", "subtotal"] = "source"


_MEANINGS = {
    "totaal": ColumnMeaning("totaal", role="total"),
    "privaat": ColumnMeaning("privaat"),
    "onderwijs": ColumnMeaning("onderwijs"),
    "gemeente": ColumnMeaning("gemeente", PUBLIEK),
    "provincie": ColumnMeaning("provincie", PUBLIEK),
    "overig_publiek": ColumnMeaning("overig_publiek", PUBLIEK),
    "rijk": ColumnMeaning("rijk"),
}

SOURCE_KEYS = frozenset(_MEANINGS)
# A row or column that adds up part of the table ("Subtotaal regio" beside the sources it sums).
SUBTOTAL_WORDS = ("subtotaal", "sub totaal", "subtotal", "sub-totaal", "sub-total")

# Spellings seen in proposals, after normalise(): lower case, no accents, no dots,
# currency words and parenthesised remarks dropped.
ALIASES: dict[str, str] = {
    "totaal": "totaal", "total": "totaal", "totale kosten": "totaal", "totaal kosten": "totaal",
    "privaat": "privaat", "private": "privaat", "bedrijfsleven": "privaat", "bedrijven": "privaat",
    "werkgevers": "privaat", "ondernemers": "privaat",
    "onderwijs": "onderwijs", "onderw": "onderwijs", "kennisinstellingen": "onderwijs",
    "gem": "gemeente", "gemeente": "gemeente", "gemeenten": "gemeente", "gemeentes": "gemeente",
    "prov": "provincie", "provincie": "provincie", "provincies": "provincie",
    "overig publiek": "overig_publiek", "overig": "overig_publiek", "overige publiek": "overig_publiek",
    "overige publieke partijen": "overig_publiek", "waterschap": "overig_publiek", "waterschappen": "overig_publiek",
    "rijk": "rijk", "rijksbijdrage": "rijk", "regio envelop": "rijk", "bijdrage rijk": "rijk",
    "prive": "privaat", "andere overheden": "overig_publiek", "andere overheid": "overig_publiek",  # Flemish
}
# A template translated for partners across the border (its amounts and text stay Dutch) heads
# its columns so. Only a whole label counts: English statistics tables head theirs "Other
# education", "Courses ordered by employers", none of them a source.
ENGLISH: dict[str, str] = {
    "total costs": "totaal", "private sector": "privaat", "private parties": "privaat", "business": "privaat",
    "companies": "privaat", "employers": "privaat", "education": "onderwijs", "educational institutions": "onderwijs",
    "knowledge institutions": "onderwijs", "municipality": "gemeente", "municipalities": "gemeente",
    "municipal": "gemeente", "province": "provincie", "provinces": "provincie", "provincial": "provincie",
    "other public": "overig_publiek", "other public parties": "overig_publiek", "water board": "overig_publiek",
    "national government": "rijk", "central government": "rijk", "national contribution": "rijk",
}
GROUPS = {"publiek": PUBLIEK, "publ": PUBLIEK, "publieke partijen": PUBLIEK, "overheden": PUBLIEK, "overheid": PUBLIEK}
# A house's own wording names a source by one of its words ("Private partijen", "Overige
# overheden") or by the first part of a compound ("Onderwijsinstellingen", "Rijksmiddelen").
# Adjectives count only beside another word: alone, "totale" or "overige" is ordinary Dutch.
_ADJECTIVES = {"totale": "totaal", "overige": "overig_publiek", "publieke": None}
_SENTENCE_WORDS = frozenset("de het een door wordt worden is zijn in op te met naar dat die om aan bij".split())
_COMPOUNDS = (("onderwijs", "onderwijs"), ("kennisinstelling", "onderwijs"), ("rijks", "rijk"),
              ("gemeente", "gemeente"), ("provincia", "provincie"), ("provincie", "provincie"),
              ("waterschap", "overig_publiek"), ("bedrijf", "privaat"))


@lru_cache(maxsize=65536)
def normalise(label: str, currency: bool = False) -> str:
    """The label as compared: accents, case, brackets and punctuation left out, and the
    currency a column label may name ("Totaal EUR") unless ``currency`` (a field's label
    that says "EUR" is no label)."""
    text = unicodedata.normalize("NFKD", label)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\(.*?\)|\(.*$", " ", text)
    if not currency:
        text = re.sub(r"\b(eur|euro)\b|€", " ", text)
    text = re.sub(r"[.:;,*]", " ", text)
    return " ".join(text.split())


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalise(label)).strip("_") or "column"


def plain_slug(label: str) -> str:
    """A key for a column of a table that is not an investment table: every word counts, but
    not the unit a system adds in brackets ("2024 (EUR)")."""
    return re.sub(r"[^a-z0-9]+", "_", _UNIT_IN_BRACKETS.sub(" ", label.casefold())).strip("_") or "column"


_UNIT_IN_BRACKETS = re.compile(r"\(\s*(?:in\s+|x\s*)?(?:€|eur|euro)\s*(?:1[.,]?000|mln\.?|miljoen)?\s*\)")


def lookup(label: str, extra_aliases: dict[str, str] | None = None) -> ColumnMeaning | None:
    """The funding source a column label names, tolerating small typos and words cut short
    ("Tot.", "Priv.", "Kennisinst."); None if unknown."""
    return _lookup(label, extra_aliases) if extra_aliases else _builtin_lookup(label)


@lru_cache(maxsize=65536)
def _builtin_lookup(label: str) -> ColumnMeaning | None:
    # Every word of every line is asked whether it is a column label: remember the answers.
    return _lookup(label, None)


def _lookup(label: str, extra_aliases: dict[str, str] | None) -> ColumnMeaning | None:
    if (flat := _FLATTENED.match(label)) and (group := group_of(flat["group"])):
        member = lookup(flat["member"], extra_aliases)
        return ColumnMeaning(member.key, group, member.role) if member else None
    norm = normalise(_ABBREVIATED.sub(_written_out, label) if "." in label else label)
    extra = {normalise(k): v for k, v in (extra_aliases or {}).items() if v in _MEANINGS}
    key = extra.get(norm)
    if key is None and extra and len(norm) >= 7:
        close = difflib.get_close_matches(norm, extra, n=1, cutoff=0.85)
        key = extra[close[0]] if close else None
    return _MEANINGS[key] if key else _builtin(norm) or _named_body(label)


def _named_body(label: str) -> ColumnMeaning | None:
    """A public body named for its place ("Provincie Kop van Noord-Holland", "Gemeente
    Súdwest-Fryslân"): the body's word, then a name, its words in capitals but for the
    particles a place's name may hold, none of them a column's ("Prov. Waterschap" are two)."""
    first, *name = label.split() or [""]
    key = ALIASES.get(normalise(first))
    if key not in _PUBLIC_BODIES or not name or not name[0][:1].isupper() \
            or not all(word[:1].isupper() or word in _NAME_PARTICLES for word in name) \
            or any(is_column_word(word) for word in name):
        return None
    return _MEANINGS[key]


_PUBLIC_BODIES = frozenset({"gemeente", "provincie", "overig_publiek"})
_NAME_PARTICLES = frozenset("van de den der aan op en".split())


# A group's member flattened into one label, as a web export or a card writes it:
# "Publiek – Provincie", "Publiek: Gem.", "Publiek > Rijk".
_FLATTENED = re.compile(r"^(?P<group>[^–—:›>]+?)\s*(?:[–—:›>]|\s-\s)\s*(?P<member>\S.*)$")

# A word cut short and marked so: two letters or more, then a full stop.
_ABBREVIATED = re.compile(r"\b([^\W\d_]{2,})\.(?=\s|$)")


def _written_out(match: re.Match[str]) -> str:
    return _shortest_starting(match[1].casefold()) or match[0]


@lru_cache(maxsize=4096)
def _shortest_starting(stem: str) -> str | None:
    """The shortest word of the column labels known that starts so ("tot" → "total")."""
    words = sorted({w for label in (*ALIASES, *GROUPS) for w in label.split() if w.startswith(stem)}, key=lambda w: (len(w), w))
    return words[0] if words else None


@lru_cache(maxsize=65536)
def _builtin(norm: str) -> ColumnMeaning | None:
    key = ALIASES.get(norm) or ENGLISH.get(norm)
    if key is None and len(norm) >= 7:  # short words ("onder", "totale") are ordinary Dutch
        close = difflib.get_close_matches(norm, ALIASES, n=1, cutoff=0.85)
        key = ALIASES[close[0]] if close else _by_words(norm)
    return _MEANINGS.get(key) if key else None


def _by_words(norm: str) -> str | None:
    """The one source the words of a label name, if they name exactly one."""
    words = re.split(r"[\s/\-]+", norm)
    if len(words) > 4 or _SENTENCE_WORDS.intersection(words):
        return None  # a phrase from running text ("door de provincie"), not a column label
    keys = set()
    for word in words:
        key = ALIASES.get(word) or (_ADJECTIVES.get(word) if len(words) > 1 else None) or next(
            (k for stem, k in _COMPOUNDS if word.startswith(stem) and len(word) >= len(stem) + 2), None)
        if key:
            keys.add(key)
    if len(keys) != 1:
        return None
    key = keys.pop()
    if key != "overig_publiek" and any(GROUPS.get(word) for word in words):
        return None  # "Totaal publiek", a group's subtotal; "Publiek" stacked over "Gem."
    return key


def _under_its_group(label: str, extra_aliases: dict[str, str] | None) -> tuple[ColumnMeaning, str | None] | None:
    """A group's label stacked over one member's in a column's header ("Publiek" over "Gem."),
    under the tiers over it too ("Regionale middelen" over "Publiek" over "Gem."): the member,
    in the nearest group. Not a group's total ("Publiek totaal"): that is no source."""
    words = normalise(label).split()
    for cut in range(1, len(words)):
        tiers = _tiers(words[:cut])
        member = lookup(" ".join(words[cut:]), extra_aliases) if tiers else None
        if member and member.role == "source":
            return member, next((GROUPS[t] for t in reversed(tiers) if t in GROUPS), None)
    return None


# What a header's tiers over the sources say of them as a whole: the region's money.
_OVER_SOURCES = frozenset({"regionale middelen", "regio", "cofinanciering", "regionale cofinanciering", "cofin", "financiering",
                           "bijdragen", "dekking"})


def _tiers(words: list[str]) -> list[str]:
    """The words as tiers of a header over sources, each a group or a name of them all
    (["regionale middelen", "publiek"]); [] where they are something else."""
    for cut in range(len(words), 0, -1):
        head = " ".join(words[:cut])
        if head in GROUPS or head in _OVER_SOURCES:
            rest = _tiers(words[cut:]) if cut < len(words) else []
            if cut == len(words) or rest:
                return [head, *rest]
    return []


def _named_under_tiers(label: str) -> str | None:
    """The key of a column a header names by a word for the region's money under tiers that
    name all the sources so ("Regionale middelen" or "Cofin. regio" over "Regio" alone): that
    word's, not the tiers' too."""
    words = normalise(label).split()
    for cut in range(len(words) - 1, 0, -1):
        rest = " ".join(words[cut:])
        if rest in _OVER_SOURCES and _tiers(words[:cut]):
            return slug(rest)
    return None


def source_of(label: str, extra_aliases: dict[str, str] | None = None) -> ColumnMeaning | None:
    """The funding source a column label names, alone or under its group's name ("Publiek
    Gem."); None if it names none."""
    found = lookup(label, extra_aliases)
    if found is None and (under := _under_its_group(label, extra_aliases)):
        found = under[0]
    return found


def group_of(label: str) -> str | None:
    """The group a spanning header names ("Publiek" over Gem. and Provincie), if any."""
    return GROUPS.get(normalise(label))


def leading_group(label: str) -> str | None:
    """The group a label's first words name, stacked over a member's ("Publieke partijen
    Gemeente", "Publiek Gem."), if any."""
    words = normalise(label).split()
    return next((GROUPS[head] for cut in range(1, len(words) + 1) if (head := " ".join(words[:cut])) in GROUPS), None)


def names_exactly(label: str, extra_aliases: dict[str, str] | None = None) -> bool:
    """Is the label one of the spellings known, as it stands (no typo, no word of a phrase)?"""
    norm = normalise(label)
    return norm in ALIASES or norm in ENGLISH or norm in GROUPS or any(normalise(k) == norm for k in extra_aliases or {})


def is_column_word(label: str, extra_aliases: dict[str, str] | None = None) -> bool:
    return lookup(label, extra_aliases) is not None or group_of(label) is not None


def meaning(label: str, group_label: str | None = None, index_in_group: int | None = None,
            extra_aliases: dict[str, str] | None = None) -> ColumnMeaning:
    """Key, group and role for a column, falling back to a slug of its label."""
    if normalise(label).startswith(SUBTOTAL_WORDS):
        return ColumnMeaning(slug(label), group_of(group_label) if group_label else None, role="subtotal")
    found = lookup(label, extra_aliases) if label else None
    if found is None and (adjective := _ADJECTIVES.get(normalise(label))):
        found = _MEANINGS[adjective]  # a funding table's header cut to fit its column ("Totale")
    group = group_of(group_label) if group_label else None
    if found is None and label:
        found, group = _under_its_group(label, extra_aliases) or (None, group)
    if found:
        return ColumnMeaning(found.key, group or found.group, found.role)
    if label and (named := _named_under_tiers(label)):
        return ColumnMeaning(named, group)
    if group:
        return ColumnMeaning(f"{group}_{index_in_group}" if index_in_group else group, group)
    return ColumnMeaning(slug(label or group_label or "column"))
