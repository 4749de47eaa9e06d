"""A second reading of ruled tables, to catch cells the main route may have misread.

The main route reads every table from words and rules. Where a page has ruled tables,
pdfplumber's table finder (or, on request, camelot's lattice parser) reads the same cells
from the ruling alone; wherever the two disagree, the output gets a warning naming the
page, the cell and both readings. Neither reading is preferred silently.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from regio.schema import ExtractionWarning, FundingTable, Project

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class RouteCell:
    bbox: BBox  # top-left origin, PDF points
    text: str


def pdfplumber_cells(page) -> list[RouteCell]:
    """Cells of the ruled tables on an open pdfplumber page."""
    cells: list[RouteCell] = []
    for table in page.find_tables():
        for row, texts in zip(table.rows, table.extract()):
            for bbox, text in zip(row.cells, texts):
                if bbox is not None:
                    cells.append(RouteCell(tuple(bbox), text or ""))
    return cells


def pdfplumber_pages(path: Path, pages: list[int], password: str | None) -> dict[int, list[RouteCell]]:
    """pdfplumber's reading of the ruled tables on the given pages."""
    import pdfplumber  # interprets each page in Python: only the pages that need it

    # pdfminer logs what it repairs in a damaged file as warnings; the reading's own
    # warnings say what matters, and stderr is one line per file.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    out: dict[int, list[RouteCell]] = {}
    with pdfplumber.open(path, password=password or "") as pdf:
        for number in pages:
            page = pdf.pages[number - 1]
            try:
                out[number] = pdfplumber_cells(page)
            finally:
                page.close()
    return out


def camelot_cells(path: Path, pages: list[int], password: str | None) -> dict[int, list[RouteCell]]:
    """Cells of camelot's lattice reading of the given pages (it rasterises each page)."""
    import camelot  # heavy (OpenCV); only this route needs it
    import pypdfium2

    heights = {}
    document = pypdfium2.PdfDocument(str(path), password=password)
    try:
        for p in pages:
            heights[p] = document[p - 1].get_height()
    finally:
        document.close()
    out: dict[int, list[RouteCell]] = {p: [] for p in pages}
    tables = camelot.read_pdf(str(path), pages=",".join(map(str, pages)), flavor="lattice", password=password)
    for table in tables:
        page = int(table.page)
        height = heights[page]
        for r, row in enumerate(table.cells):
            for c, cell in enumerate(row):
                text = str(table.df.iat[r, c]) if r < table.df.shape[0] and c < table.df.shape[1] else ""
                out[page].append(RouteCell((cell.x1, height - cell.y2, cell.x2, height - cell.y1), text))
    return out


def _squash(text: str) -> str:
    return "".join(text.split())


def _containing(cells: list[RouteCell], box: BBox) -> RouteCell | None:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    inside = [c for c in cells if c.bbox[0] <= x <= c.bbox[2] and c.bbox[1] <= y <= c.bbox[3]]
    return min(inside, key=lambda c: (c.bbox[2] - c.bbox[0]) * (c.bbox[3] - c.bbox[1])) if inside else None


def compare(projects: list[Project], route: str, cells_by_page: dict[int, list[RouteCell]]) -> list[ExtractionWarning]:
    warnings: list[ExtractionWarning] = []
    for project in projects:
        for table in project.tables:
            warnings.extend(_compare_table(project, table, route, cells_by_page))
    return warnings


def _compare_table(project: Project, table: FundingTable, route: str,
                   cells_by_page: dict[int, list[RouteCell]]) -> list[ExtractionWarning]:
    out = []
    for row in table.rows:
        for column, cell in zip(table.columns, row.cells):
            prov = cell.provenance
            if prov is None or prov.bbox is None or prov.page not in cells_by_page:
                continue
            other = _containing(cells_by_page[prov.page], prov.bbox)
            if other is None or _squash(other.text) == _squash(cell.raw):
                continue
            out.append(ExtractionWarning(
                code="cross-check", page=prov.page,
                message=f"{project.title}: table '{table.label}', row '{row.label}', column {column.key}: "
                        f"read as '{cell.raw}', but {route} reads '{other.text.strip()}' there"))
    return out
