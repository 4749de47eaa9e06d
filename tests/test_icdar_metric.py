"""The ICDAR 2013 structure measure in bench/icdar.py: hand-made grids and the real ground truth."""

from collections import Counter
from pathlib import Path

import pytest

from bench import icdar
from bench.icdar import Cell, grid_to_cells, relations, score_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "icdar2013"
needs_corpus = pytest.mark.skipif(not (CORPUS / "eu-002-reg.xml").exists(), reason=f"no ICDAR 2013 corpus at {CORPUS}")

# eu-015: rotated pages; us-002: `col-end`; us-018: `26ß`; us-035a: a table in three regions.
REAL = ["eu-002", "eu-015", "us-002", "us-018", "us-035a"]
BOX = (0.0, 0.0, 100.0, 100.0)


def rel(*triples: str) -> Counter:
    return Counter(tuple(t.split()) for t in triples)


# --------------------------------------------------------------------------- relations by hand


def test_plain_grid_relations_skip_blank_cells():
    rows = [["a", "", "b"], ["", "", "c"], ["d", "e", ""]]
    assert relations(grid_to_cells(rows)) == rel("a b h", "d e h", "a d v", "b c v")


def test_row_spanning_cell_is_adjacent_along_its_whole_span():
    # A spans rows 0-1 in column 0.
    rows = [["A", "B", ""], ["", "C", "D"], ["E", "F", "G"]]
    got = relations(grid_to_cells(rows, [[0, 0, 2, 1]]))
    assert got == rel("a b h", "a c h", "c d h", "e f h", "f g h", "a e v", "b c v", "c f v", "d g v")


def test_column_spanning_header_is_adjacent_to_every_column_below():
    rows = [["", "H", None], ["x", "1", "2"], ["y", "3", "4"]]
    got = relations(grid_to_cells(rows, [[0, 1, 1, 2]]))
    assert got == rel("h 1 v", "h 2 v", "x 1 h", "1 2 h", "y 3 h", "3 4 h", "x y v", "1 3 v", "2 4 v")


def test_spanning_pair_gives_one_relation():
    # Both cells span rows 0-1: one relation, not one per shared row.
    cells = [Cell(0, 0, 1, 0, "L"), Cell(0, 1, 1, 1, "R")]
    assert relations(cells) == rel("l r h")


def test_text_is_normalised():
    rows = [["Ｔｏｔａｌ  Sum", "1 234\n5"]]
    assert relations(grid_to_cells(rows)) == rel("totalsum 12345 h")


def test_covered_positions_of_a_span_are_dropped():
    # camelot/pdfplumber-style duplicates under a span must not make cells of their own
    cells = grid_to_cells([["A", "A"], ["b", "c"]], [[0, 0, 1, 2]])
    assert [c.text for c in cells] == ["A", "b", "c"]
    assert relations(cells) == rel("a b v", "a c v", "b c h")


# --------------------------------------------------------------------------- scoring by hand


def gt_of(rows, spans=None, page=1, box=BOX):
    return [icdar.GtTable("hand", "1", page, box, grid_to_cells(rows, spans))]


def test_transposed_grid_loses_the_relations():
    rows = [["a", "b", "c"], ["d", "e", "f"]]
    transposed = [list(col) for col in zip(*rows)]
    s = score_document(gt_of(rows), [(1, BOX, transposed, [])])
    assert (s.correct, s.predicted, s.ground_truth) == (0, 7, 7)
    assert s.f1 == 0.0 and s.detected == 1


def test_unmatched_prediction_counts_against_precision_only():
    rows = [["a", "b"], ["c", "d"]]
    s = score_document(gt_of(rows), [(1, BOX, rows, []), (1, (200, 200, 300, 300), [["x", "y"]], []), (2, BOX, rows, [])])
    assert (s.correct, s.predicted, s.ground_truth, s.detected, s.pred_tables) == (4, 9, 4, 1, 3)
    assert s.recall == 1.0 and s.precision == pytest.approx(4 / 9)


def test_matching_needs_iou_half_unless_told_otherwise():
    rows = [["a", "b"], ["c", "d"]]
    shifted = (60.0, 0.0, 160.0, 100.0)  # IoU 40/160 = 0.25
    assert score_document(gt_of(rows), [(1, shifted, rows, [])]).correct == 0
    loose = score_document(gt_of(rows), [(1, shifted, rows, [])], min_iou=0)
    assert (loose.correct, loose.detected) == (4, 0)
    # one-to-one: the better-overlapping prediction takes the table, the other is unmatched
    s = score_document(gt_of(rows), [(1, shifted, rows, []), (1, BOX, rows, [])], min_iou=0)
    assert (s.correct, s.predicted, s.detected) == (4, 8, 1)


def test_micro_and_macro():
    a = icdar.DocScore(correct=1, predicted=1, ground_truth=1)
    b = icdar.DocScore(correct=0, predicted=3, ground_truth=3)
    assert icdar.micro([a, b]) == (0.25, 0.25, 0.25)
    assert icdar.macro_f1([a, b]) == 0.5


# --------------------------------------------------------------------------- the real ground truth


@needs_corpus
def test_scored_documents():
    docs = icdar.scored_documents(CORPUS)
    assert len(docs) == 47
    assert {"eu-009b", "us-011b", "us-031b", "us-035b"}.isdisjoint(docs)
    assert {"us-011a", "us-031a", "us-035a"} <= set(docs)


@needs_corpus
def test_quirks_are_read():
    eu015 = icdar.load_ground_truth("eu-015", CORPUS)
    # rotated page shown 842 x 595: boxes lie inside the displayed page; "Topic" sits at top 92
    assert [t.page for t in eu015] == [1, 1, 2, 2, 2]
    assert all(0 <= t.bbox[1] < t.bbox[3] <= 595 and t.bbox[2] <= 842 for t in eu015)
    assert eu015[0].bbox == (60.0, 90.0, 356.0, 303.0)
    us002 = icdar.load_ground_truth("us-002", CORPUS)
    assert any(c.end_col == 7 and c.start_col == 0 and c.start_row == 3 for t in us002 for c in t.cells)
    us035 = icdar.load_ground_truth("us-035a", CORPUS)
    assert len(us035) == 3 and max(c.end_col for c in us035[1].cells) >= 4  # col-increment applied


@needs_corpus
@pytest.mark.parametrize("min_iou", [0.5, 0])
def test_ground_truth_against_itself_scores_one(min_iou):
    scores = []
    for name in REAL:
        gt = icdar.load_ground_truth(name, CORPUS)
        s = score_document(gt, icdar.gt_as_prediction(gt), min_iou)
        assert s.ground_truth > 0 and s.detected == s.gt_tables == len(gt)
        scores.append(s)
    assert icdar.micro(scores) == (1.0, 1.0, 1.0)
    assert icdar.macro_f1(scores) == 1.0


@needs_corpus
def test_empty_prediction_has_zero_recall():
    gt = icdar.load_ground_truth("eu-002", CORPUS)
    s = score_document(gt, [])
    assert (s.correct, s.predicted, s.recall, s.f1, s.detected) == (0, 0, 0.0, 0.0, 0)
    assert s.ground_truth > 0


@needs_corpus
def test_changing_one_cell_loses_exactly_its_relations():
    gt = icdar.load_ground_truth("eu-002", CORPUS)
    pred = icdar.gt_as_prediction(gt)
    total = sum(sum(relations(t.cells).values()) for t in gt)
    page, box, rows, spans = pred[0]
    gt_rel = relations(gt[0].cells)
    texts = Counter(icdar.norm(c.text) for c in gt[0].cells)
    # a cell in the middle of the table whose text occurs once
    r, c = next(
        (r, c) for r in range(1, len(rows)) for c in range(1, len(rows[r])) if icdar.norm(rows[r][c]) and texts[icdar.norm(rows[r][c])] == 1
    )
    target = icdar.norm(rows[r][c])
    own = sum(n for (a, b, _), n in gt_rel.items() if target in (a, b))
    assert own >= 2
    changed = [list(row) for row in rows]
    changed[r][c] = "zzz-not-in-the-table"
    s = score_document(gt, [(page, box, changed, spans)] + pred[1:])
    assert (s.predicted, s.ground_truth) == (total, total)
    assert s.correct == total - own


@needs_corpus
def test_transposed_real_table_loses_the_relations():
    gt = icdar.load_ground_truth("eu-002", CORPUS)
    page, box, rows, spans = icdar.gt_as_prediction(gt)[0]
    assert not spans
    s = score_document(gt[:1], [(page, box, [list(col) for col in zip(*rows)], [])])
    assert s.predicted == s.ground_truth > 0
    assert s.recall < 0.1
