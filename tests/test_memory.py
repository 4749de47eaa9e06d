"""What the records of a long dossier cost in memory: a 3,200-page dossier holds hundreds of
thousands of cells and text lines, so each one's size decides whether it fits in a worker."""

import gc
import tracemalloc
from decimal import Decimal
from pathlib import Path

from regio.extract import cyclic_gc_paused
from regio.schema import Amount, Cell, CellKind, Provenance

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "twente-word.pdf"


def _bytes_per(make, count: int = 2000) -> float:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [make(i) for i in range(count)]
        return (tracemalloc.get_traced_memory()[0] - before) / len(kept)
    finally:
        tracemalloc.stop()


def test_a_cell_with_its_amount_and_provenance_costs_less_than_1200_bytes():
    def cell(i: int) -> Cell:
        return Cell(raw="1.650.000", kind=CellKind.amount, amount=Amount(value=Decimal(1_650_000 + i)),
                    provenance=Provenance(page=3, bbox=(72.0 + i, 100.5, 130.25, 110.0)))
    # With a set of its field names per record, as pydantic keeps them, it costs 1,700.
    assert _bytes_per(cell) < 1200


def test_records_that_share_their_set_fields_still_dump_and_compare_alike():
    first = Provenance(page=1, bbox=(1.0, 2.0, 3.0, 4.0))
    second = Provenance(page=2)
    assert first.model_fields_set == {"page", "bbox"} and second.model_fields_set == {"page"}
    assert Provenance.model_validate_json(first.model_dump_json()) == first
    assert first.model_copy(update={"page": 5}).page == 5 and first.page == 1


def _read(pages: range):
    from regio.extract import DEFAULT, _read_layouts
    from regio.extract.pdf import open_pdf

    opened = open_pdf(SAMPLE)
    try:
        return _read_layouts(opened, pages, None, DEFAULT)[0]
    finally:
        opened.close()


def test_reading_pages_leaves_no_cycles_behind():
    # The cycle collector is off while a document is read, so a cycle made for each word or
    # text object (as ctypes.cast makes) would be kept to the end of a long dossier.
    gc.collect()
    with cyclic_gc_paused():
        _read(range(1, 9))
        assert gc.collect() < 100


def test_the_words_of_a_page_share_one_float_for_each_top_bottom_and_size_and_one_text_for_each_word():
    # A float of its own for each would cost a long dossier's million words 72 bytes each;
    # seven in ten of a dossier's words are words it has used before.
    for layout in _read(range(1, 9)):
        words = [word for line in layout.lines for word in line.words]
        for measure in ("top", "bottom", "size", "text"):
            values = [getattr(word, measure) for word in words]
            assert len({id(value) for value in values}) == len(set(values)), (layout.number, measure)
