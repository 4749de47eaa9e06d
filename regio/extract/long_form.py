"""A budget printed in long form, as a finance system or a pivot table's flat report prints
it: a line for each cost line and funding source ("Kostenpost | Financier | Bedrag"), the
cost line's label on its first line only, its total on a line of its own ("Totaal
Fieldlab"). Read back as the table it stands for: a row for each cost line, a column for
each source, a total's column where the lines give totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from regio.extract import columns as colmap
from regio.extract.layout import Line, join_words
from regio.money import is_figure

Span = tuple[float, float]


@dataclass
class LongRow:
    """A cost line as the long form gives it: its label, and the line of each source's amount
    (by the source's key)."""

    label: str
    amounts: dict[str, Line] = field(default_factory=dict)


@dataclass
class LongForm:
    """Where the amounts stand, the sources' keys and printed names in the order met (the
    total first), and the cost lines."""

    amounts: Span
    columns: dict[str, str]
    rows: list[LongRow]


def read_long_form(body: list[Line], label_col: Span, leaves: list[Span],
                   aliases: dict[str, str] | None = None) -> LongForm | None:
    """The cost lines of a body in long form: a column whose lines name funding sources, one
    kind of source on more than one line or the labels' column left empty beside most of
    them, and beside each an amount; None where the body is no such thing."""
    found = _source_and_amount_columns(body, leaves, aliases)
    if found is None:
        return None
    sources, amounts = found
    rows: list[LongRow] = []
    columns: dict[str, str] = {}
    after_a_total = False
    for line in body:
        label = join_words(line.words_between(-1e9, label_col[1]))
        named = join_words(line.words_between(*sources))
        meaning = colmap.source_of(named, aliases) if named else None
        amount = [w for w in line.words_between(*amounts) if is_figure(w.text) or w.text in _NILS]
        if meaning is not None:
            if not rows or (label and rows[-1].amounts):
                rows.append(LongRow(label))
            elif label:
                rows[-1].label = f"{rows[-1].label} {label}".strip()
            key = "totaal" if meaning.role == "total" else meaning.key
            rows[-1].amounts[key] = line
            columns.setdefault(key, "Totaal" if key == "totaal" else named)
            after_a_total = key == "totaal"
        elif amount and rows and colmap.normalise(label).startswith(_TOTAL):
            # The cost line's total on a line of its own; the table's total is the block "Totaal".
            rows[-1].amounts["totaal"] = line
            columns.setdefault("totaal", "Totaal")
            after_a_total = True
        elif label and rows and not amount and not after_a_total:
            rows[-1].label = f"{rows[-1].label} {label}"  # a cost line's label wrapped in its column
    if "totaal" in columns:
        columns = {"totaal": columns["totaal"], **columns}
    return LongForm(amounts, columns, rows)


def _source_and_amount_columns(body: list[Line], leaves: list[Span],
                               aliases: dict[str, str] | None) -> tuple[Span, Span] | None:
    """The column of the sources' names and the column of their amounts, where the body has
    them."""
    for k, leaf in enumerate(leaves):
        named = [(line, text) for line in body if (text := join_words(line.words_between(*leaf)))]
        keys = [m.key for _, text in named if (m := colmap.source_of(text, aliases)) and m.role == "source"]
        if len(set(keys)) < 2 or len(keys) < _MOSTLY * len(named):
            continue
        lines = [line for line, text in named if colmap.source_of(text, aliases)]
        # (a source named again for the next cost line, or the labels left empty beside the
        # sources of one: not a column of words that happen to name some)
        unlabelled = sum(not line.words_between(-1e9, leaf[0]) for line in lines)
        if len(keys) == len(set(keys)) and unlabelled < len(lines) / 2:
            continue
        for other in leaves[k + 1:]:
            with_amounts = sum(any(is_figure(w.text) or w.text in _NILS for w in line.words_between(*other)) for line in lines)
            if with_amounts >= _MOSTLY * len(lines):
                return leaf, other
    return None


_MOSTLY = 0.75
_NILS = frozenset({"-", "–", ".-", "0"})
_TOTAL = ("totaal", "total")
