"""Ground truth and structure measure of the ICDAR 2013 Table Competition.

The data lives in `../shared/corpora/icdar2013/` (see `../shared/corpora/README.md`): for each
document NAME, `NAME.pdf`, `NAME-reg.xml` (table regions) and `NAME-str.xml` (table cells).

The structure measure (Göbel, Hassan, Oro, Orsi, "ICDAR 2013 Table Competition", ICDAR 2013;
"A methodology for evaluating algorithms for table understanding in PDF documents", DocEng 2012)
compares *adjacency relations* ("proto-links"): every non-empty cell is related to its nearest
non-empty neighbour to the right in its row and to its nearest non-empty neighbour below in its
column. Blank cells are not represented, so a relation skips over them. A cell spanning several
rows (columns) is related to the nearest right (lower) neighbour in each of the rows (columns)
it spans; a pair of cells yields one relation however many rows or columns they share. A
relation is the tuple (norm(text_a), norm(text_b), "h" | "v") with norm = NFKC, all whitespace
removed, lower case; relations are compared as multisets (collections.Counter).

Table matching: on each page, predicted and ground-truth tables are paired one-to-one, greedily
by descending IoU of their boxes, pairs with IoU >= `min_iou` only (default 0.5). With
`min_iou=0` any overlap will do, i.e. each ground-truth table gets the free predicted table it
overlaps best: that is the matching the numbers in `../shared/corpora/README.md` were measured
with (they are reproduced to within 0.001 that way, not with 0.5). Relations of an unmatched
predicted table count against precision; relations of an unmatched ground-truth table count
against recall. "Detected" always counts ground-truth tables with a one-to-one IoU >= 0.5 match.

Document selection: a document is scored when its PDF exists. Of two accepted ground-truth
variants (us-011a/b, us-031a/b, us-035a/b) the "a" file is scored, its PDF is NAME-a.pdf; the
"b" files have no PDF of their own. eu-009b has neither a PDF nor an "a" variant and is left out.

Quirks handled here: eu-015's pages carry /Rotate 90 and its -str.xml boxes are about 247 pt
off, but only -reg.xml boxes are used (in the displayed, rotated page, whose height pypdfium2's
`get_height()` reports); us-002 writes `col-end` for `end-col` (both spellings, and `row-end`,
are read); us-018's corrupt coordinate `26ß` sits in a -str.xml cell box, which is not read.
Tables made of several regions on one page (us-035a table 2: three side-by-side parts with
col-increment 0/2/4) become one table whose box is the union of the regions' boxes.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "icdar2013"
IOU_THRESHOLD = 0.5

Box = tuple[float, float, float, float]  # x0, top, x1, bottom; PDF points, top-left origin


@dataclass(frozen=True)
class Cell:
    start_row: int
    start_col: int
    end_row: int
    end_col: int
    text: str


@dataclass
class GtTable:
    name: str  # document
    table_id: str
    page: int  # 1-based
    bbox: Box
    cells: list[Cell] = field(default_factory=list)


@dataclass
class DocScore:
    correct: int = 0
    predicted: int = 0
    ground_truth: int = 0
    detected: int = 0  # ground-truth tables matched by a predicted table (IoU >= 0.5)
    gt_tables: int = 0
    pred_tables: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.ground_truth if self.ground_truth else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------- documents


def all_documents(corpus: Path = CORPUS) -> list[str]:
    return sorted(p.name[: -len("-reg.xml")] for p in corpus.glob("*-reg.xml"))


def scored_documents(corpus: Path = CORPUS) -> list[str]:
    """Documents with a PDF and both ground-truth files (47 of the 51 ground truths)."""
    return [n for n in all_documents(corpus) if (corpus / f"{n}.pdf").exists() and (corpus / f"{n}-str.xml").exists()]


def pdf_path(name: str, corpus: Path = CORPUS) -> Path:
    return corpus / f"{name}.pdf"


@lru_cache(maxsize=None)
def page_heights(pdf: str) -> tuple[float, ...]:
    """Height of each page as displayed (pypdfium2 swaps width and height for /Rotate 90/270)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return tuple(doc[i].get_height() for i in range(len(doc)))
    finally:
        doc.close()


# --------------------------------------------------------------------------- ground truth


def _int(value: str | None, default: int) -> int:
    if value is None or value.strip() == "":
        return default
    return int(value)


def _float(value: str) -> float:
    # us-018 writes `26ß` once (in a -str.xml cell box, which we do not read); be lenient anyway.
    return float(value.strip().replace("ß", "0"))


def _attr(el: ET.Element, *names: str) -> str | None:
    for n in names:
        if n in el.attrib:
            return el.attrib[n]
    return None


def _cell_text(el: ET.Element) -> str:
    content = el.find("content")
    return "".join(content.itertext()) if content is not None else ""


def load_ground_truth(name: str, corpus: Path = CORPUS) -> list[GtTable]:
    """Tables of document `name`, one per (table, page), in file order."""
    reg = ET.parse(corpus / f"{name}-reg.xml").getroot()
    str_root = ET.parse(corpus / f"{name}-str.xml").getroot()
    heights = page_heights(str(pdf_path(name, corpus)))

    str_tables = str_root.findall("table")
    reg_tables = reg.findall("table")
    if len(str_tables) != len(reg_tables):
        raise ValueError(f"{name}: {len(reg_tables)} tables in -reg.xml, {len(str_tables)} in -str.xml")

    out: list[GtTable] = []
    for reg_t, str_t in zip(reg_tables, str_tables):
        tid = reg_t.get("id", "")
        boxes: dict[int, Box] = {}
        for region in reg_t.findall("region"):
            page = int(region.get("page"))
            bb = region.find("bounding-box")
            x1, y1, x2, y2 = (_float(bb.get(k)) for k in ("x1", "y1", "x2", "y2"))
            h = heights[page - 1]
            box = (min(x1, x2), h - max(y1, y2), max(x1, x2), h - min(y1, y2))
            old = boxes.get(page)
            boxes[page] = box if old is None else (min(old[0], box[0]), min(old[1], box[1]), max(old[2], box[2]), max(old[3], box[3]))
        cells: dict[int, list[Cell]] = {p: [] for p in boxes}
        for region in str_t.findall("region"):
            page = int(region.get("page"))
            dr = _int(region.get("row-increment"), 0)
            dc = _int(region.get("col-increment"), 0)
            for c in region.findall("cell"):
                sr = _int(c.get("start-row"), 0)
                sc = _int(c.get("start-col"), 0)
                er = _int(_attr(c, "end-row", "row-end"), sr)
                ec = _int(_attr(c, "end-col", "col-end"), sc)
                cells.setdefault(page, []).append(Cell(sr + dr, sc + dc, max(er, sr) + dr, max(ec, sc) + dc, _cell_text(c)))
        for page in sorted(cells):
            if page not in boxes:
                raise ValueError(f"{name}: table {tid} has cells on page {page} but no region there")
            out.append(GtTable(name, tid, page, boxes[page], cells[page]))
    return out


# --------------------------------------------------------------------------- relations


def norm(text: str | None) -> str:
    if not text:
        return ""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def relations(cells: list[Cell]) -> Counter:
    """Adjacency relations (norm(a), norm(b), "h"|"v") of one table's non-empty cells."""
    live = [c for c in cells if norm(c.text)]
    occ: dict[tuple[int, int], int] = {}
    for i, c in enumerate(live):
        for r in range(c.start_row, c.end_row + 1):
            for k in range(c.start_col, c.end_col + 1):
                occ.setdefault((r, k), i)
    if not occ:
        return Counter()
    max_row = max(r for r, _ in occ)
    max_col = max(k for _, k in occ)
    pairs: set[tuple[int, int, str]] = set()
    for i, c in enumerate(live):
        for r in range(c.start_row, c.end_row + 1):
            for k in range(c.end_col + 1, max_col + 1):
                j = occ.get((r, k))
                if j is not None and j != i:
                    pairs.add((i, j, "h"))
                    break
        for k in range(c.start_col, c.end_col + 1):
            for r in range(c.end_row + 1, max_row + 1):
                j = occ.get((r, k))
                if j is not None and j != i:
                    pairs.add((i, j, "v"))
                    break
    return Counter((norm(live[i].text), norm(live[j].text), d) for i, j, d in pairs)


def grid_to_cells(rows: list[list[str | None]], spans: list[list[int]] | None = None) -> list[Cell]:
    """Cells of a predicted grid; `spans` are [row, col, row_span, col_span] of merged cells,
    whose text is the anchor's (row, col); the other grid positions a span covers are dropped."""
    span_at = {}
    covered = set()
    for r, c, rs, cs in spans or []:
        rs, cs = max(int(rs), 1), max(int(cs), 1)
        span_at[(r, c)] = (rs, cs)
        covered.update((r + i, c + j) for i in range(rs) for j in range(cs) if (i, j) != (0, 0))
    out = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = span_at.get((r, c), (1, 1))
            out.append(Cell(r, c, r + rs - 1, c + cs - 1, "" if text is None else str(text)))
    return out


# --------------------------------------------------------------------------- scoring


def iou(a: Box, b: Box) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def match(gt_tables: list[GtTable], predicted: list, min_iou: float = IOU_THRESHOLD) -> dict[int, int]:
    """{gt index: predicted index}, one-to-one, same page, greedy by descending IoU; a pair needs
    IoU >= min_iou, and in any case IoU > 0 (min_iou=0: best overlap)."""
    cand = []
    for g, gt in enumerate(gt_tables):
        for p, pred in enumerate(predicted):
            if int(pred[0]) != gt.page:
                continue
            v = iou(gt.bbox, tuple(pred[1]))
            if v > 0 and v >= min_iou:
                cand.append((v, g, p))
    cand.sort(key=lambda t: (-t[0], t[1], t[2]))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, g, p in cand:
        if g in out or p in used:
            continue
        out[g] = p
        used.add(p)
    return out


def score_document(gt_tables: list[GtTable], predicted_tables: list, min_iou: float = IOU_THRESHOLD) -> DocScore:
    """`predicted_tables`: (page, bbox, rows, spans) with bbox (x0, top, x1, bottom), top-left
    origin; `spans` may be None or empty. `min_iou`: see `match`."""
    gt_rel = [relations(t.cells) for t in gt_tables]
    pred_rel = [relations(grid_to_cells(rows, spans)) for _, _, rows, spans in predicted_tables]
    pairs = match(gt_tables, predicted_tables, min_iou)
    detected = pairs if min_iou == IOU_THRESHOLD else match(gt_tables, predicted_tables, IOU_THRESHOLD)
    correct = sum(sum((gt_rel[g] & pred_rel[p]).values()) for g, p in pairs.items())
    return DocScore(
        correct=correct,
        predicted=sum(sum(c.values()) for c in pred_rel),
        ground_truth=sum(sum(c.values()) for c in gt_rel),
        detected=len(detected),
        gt_tables=len(gt_tables),
        pred_tables=len(predicted_tables),
    )


def micro(scores: list[DocScore]) -> tuple[float, float, float]:
    c = sum(s.correct for s in scores)
    p = sum(s.predicted for s in scores)
    g = sum(s.ground_truth for s in scores)
    prec = c / p if p else 0.0
    rec = c / g if g else 0.0
    return prec, rec, f1(prec, rec)


def macro_f1(scores: list[DocScore]) -> float:
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0


def gt_as_prediction(gt_tables: list[GtTable]) -> list:
    """The ground truth in the predicted-table form (page, bbox, rows, spans), for self-checks."""
    out = []
    for t in gt_tables:
        if not t.cells:
            out.append((t.page, t.bbox, [], []))
            continue
        r0 = min(c.start_row for c in t.cells)
        c0 = min(c.start_col for c in t.cells)
        nr = max(c.end_row for c in t.cells) - r0 + 1
        nc = max(c.end_col for c in t.cells) - c0 + 1
        rows = [["" for _ in range(nc)] for _ in range(nr)]
        spans = []
        for c in t.cells:
            rows[c.start_row - r0][c.start_col - c0] = c.text
            if c.end_row > c.start_row or c.end_col > c.start_col:
                spans.append([c.start_row - r0, c.start_col - c0, c.end_row - c.start_row + 1, c.end_col - c.start_col + 1])
        out.append((t.page, t.bbox, rows, spans))
    return out
