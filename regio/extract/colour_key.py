"""Columns a table names by colour alone, as an infographic draws them: a swatch heads each
column, and a key ("■ Rijk  ■ Provincie") sets the name of each colour beside a swatch of
it, over the table or in the text before it."""

from __future__ import annotations

from regio.extract.layout import Fill, Line, PageLayout, Word, join_words

# Swatches of one colour have one luminance; two colours a key tells apart differ by more.
_SAME_SHADE = 0.005


def key_of(words: list[Word], fills: list[Fill]) -> dict[float, str] | None:
    """What each colour names in the key the words set, left to right: two or more entries,
    each a swatch about the type's size right before its words; None where a word follows
    no swatch's entry (a line of text, not a key)."""
    entries: list[tuple[float, list[Word]]] = []
    for word in sorted(words, key=lambda w: w.x0):
        swatch = next((f for f in fills if _swatch_before(f, word)), None)
        if swatch is not None:
            entries.append((swatch.shade, [word]))
        elif entries:
            entries[-1][1].append(word)
        else:
            return None
    return {shade: join_words(words) for shade, words in entries} if len(entries) >= 2 else None


def _swatch_before(fill: Fill, word: Word) -> bool:
    width, height = fill.x1 - fill.x0, fill.bottom - fill.top
    return 0.3 * word.size <= height <= 1.5 * word.size and 0.5 * height <= width <= 2 * height \
        and 0 <= word.x0 - fill.x1 <= word.size \
        and abs((fill.top + fill.bottom) / 2 - (word.top + word.bottom) / 2) <= 0.5 * word.size


def nearest_key(lines: list[Line], layouts: dict[int, PageLayout]) -> tuple[list[Line], dict[float, str]] | None:
    """The first level of the lines (nearest the table first) that sets a key, its lines (a
    key's entries may stand apart as far as the page's columns), and the key."""
    levels: list[list[Line]] = []
    for line in lines:
        level = next((lv for lv in levels if lv[0].page == line.page and abs(lv[0].top - line.top) < 0.5 * line.size), None)
        if level is None:
            levels.append([line])
        else:
            level.append(line)
    for level in levels:
        layout = layouts[level[0].page]
        if not layout.fills:
            continue  # (no swatch on the page: no key)
        # (the whole level of the page: entries set apart may be read as its columns' or margin's)
        words = [w for ln in [*layout.lines, *layout.margin] if abs(ln.top - level[0].top) < 0.5 * ln.size for w in ln.words]
        if (key := key_of(words or [w for ln in level for w in ln.words], layout.fills)) is not None:
            return level, key
    return None


def named(shade: float, key: dict[float, str]) -> str | None:
    """The name the key gives the colour, where one entry alone has it."""
    names = [name for colour, name in key.items() if abs(colour - shade) <= _SAME_SHADE]
    return names[0] if len(names) == 1 else None


def swatch_over(layout: PageLayout, x0: float, x1: float, top: float, bottom: float, size: float) -> Fill | None:
    """A swatch heading a column: a small fill no word stands in, centred in the column's span
    between ``top`` and ``bottom``."""
    inked = [w for ln in layout.lines if top <= ln.top and ln.bottom <= bottom for w in ln.words]
    return next((f for f in layout.fills if x0 <= (f.x0 + f.x1) / 2 <= x1 and top <= f.top and f.bottom <= bottom
                 and f.bottom - f.top <= 1.5 * size and f.x1 - f.x0 <= x1 - x0
                 and not any(f.x0 <= w.middle <= f.x1 and f.top <= (w.top + w.bottom) / 2 <= f.bottom for w in inked)),
                None)
