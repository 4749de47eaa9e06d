"""Load the JSON transcription (see samples/README.md, "Source format")."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Union


class SourceError(ValueError):
    def __init__(self, file: str | Path, path: str, message: str):
        self.file = str(file)
        self.path = path
        super().__init__(f"{file}: {path or '<root>'}: {message}")


@dataclass(frozen=True)
class HeaderCell:
    text: str
    span: int = 1


@dataclass(frozen=True)
class PlacedHeader:
    """A header cell on the grid: value columns are 1-based, lines 0-based."""
    text: str
    line: int
    column: int
    columns: int = 1
    lines: int = 1


@dataclass(frozen=True)
class Table:
    label: str
    header: tuple[tuple[HeaderCell, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    footnotes: tuple[str, ...] = ()
    # 0-based body row that starts a new page (the table continues there), or None.
    page_break_before_row: int | None = None

    @property
    def columns(self) -> int:
        """Number of value columns (the row-label column not counted)."""
        return sum(c.span for c in self.header[0]) if self.header else max(
            (len(r) - 1 for r in self.rows), default=1)

    def header_cells(self) -> list[PlacedHeader]:
        """Header entries placed on the grid, vertical merges applied.

        An empty one-column entry directly under a one-column cell extends that
        cell downwards instead of being a cell of its own.
        """
        placed: list[PlacedHeader] = []
        for line_no, line in enumerate(self.header):
            column = 1
            for cell in line:
                above = None
                if line_no and cell.text == "" and cell.span == 1:
                    above = next((i for i, p in enumerate(placed)
                                  if p.column == column and p.columns == 1
                                  and p.line + p.lines == line_no), None)
                if above is not None:
                    placed[above] = dataclasses.replace(placed[above], lines=placed[above].lines + 1)
                else:
                    placed.append(PlacedHeader(cell.text, line_no, column, cell.span))
                column += cell.span
        return placed

    def with_cell(self, row: int, column: int, text: str) -> Table:
        """Copy with body cell (row, column) replaced; column 0 is the row label."""
        cells = list(self.rows[row])
        cells[column] = text
        rows = list(self.rows)
        rows[row] = tuple(cells)
        return dataclasses.replace(self, rows=tuple(rows))


@dataclass(frozen=True)
class Field:
    label: str
    content: tuple[Union[str, Table], ...]


@dataclass(frozen=True)
class Note:
    mark: str
    text: tuple[str, ...]


Row = Union[Field, Table]


@dataclass(frozen=True)
class Project:
    theme: str
    title: str
    rows: tuple[Row, ...]
    notes: tuple[Note, ...] = ()
    source: str = ""

    @property
    def heading(self) -> str:
        return f"{self.theme} | {self.title}"

    def tables(self) -> Iterator[Table]:
        """All tables in document order, nested ones where they stand."""
        for row in self.rows:
            if isinstance(row, Table):
                yield row
            else:
                yield from (c for c in row.content if isinstance(c, Table))

    @property
    def columns(self) -> int:
        """Value-column count of the project's investment table(s)."""
        return max((r.columns for r in self.rows if isinstance(r, Table)), default=1)


@dataclass(frozen=True)
class TocEntry:
    text: str
    page: int


@dataclass(frozen=True)
class Dossier:
    toc_heading: str
    toc: tuple[TocEntry, ...]
    projects: tuple[Project, ...]
    source: str = ""

    def toc_page(self, index: int) -> int:
        """Printed TOC page of project `index` (matched by text, else by position)."""
        p = self.projects[index]
        for entry in self.toc:
            if entry.text == f"{p.theme} {p.title}":
                return entry.page
        return self.toc[index].page if index < len(self.toc) else 0

    def with_project(self, index: int, project: Project) -> Dossier:
        projects = list(self.projects)
        projects[index] = project
        return dataclasses.replace(self, projects=tuple(projects))


# --- validation -----------------------------------------------------------


class _Ctx:
    def __init__(self, file: str | Path):
        self.file = file

    def fail(self, path: str, message: str):
        raise SourceError(self.file, path, message)

    def obj(self, value: Any, path: str, required: set[str], optional: set[str] = frozenset()) -> dict:
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {type(value).__name__}")
        missing = sorted(required - value.keys())
        if missing:
            self.fail(path, f"missing key(s) {', '.join(missing)}")
        unknown = sorted(value.keys() - required - set(optional))
        if unknown:
            self.fail(path, f"unknown key(s) {', '.join(unknown)}")
        return value

    def list(self, value: Any, path: str) -> list:
        if not isinstance(value, list):
            self.fail(path, f"expected a list, got {type(value).__name__}")
        return value

    def str(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            self.fail(path, f"expected a string, got {type(value).__name__}: {value!r}")
        return value


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _table(ctx: _Ctx, raw: Any, path: str, nested: bool = False) -> Table:
    raw = ctx.obj(raw, path, {"label", "header", "rows"}, {"footnotes", "page_break_before_row"})
    label = ctx.str(raw["label"], _join(path, "label"))
    hpath = _join(path, "header")
    lines = ctx.list(raw["header"], hpath)
    if not lines:
        ctx.fail(hpath, "a table needs at least one header line")
    header = []
    for i, line in enumerate(lines):
        lpath = _join(hpath, i)
        cells = []
        for j, entry in enumerate(ctx.list(line, lpath)):
            epath = _join(lpath, j)
            if (not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], str)
                    or not isinstance(entry[1], int) or isinstance(entry[1], bool) or entry[1] < 1):
                ctx.fail(epath, f"expected [text, columns spanned >= 1], got {entry!r}")
            cells.append(HeaderCell(entry[0], entry[1]))
        header.append(tuple(cells))
    columns = sum(c.span for c in header[0])
    for i, line in enumerate(header[1:], 1):
        width = sum(c.span for c in line)
        if width != columns:
            ctx.fail(_join(hpath, i), f"header line spans {width} columns, the first line spans {columns}")
    rows = []
    rpath = _join(path, "rows")
    for i, row in enumerate(ctx.list(raw["rows"], rpath)):
        p = _join(rpath, i)
        ctx.list(row, p)
        if len(row) != columns + 1:
            ctx.fail(p, f"body row has {len(row)} strings, expected 1 + {columns} "
                        f"(row label + sum of the first header line's spans)")
        rows.append(tuple(ctx.str(c, _join(p, j)) for j, c in enumerate(row)))
    fpath = _join(path, "footnotes")
    footnotes = tuple(ctx.str(f, _join(fpath, i))
                      for i, f in enumerate(ctx.list(raw.get("footnotes", []), fpath)))
    page_break = raw.get("page_break_before_row")
    if "page_break_before_row" in raw:
        bpath = _join(path, "page_break_before_row")
        if nested:
            ctx.fail(bpath, "only an investment table (a {\"table\": ...} row of the project) can "
                            "break over pages; a table inside a field stays in its grid cell")
        if not isinstance(page_break, int) or isinstance(page_break, bool):
            ctx.fail(bpath, f"expected a body-row index (an integer), got {page_break!r}")
        hint = (f"use a row from 1 to {len(rows) - 1}" if len(rows) > 1
                else "a table needs 2 body rows or more to break between them")
        if page_break == 0:
            ctx.fail(bpath, f"a break before body row 0 would leave the header alone on its page; {hint}")
        if not 1 <= page_break < len(rows):
            ctx.fail(bpath, f"body row {page_break} does not exist: the table has {len(rows)} "
                            f"body row(s), 0-based; {hint}")
    return Table(label, tuple(header), tuple(rows), footnotes, page_break)


def _project(ctx: _Ctx, raw: Any, source: str) -> Project:
    raw = ctx.obj(raw, "", {"theme", "title", "rows"}, {"notes"})
    theme = ctx.str(raw["theme"], "theme")
    title = ctx.str(raw["title"], "title")
    rows: list[Row] = []
    for i, row in enumerate(ctx.list(raw["rows"], "rows")):
        p = _join("rows", i)
        if isinstance(row, dict) and "table" in row:
            ctx.obj(row, p, {"table"})
            rows.append(_table(ctx, row["table"], _join(p, "table")))
            continue
        ctx.obj(row, p, {"label", "content"})
        label = ctx.str(row["label"], _join(p, "label"))
        cpath = _join(p, "content")
        content: list[Union[str, Table]] = []
        for j, item in enumerate(ctx.list(row["content"], cpath)):
            ipath = _join(cpath, j)
            if isinstance(item, dict):
                ctx.obj(item, ipath, {"table"})
                content.append(_table(ctx, item["table"], _join(ipath, "table"), nested=True))
            else:
                content.append(ctx.str(item, ipath))
        rows.append(Field(label, tuple(content)))
    notes = []
    for i, note in enumerate(ctx.list(raw.get("notes", []), "notes")):
        p = _join("notes", i)
        ctx.obj(note, p, {"mark", "text"})
        text = tuple(ctx.str(t, _join(_join(p, "text"), j))
                     for j, t in enumerate(ctx.list(note["text"], _join(p, "text"))))
        notes.append(Note(ctx.str(note["mark"], _join(p, "mark")), text))
    return Project(theme, title, tuple(rows), tuple(notes), source)


def _read_json(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise SourceError(path, "", "file not found") from None
    except json.JSONDecodeError as e:
        raise SourceError(path, "", f"invalid JSON: {e}") from None


def load_project(path: str | Path) -> Project:
    path = Path(path)
    return _project(_Ctx(path), _read_json(path), str(path))


def load(path: str | Path) -> Dossier:
    path = Path(path)
    ctx = _Ctx(path)
    raw = ctx.obj(_read_json(path), "", {"toc_heading", "toc", "projects"})
    heading = ctx.str(raw["toc_heading"], "toc_heading")
    toc = []
    for i, entry in enumerate(ctx.list(raw["toc"], "toc")):
        p = _join("toc", i)
        ctx.obj(entry, p, {"text", "page"})
        page = entry["page"]
        if not isinstance(page, int) or isinstance(page, bool) or page < 1:
            ctx.fail(_join(p, "page"), f"expected a page number >= 1, got {page!r}")
        toc.append(TocEntry(ctx.str(entry["text"], _join(p, "text")), page))
    files = [ctx.str(f, _join("projects", i)) for i, f in enumerate(ctx.list(raw["projects"], "projects"))]
    if len(files) != len(toc):
        ctx.fail("projects", f"{len(files)} project files but {len(toc)} TOC entries")
    projects = []
    for i, name in enumerate(files):
        file = path.parent / name
        if not file.is_file():
            ctx.fail(_join("projects", i), f"project file {file} not found")
        projects.append(load_project(file))
    return Dossier(heading, tuple(toc), tuple(projects), str(path))
