"""A budget written as sentences, as a memo writes one: a paragraph for each cost line, its
label, a colon and its total, then between parentheses the sources that pay it, each named
beside its amount ("Communicatie: € 5.762.000 (bedrijven € 12.000; gemeente € 4.750.000;
prov. -)"), or the parts alone where the line has no total ("Fieldlab: privaat: 1.750.000;
Rijk: 1.000.000").

``budget_sentences`` finds such paragraphs among lines; ``read_sentences`` turns them back
into the table they write: a row for each paragraph, the total's column first, then a column
for each source in the order the paragraphs first name them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from regio.extract import columns as colmap
from regio.extract.layout import Line, Word, cells_of, join_words
from regio.extract.tables import dedupe_keys, names_costs_or_funding, row_kind
from regio.geometry import rounded, union
from regio.money import is_figure, parse_cell
from regio.schema import Cell, CellKind, Column, Provenance, Row

# A currency sign at a line's end waits for its amount on the next.
_SIGNS = frozenset({"€", "EUR", "eur"})
# Words that write an amount besides its figures: the currency, the scale, a nil.
_AMOUNT_WORDS = frozenset({"€", "eur", "euro", "mln.", "mln", "miljoen", "mio", "mio.", "-", "–", "—", "nihil"})
# Words that join a sentence's parts without naming anything ("privaat € 1 mln. en Rijk € 1 mln.").
_JOINING = frozenset({"en", "and", "waarvan", "w.v.", "plus"})
# A cost line's label before its colon is a few words, not a sentence of the text.
_LABEL_WORDS = 12
# A line that names the budget under it is a few words, no sentence ("Begroting").
_NAME_WORDS = 5
# The most lines one paragraph may take before its parentheses close.
_MOST_LINES = 4
# The share of the parts that must name a known funding source.
_MOSTLY = 0.75

Pair = tuple[list[Word], list[Word]]


@dataclass
class _Sentence:
    lines: list[Line]
    label: list[Word]
    total: list[Word]
    parts: list[Pair]  # each source's name and its amount, as written

    def page_of(self, words: list[Word]) -> int:
        """The page of the words' line (found by place: a word may be one without its stop)."""
        return next((ln.page for ln in self.lines if any(w.x0 == words[0].x0 and w.top == words[0].top for w in ln.words)),
                    self.lines[0].page)


def budget_sentences(lines: list[Line], aliases: dict[str, str] | None = None,
                     heading: str | None = None) -> list[tuple[Line | None, list[Line]]]:
    """Each run of such paragraphs among the lines, with the line right over it that names
    it ("Begroting (in euro's)"), if any: two paragraphs or more, or one under a line that
    names a budget ("Begroting"), or first under such a ``heading`` (the label of the field
    the lines are the text of); one alone in the text is the text's."""
    runs: list[tuple[Line | None, list[Line]]] = []
    k = 0
    while k < len(lines):
        found = _sentences_from(lines, k)
        if not found:
            k += 1
            continue
        above = lines[k - 1] if k else None
        caption = above if above is not None and _captions(above) else None
        budget = caption is not None or (_names_a_budget(above.text) if above is not None and _alone(above)
                                         else not k and heading is not None and _names_a_budget(heading))
        if (len(found) >= 2 or budget) and _names_sources([pair for s in found for pair in s.parts], aliases):
            runs.append((caption, [ln for s in found for ln in s.lines]))
        k += sum(len(s.lines) for s in found)
    return runs


def _alone(line: Line) -> bool:
    """A line of one run of words, no figure: a caption, a heading."""
    return len(cells_of(line)) == 1 and not is_figure(line.text)


def _captions(line: Line) -> bool:
    from regio.extract.finder import is_caption

    return _alone(line) and (line.text.rstrip().endswith(":") or is_caption(line))


def _names_a_budget(text: str) -> bool:
    """A few words, no sentence, that name a budget ("Begroting", "Kosten en financiering")."""
    return len(text.split()) <= _NAME_WORDS and not text.rstrip().endswith(".") and names_costs_or_funding(text)


def read_sentences(lines: list[Line], aliases: dict[str, str] | None = None) -> tuple[list[Column], list[Row]]:
    """The table the paragraphs write (see budget_sentences); a source a paragraph does not
    name is an empty cell of its row."""
    found = _sentences_from(lines, 0)
    keyed = [_keyed(sentence, aliases) for sentence in found]
    named: dict[tuple[str, int], tuple[list[Word], _Sentence]] = {}
    order: list[tuple[str, int]] = []
    for sentence, keys in zip(found, keyed):
        before = -1
        for key, (name, _) in zip(keys, sentence.parts):
            if key not in named:
                # (a source a later paragraph names after one met before stands after that one)
                named[key] = (name, sentence)
                order.insert(before + 1, key)
            before = order.index(key)
    # (the total has no name: the column is there where a paragraph gives one)
    totals = any(sentence.total for sentence in found)
    cols = [Column(label="Totaal", key="totaal", role="total")] if totals else []
    members: dict[str, int] = {}
    for key in order:
        name, sentence = named[key]
        text = join_words(name)
        # (a group's name said for each of its members, "publiek -; publiek € 100.000": its first, its second)
        group = colmap.group_of(text)
        members[group or ""] = members.get(group or "", 0) + 1
        m = colmap.meaning("" if group else text, text if group else None, members[group] if group else None, aliases)
        cols.append(Column(label=text, key=m.key, group=m.group, role=m.role,
                           provenance=_provenance(sentence.page_of(name), name)))
    dedupe_keys(cols)
    rows = []
    for sentence, keys in zip(found, keyed):
        amounts = dict(zip(keys, (amount for _, amount in sentence.parts)))
        cells = ([_cell(sentence, sentence.total)] if totals else []) + [_cell(sentence, amounts.get(key, [])) for key in order]
        rows.append(Row(label=join_words(sentence.label), kind=row_kind(join_words(sentence.label)), cells=cells,
                        provenance=_provenance(sentence.lines[0].page, sentence.label)))
    return cols, rows


def _sentences_from(lines: list[Line], k: int) -> list[_Sentence]:
    """The paragraphs that follow one another from the k-th line on."""
    found: list[_Sentence] = []
    while k < len(lines) and (sentence := _sentence_at(lines, k)) is not None:
        found.append(sentence)
        k += len(sentence.lines)
    return found


def _sentence_at(lines: list[Line], k: int) -> _Sentence | None:
    """The paragraph opening at the k-th line: a label and its colon, then the total and the
    sources' parts in parentheses closing it, or the parts alone where there is no total
    ("Fieldlab: privaat: 1.750.000; Rijk: 1.000.000"); a full stop may end it. The label may
    hold a colon of its own ("Kwartiermaken: leerbedrijven werven: € 7.000.000 (...)")."""
    words = lines[k].words
    colons = [i for i, w in enumerate(words[:_LABEL_WORDS]) if w.text.endswith(":") and len(w.text) > 1 and i < len(words) - 1]
    return next((found for colon in colons if (found := _sentence_after(lines, k, colon)) is not None), None)


def _sentence_after(lines: list[Line], k: int, colon: int) -> _Sentence | None:
    """The paragraph opening at the k-th line, its label ending with its colon-th word."""
    first = lines[k]
    label = [*first.words[:colon], replace(first.words[colon], text=first.words[colon].text[:-1])]
    taken, words = [first], first.words[colon + 1:]
    while _goes_on(words) and len(taken) < _MOST_LINES and k + len(taken) < len(lines):
        taken.append(lines[k + len(taken)])
        words = words + taken[-1].words
    opening = next((i for i, w in enumerate(words) if w.text.startswith("(")), None)
    if _goes_on(words) or (opening is not None and (not opening or _is_text(words[:opening]))):
        return None
    total, inner = ([], words) if opening is None else \
        (words[:opening], [replace(words[opening], text=words[opening].text[1:]), *words[opening + 1:]])
    inner[-1] = replace(inner[-1], text=inner[-1].text.rstrip(".").removesuffix(")"))
    parts = _named_amounts([w for w in inner if w.text])
    return _Sentence(taken, label, total, parts) if parts else None


def _goes_on(words: list[Word]) -> bool:
    """Does the paragraph go on on the next line: its parentheses open, or where it has none,
    a part's name or sign waiting for its amount ("prov. €"), a part ended with its ";"
    waiting for the next?"""
    if any("(" in w.text for w in words):
        return sum(w.text.count("(") - w.text.count(")") for w in words) > 0
    last = words[-1].text
    return last.endswith((";", ",", ":")) or last in _SIGNS or not _amount_word(last.rstrip("."))


def _is_text(words: list[Word]) -> bool:
    return not words or parse_cell(join_words(words)).kind == CellKind.text


def _named_amounts(words: list[Word]) -> list[Pair] | None:
    """The words as names and amounts, each name beside its amount, before or after it as the
    first part sets them; None where they are anything else. A ";" or "," ends a part."""
    runs: list[tuple[bool, list[Word]]] = []
    parted = True
    texts = [w.text.rstrip(";,:") for w in words]
    for k, (word, text) in enumerate(zip(words, texts)):
        ahead = next((t for t in texts[k + 1:] if t), "")
        if not text or (text.lower() in _JOINING and (not runs or runs[-1][0] != _amount_word(ahead))):
            parted = parted or text != word.text
            continue
        is_amount = _amount_word(text)
        if parted or not runs or runs[-1][0] != is_amount:
            runs.append((is_amount, []))
        runs[-1][1].append(replace(word, text=text) if text != word.text else word)
        parted = text != word.text
    if len(runs) < 2 or len(runs) % 2 or any(a[0] == b[0] for a, b in zip(runs, runs[1:])):
        return None
    named_first = not runs[0][0]
    pairs = [(runs[i][1], runs[i + 1][1]) if named_first else (runs[i + 1][1], runs[i][1]) for i in range(0, len(runs), 2)]
    return None if any(_is_text(amount) for _, amount in pairs) else pairs


def _amount_word(text: str) -> bool:
    return is_figure(text) or text.lower() in _AMOUNT_WORDS or parse_cell(text).kind != CellKind.text


def _names_sources(parts: list[Pair], aliases: dict[str, str] | None) -> bool:
    """Do most of the parts name a funding source or a group of them, two sources or more
    among them?"""
    known = [m.key for name, _ in parts if (m := colmap.source_of(join_words(name), aliases)) and m.role == "source"]
    groups = sum(colmap.group_of(join_words(name)) is not None for name, _ in parts)
    return len(set(known)) >= 2 and len(known) + groups >= _MOSTLY * len(parts)


def _keyed(sentence: _Sentence, aliases: dict[str, str] | None) -> list[tuple[str, int]]:
    """Each part's source, and how often the paragraph has named it so far (a group's name
    said for each of its members)."""
    seen: dict[str, int] = {}
    keys = []
    for name, _ in sentence.parts:
        m = colmap.source_of(join_words(name), aliases)
        key = m.key if m else colmap.normalise(join_words(name))
        seen[key] = seen.get(key, 0) + 1
        keys.append((key, seen[key]))
    return keys


def _cell(sentence: _Sentence, words: list[Word]) -> Cell:
    if not words:
        return Cell(raw="", kind=CellKind.empty)
    raw = join_words(words)
    parsed = parse_cell(raw)
    return Cell(raw=raw, kind=parsed.kind, amount=parsed.amount, marks=list(parsed.marks),
                provenance=_provenance(sentence.page_of(words), words))


def _provenance(page: int, words: list[Word]) -> Provenance:
    return Provenance(page=page, bbox=rounded(union(words)))
