"""Every layout tolerance of the extraction in one frozen object, each named with its unit.

``_pt`` values are PDF points; ``_em`` values are multiples of the font size of the text
they are measured on (so they scale from 7 pt table type to 12 pt body text); ``_share``
values are fractions. Pass a changed copy (``dataclasses.replace(DEFAULT, ...)``) to
``extract``; the command line passes the configured column aliases the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    # Characters and words
    word_gap_pt: float = 2.0            # a wider gap between two characters separates words
    rule_thickness_pt: float = 2.0      # a filled box thinner than this is a drawn rule
    rule_min_length_pt: float = 4.0     # shorter strokes are glyph parts, not rules
    rule_join_pt: float = 1.5           # collinear rule pieces closer than this are one rule
    superscript_size_share: float = 0.8  # a digit this much smaller than the word it stands against, raised, is a mark
    small_caps_baseline_em: float = 0.15  # letters of two sizes, touching, this close to one baseline are one word
    small_caps_tracking_em: float = 0.12  # capitals of two sizes this close are one word, letter-spaced
    # Lines and cells
    cell_gap_em: float = 0.5            # a wider gap between words separates cells of a line
    column_gap_em: float = 1.2          # a gap this wide sets text apart in columns
    row_gap_em: float = 0.8             # a wider vertical gap between lines starts a new row or block
    table_line_gap_em: float = 1.5      # lines of one table are at most this far apart
    table_part_gap_em: float = 3.0      # ... and parts of it whose columns line up, this far
    caption_gap_em: float = 2.5         # a caption stands at most this far above or below its table
    wrap_gap_em: float = 1.0            # a cell's text wraps onto a line at most this far below
    row_padding_em: float = 0.25        # this much more space than between a cell's lines starts a row
    prose_column_share: float = 0.25    # a column of running text is at least this share of the page wide
    prose_column_em: float = 20.0       # ... or this many ems (a large page's columns are a smaller share)
    prose_cell_words: int = 6           # ... and holds at least this many words a cell
    flush_pt: float = 1.5               # lines whose edges differ less than this are set flush
    stretch_ratio: float = 2.5          # a justified line's widest gap is at most this many times its narrowest
    paragraph_gap_share: float = 1.4    # a line pitch this many times the usual starts a paragraph
    hyphenation_share: float = 0.03     # a document whose lines end this often in a broken word hyphenates
    label_pad_pt: float = 0.5           # the label column ends this far left of the text beside it
    label_gap_em: float = 0.9           # a wider gap sets a label apart from the text beside it
    label_size_share: float = 1.05      # a label on a line of its own in type this much larger stands apart
    header_spread_em: float = 1.5       # column labels of a table header stand at least this far apart,
    header_packed_em: float = 1.0       # ... or, four or more of them in a row, each at least this far from the next
    header_tight_em: float = 0.5        # ... or this far, where nothing but labels stands between them
    underline_gap_em: float = 0.8       # a rule at most this far under a header label underlines it
    table_margin_pt: float = 12.0       # how far a table's box reaches left of its leftmost text
    min_column_pt: float = 6.0          # vertical rules closer than this are a double border
    # Pages
    text_column_lines: int = 6          # two columns of text run at least this many lines side by side
    text_column_balance: float = 0.6    # ... and the narrower is at least this share of the wider
    gutter_em: float = 1.0              # ... with a gutter at least this wide between them
    across_value_em: float = 6.0        # words this far right of a gutter are a value of a row across it
    furniture_share: float = 0.5        # a line repeated on this share of the pages with a line there is furniture,
    furniture_min_share: float = 0.2    # ... when it stands on at least this share of all pages
    furniture_margin_share: float = 0.12  # ... when it stands in this top or bottom share of the page
    repeated_word_share: float = 0.8    # a word at the same place on this share of pages (a navigation column) is no content
    repeated_word_pages: int = 4        # ... and on at least this many pages
    # Headings
    heading_size_share: float = 1.15    # text this much larger than the body is a heading
    theme_size_share: float = 0.08      # a line over a title this much smaller or larger than the body is its theme
    theme_gap_em: float = 1.5           # ... when it stands at most this far above the title
    toc_theme_reach_em: float = 4.0     # a theme the contents name stands at most this far above its title
    other_type_pt: float = 0.5          # type this much larger or smaller is other type
    heading_overlap_em: float = 0.5     # lines of one heading may overlap this much
    body_size_share: float = 0.9        # text smaller than this share of the body is small print
    margin_note_size_share: float = 0.8  # a note in the margin is plain type at most this share of the body
    # Column labels the configuration adds (label -> funding-source key)
    aliases: tuple[tuple[str, str], ...] = field(default=())

    @property
    def alias_map(self) -> dict[str, str]:
        return dict(self.aliases)

    def furniture_margin(self, width: float, height: float) -> float:
        """How far from a page's top or foot its running header or footer stands: a share of
        the page, of a sheet's at most (a web page saved as one page thousands of points tall
        heads it as a sheet of A3 does), a sheet as tall as its width allows (a poster on A0
        is a sheet)."""
        return self.furniture_margin_share * min(height, max(_TALLEST_SHEET_PT, _TALLEST_SHEET_SHARE * width))


_TALLEST_SHEET_PT = 1191.0  # A3 upright
_TALLEST_SHEET_SHARE = 1.5  # an upright sheet of the A series is √2 as tall as it is wide


DEFAULT = Settings()
