"""Typed records of a dossier, as extracted from a PDF.

Coordinates: a bounding box is ``(x0, top, x1, bottom)`` in PDF points, measured from the
top-left corner of the page (y grows downwards), the convention pdfplumber uses.
Pages are numbered from 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, PlainSerializer
from pydantic import Field as PydField

if TYPE_CHECKING:
    import pandas as pd


def euros_to_json(value: Decimal) -> int | float:
    """Euros as a JSON number: whole euros stay exact as integers; cents (rare in proposals)
    become a JSON fraction. Only the wire format is a float; the model keeps the Decimal."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Euros = Annotated[Decimal, PlainSerializer(euros_to_json, return_type=int | float, when_used="json")]
BBox = tuple[float, float, float, float]


_FIELDS_SET: dict[frozenset[str], set[str]] = {}


class Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")

    def model_post_init(self, context: object, /) -> None:
        """Records that set the same fields share one set of their names. pydantic gives every
        instance a set of its own (over 700 bytes for a cell's five names: more than the cell),
        and regio never asks which fields were left unset, so a long dossier need not pay that
        for each of its hundreds of thousands of cells, rows and lines."""
        names = self.__pydantic_fields_set__
        object.__setattr__(self, "__pydantic_fields_set__", _FIELDS_SET.setdefault(frozenset(names), names))

    def __setstate__(self, state: dict) -> None:  # a record sent from another process shares them too
        super().__setstate__(state)
        self.model_post_init(None)


class Provenance(Model):
    """Where a value was read: page (1-based) and box in PDF points, origin top-left."""

    page: int = PydField(ge=1)
    bbox: BBox | None = None


class Amount(Model):
    """A euro amount as written, with the precision its notation states.

    ``precision`` is the place value of the last digit written, in euros: ``6,33 mln.`` has
    precision 10.000 and stands for 6.330.000 ± 5.000; ``1.650.000`` has precision 1 and is
    exact. A range (``€12 tot €15 miljoen``) has ``value`` at its low end and ``maximum``
    at its high end.
    """

    value: Euros
    precision: Euros = Decimal(1)
    unit: str | None = None
    maximum: Euros | None = None

    @property
    def exact(self) -> bool:
        return self.unit is None and self.precision <= 1 and self.maximum is None

    @property
    def low(self) -> Decimal:
        return self.value - self.tolerance

    @property
    def high(self) -> Decimal:
        return (self.maximum if self.maximum is not None else self.value) + self.tolerance

    @property
    def tolerance(self) -> Decimal:
        """Half the interval the notation allows; zero for amounts written to the euro."""
        return Decimal(0) if self.exact else self.precision / 2


class CellKind(str, Enum):
    amount = "amount"   # holds an amount
    nil = "nil"         # a written dash: "-", ".-", "–"
    empty = "empty"     # nothing written
    text = "text"       # words without an amount, e.g. a sub-header label in a data row
    pending = "pending"  # "p.m." (pro memorie): an amount not yet set, neither a nil nor a zero


class Cell(Model):
    raw: str
    kind: CellKind
    amount: Amount | None = None
    marks: list[str] = []
    provenance: Provenance | None = None


class Column(Model):
    label: str
    key: str
    group: str | None = None
    # "share": a source's part of the row's total as written ("27%"), beside its amounts;
    # "subtotal": the sum of some of the sources ("Subtotaal regio"), no source of its own.
    role: Literal["total", "source", "share", "subtotal"] = "source"
    provenance: Provenance | None = None
    span: tuple[float, float] | None = None  # left and right edge the reader gave the column, in points


class Row(Model):
    label: str
    # share: each source's part of the total ("Aandeel"); section: a label alone heading the rows under it;
    # detail: a part of the row over it ("w.v. 2019", "waarvan"), not a cost line of its own
    kind: Literal["body", "subtotal", "total", "share", "section", "detail"] = "body"
    cells: list[Cell]
    provenance: Provenance | None = None


class Footnote(Model):
    mark: str
    text: str
    provenance: Provenance | None = None


class FundingTable(Model):
    label: str
    columns: list[Column]
    rows: list[Row]
    footnotes: list[Footnote] = []
    pages: list[int] = []
    field: str | None = None  # label of the prose field the table sits in, if any
    funding: bool = True  # its columns are funding sources (Totaal, Privaat, ... Rijk); else any table
    # One of a budget's two parts drawn as one table: its costs, then the funding that covers them.
    budget_part: Literal["costs", "funding"] | None = None
    caption: str | None = None
    scale: Decimal | None = None  # every amount stands for this many: "bedragen x € 1.000" is 1000
    unit: str | None = None       # a unit stated for every cell instead ("%")
    # Columns from the table's rules, from its text, or from the labels of a table printed as records.
    reader: Literal["ruled", "aligned", "records", "sentences"] | None = None
    # The header's labels over several columns, a row per header line that has them, top to
    # bottom: (text, first column, columns spanned); a column's `group` is the lowest.
    head_groups: list[list[tuple[str, int, int]]] = []
    provenance: Provenance | None = None

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)

    @property
    def multiplier(self) -> Decimal:
        """What each amount as written is multiplied by to give euros ("bedragen x € 1.000")."""
        return self.scale or Decimal(1)

    def euros(self, cell: Cell) -> Decimal | None:
        return cell.amount.value * self.multiplier if cell.amount else None

    @property
    def is_investment(self) -> bool:
        """The project's own funding table, not one standing in a field's text."""
        return self.funding and self.field is None

    @property
    def total_row(self) -> Row | None:
        """The last Totaal row: a table with subtotals ends with the total of them all."""
        return next((r for r in reversed(self.rows) if r.kind == "total"), None)

    @property
    def totals(self) -> Row | None:
        """The row that gives the table's totals: its Totaal row, or its one row (the sources
        listed as rows with one amount each, "Bedrag")."""
        if self.total_row is not None:
            return self.total_row
        return self.rows[0] if len(self.rows) == 1 and self.rows[0].kind == "body" else None


class Table(FundingTable):
    """Any table of the document, whatever its columns: a funding table, a year budget, a
    list of milestones. ``bbox`` is in PDF points from the top-left of ``page``."""

    id: str
    page: int = PydField(ge=1)
    bbox: BBox

    def header_rows(self) -> list[list[tuple[str, int]]]:
        """The header as rows of (text, columns spanned), the row-label column first: a row
        of group labels over their columns where there are groups, then the columns' own."""
        levels = self.head_groups or [_runs_of(c.group for c in self.columns)]
        rows: list[list[tuple[str, int]]] = []
        for level in levels:
            if not level:
                continue
            row: list[tuple[str, int]] = [("", 1)]
            column = 0
            for text, first, span in sorted(level, key=lambda g: g[1]):
                if first < column:
                    continue
                row.extend([("", 1)] * (first - column))
                row.append((text, span))
                column = first + span
            row.extend([("", 1)] * (len(self.columns) - column))
            rows.append(row)
        rows.append([(self.label, 1)] + [("" if c.label == c.group else c.label, 1) for c in self.columns])
        return rows

    def grid(self) -> list[list[str]]:
        """Every row as text, header rows first; a spanning cell's text stands in its first
        column and the columns it spans are empty."""
        out = []
        for header in self.header_rows():
            row: list[str] = []
            for text, n in header:
                row.extend([text] + [""] * (n - 1))
            out.append(row)
        out.extend([r.label, *(c.raw for c in r.cells)] for r in self.rows)
        return out

    def spans(self) -> list[list[int]]:
        """[row, column, rows spanned, columns spanned] of every cell that spans more than one."""
        out = []
        for r, header in enumerate(self.header_rows()):
            col = 0
            for _, n in header:
                if n > 1:
                    out.append([r, col, 1, n])
                col += n
        return out

    @property
    def df(self):
        """The body as a pandas DataFrame, the columns named after their header."""
        import pandas as pd

        names = [" ".join(dict.fromkeys(p for p in (c.group, c.label) if p)) or f"column {i + 1}"
                 for i, c in enumerate(self.columns)]
        return pd.DataFrame([[r.label, *(c.raw for c in r.cells)] for r in self.rows], columns=[self.label or "", *names])

    def to_csv(self, path=None) -> str | None:
        return self.df.to_csv(path, index=False)


def _runs_of(groups) -> list[tuple[str, int, int]]:
    """Runs of neighbouring columns under the same group: (group, first column, columns)."""
    runs: list[tuple[str, int, int]] = []
    for i, group in enumerate(groups):
        if group and runs and runs[-1][0] == group and runs[-1][1] + runs[-1][2] == i:
            runs[-1] = (group, runs[-1][1], runs[-1][2] + 1)
        elif group:
            runs.append((group, i, 1))
    return runs


class TextSpan(Model):
    """Where one line of a field's text stands: characters start..end of the text."""

    start: int
    end: int
    page: int
    bbox: BBox


class Field(Model):
    label: str
    text: str
    pages: list[int]
    provenance: Provenance | None = None
    lines: list[TextSpan] = []

    def locate(self, start: int, end: int) -> Provenance | None:
        """Page and box of the characters start..end of the text (on the page where they begin)."""
        hit = [s for s in self.lines if s.start < end and start < s.end]
        if not hit:
            return self.provenance
        first = [s for s in hit if s.page == hit[0].page]
        return Provenance(page=hit[0].page, bbox=(min(s.bbox[0] for s in first), min(s.bbox[1] for s in first),
                                                 max(s.bbox[2] for s in first), max(s.bbox[3] for s in first)))


class Project(Model):
    theme: str
    title: str
    fields: list[Field] = []
    tables: list[FundingTable] = []
    notes: list[Footnote] = []
    pages: list[int] = []
    provenance: Provenance | None = None

    def field(self, label_prefix: str) -> Field | None:
        wanted = label_prefix.casefold()
        return next((f for f in self.fields if f.label.casefold().startswith(wanted)), None)

    @property
    def investment_table(self) -> FundingTable | None:
        return next((t for t in self.tables if t.is_investment), None)


class TocEntry(Model):
    text: str
    page: int  # as printed
    pdf_page: int | None = None  # the page that prints that number, where the pages print theirs
    report_part: bool = False  # a part of the report itself (its preface, a glossary, a colophon): no project
    provenance: Provenance | None = None


# Every note the reading can leave, by code. Those in UNREAD leave part of the document
# unread (the reading is partial: its numbers there are not checked).
WarningCode = Literal["page-unreadable", "page-without-text", "page-text-undecodable", "table-unreadable", "table-without-rows",
                      "project-without-table", "no-project-heading", "heading-not-text", "struck-through", "markup-balloons",
                      "toc-entry-not-found",
                      "unlabelled-columns", "subheader-in-row", "cross-check", "cross-check-failed",
                      "number-out-of-range", "misread-figures"]
UNREAD: frozenset[str] = frozenset({"page-unreadable", "page-without-text", "page-text-undecodable", "table-unreadable",
                                    "table-without-rows", "number-out-of-range"})


class ExtractionWarning(Model):
    code: WarningCode
    message: str
    page: int | None = None


def reading_status(warnings: Sequence[ExtractionWarning]) -> dict:
    """The status and the reasons it is partial, as the warnings tell."""
    incomplete = [f"page {w.page}: {w.message}" if w.page else w.message for w in warnings if w.code in UNREAD]
    return {"status": "partial" if incomplete else "complete", "incomplete": incomplete}


class Dossier(Model):
    file: str
    sha256: str
    page_count: int
    toc: list[TocEntry] = []
    status: Literal["complete", "partial"] = "complete"
    incomplete: list[str] = []  # why the reading is partial: the pages and tables it could not read
    tables: list[Table] = []
    projects: list[Project] = []
    warnings: list[ExtractionWarning] = []

    @classmethod
    def joined(cls, parts: Sequence[Dossier]) -> Dossier:
        """The dossier whose parts (read window by window, in order) these are."""
        first, *rest = parts
        if not rest:
            return first
        warnings = [w for part in parts for w in part.warnings]
        return first.model_copy(update={
            "toc": [e for part in parts for e in part.toc], "tables": [t for part in parts for t in part.tables],
            "projects": [p for part in parts for p in part.projects], "warnings": warnings,
            **reading_status(warnings)})

    def outline(self) -> Dossier:
        """What the checks over the whole dossier and the check's reports need of it, once its
        projects and tables are checked: every project and table without its text and cells
        (a table's rows only as the kinds of row it has: a long dossier's outline is kept
        whole), its contents and its warnings."""
        projects = [p.model_copy(update={"fields": [], "notes": [], "tables": [
            t.model_copy(update={"rows": [], "footnotes": []}) for t in p.tables]}) for p in self.projects]
        tables = [t.model_copy(update={"footnotes": [], "rows": [Row(label="", kind=kind, cells=[])
                                                                  for kind in dict.fromkeys(r.kind for r in t.rows)]})
                  for t in self.tables]
        return self.model_copy(update={"projects": projects, "tables": tables})

    def tables_holding(self, table: FundingTable) -> list[Table]:
        """The tables of ``tables`` that a project's table was read from: those whose box
        holds its header or one of its rows (one per page it runs over)."""
        return _holding(table, self._tables_by_page())

    def _tables_by_page(self) -> dict[int, list[Table]]:
        by_page: dict[int, list[Table]] = {}
        for t in self.tables:
            by_page.setdefault(t.page, []).append(t)
        return by_page

    def free_tables(self) -> list[tuple[int, Table]]:
        """The tables no project holds, with their index in ``tables``: not one a project's
        table was read from, nor the grid a form sets its fields in (all of them, in a
        document that is not a proposal)."""
        by_page = self._tables_by_page()  # a long dossier has thousands of tables
        held = {id(t) for p in self.projects for pt in p.tables for t in _holding(pt, by_page)}
        text_on: dict[int, list[BBox]] = {}
        for span in (s for p in self.projects for f in p.fields for s in f.lines):
            text_on.setdefault(span.page, []).append(span.bbox)
        return [(i, t) for i, t in enumerate(self.tables) if id(t) not in held
                and not any(_centre_inside(box, t.bbox) for box in text_on.get(t.page, []))]

    def to_frame(self) -> pd.DataFrame:
        """Every cell of every table as a pandas DataFrame, one row per cell, amounts in euros
        as float64 in ``value`` (exact as text in ``value_exact``): the columns of
        ``regio extract --format csv``."""
        from regio.export import frame  # pandas loads only when a frame is asked for

        return frame([self])


def _holding(table: FundingTable, by_page: dict[int, list[Table]]) -> list[Table]:
    # A row's last cell too: the columns of a table printed pages across end on the next page.
    places = [table.provenance, *(r.provenance for r in table.rows), *(r.cells[-1].provenance for r in table.rows if r.cells)]
    boxes = [(p.page, p.bbox) for p in places if p and p.bbox]
    pages = sorted({page for page, _ in boxes})
    return [t for page in pages for t in by_page.get(page, [])
            if any(_centre_inside(box, t.bbox) for q, box in boxes if q == page)]


def _centre_inside(box: BBox, outer: BBox) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] - 2 <= x <= outer[2] + 2 and outer[1] - 2 <= y <= outer[3] + 2


def json_schema() -> dict:
    return Dossier.model_json_schema()
