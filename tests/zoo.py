"""Scoring one rendering of the layout zoo against the hand-written ground truth.

Each PDF in samples/zoo/ is a rendering of a transcription in samples/<dossier>/; its
``.truth.json`` is the renderer's record of the pages each project occupies, and
tests/golden/<dossier>_cells.csv lists every table cell by hand. A house that prints a cell
otherwise than the transcription records, in the truth's optional ``raw`` object, the text it
printed ("<project>|<table>|<row>|<column>" -> "€ 1.650.000,00"): that is the raw text the
cell must read as, while its value is still checked against the golden list. A house that
prints a project's tables in another order records, under ``table_order``, their numbers in
the transcription in the order printed; a house that prints a table's rows in another order
(its total first) records, under ``row_order``, the rows' numbers in the transcription in the
order printed ("<project>|<table>" -> [3, 0, 1, 2]). A house that prints a table's amounts
in thousands, stating so, lists it under ``scaled`` ("<project>|<table>"): its cells are
checked in euros, each value times the scale the reading found; where its rounding changes an
amount ("4,66" in millions for 4.662.780), it records under ``derived`` the value the print
states ("<project>|<table>|<row>|<column>" -> "4660000"). A row's label is read in any case: a
house may print it in capitals. A house that words the field labels its own way (a form that
asks each field as a question) records, under ``field_labels``, the label it printed for
each of the transcription's ("Partijen" -> "2. Welke partijen zijn betrokken?").
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZOO = ROOT / "samples" / "zoo"
GOLDEN = ROOT / "tests" / "golden"


def renderings() -> list[str]:
    return sorted(p.stem for p in ZOO.glob("*.pdf"))


def _squash(text: str) -> str:
    return "".join(text.split())


@dataclass
class Score:
    name: str
    projects_expected: int
    projects_right: int = 0
    cells_expected: int = 0
    cells_right: int = 0
    fields_expected: int = 0
    fields_right: int = 0
    problems: list[str] = field(default_factory=list)
    field_problems: list[str] = field(default_factory=list)


def score(name: str, dossier) -> Score:
    """The reading of samples/zoo/<name>.pdf against its truth record, the dossier's
    hand-written cell list and its transcription."""
    truth = json.loads((ZOO / f"{name}.truth.json").read_text(encoding="utf-8"))
    source = name.split("-")[0]
    return score_reading(name, dossier, truth, GOLDEN / f"{source}_cells.csv", ROOT / "samples" / source)


def score_reading(name: str, dossier, truth: dict, cells: Path, source: Path) -> Score:
    """The reading of rendering `name` against the renderer's `truth` record, the cell list
    `cells` and the fields of the transcription in the folder `source`."""
    with open(cells, encoding="utf-8", newline="") as fh:
        golden = list(csv.DictReader(fh))
    result = Score(name, len(truth["projects"]), cells_expected=len(golden))
    by_title = {p.title: p for p in dossier.projects}
    for want in truth["projects"]:
        got = by_title.get(want["title"])
        if got is None:
            result.problems.append(f"project {want['title']!r} not found")
        elif (got.pages[0], got.pages[-1]) != (want["first_page"], want["last_page"]):
            result.problems.append(f"project {want['title']!r}: pages {got.pages[0]}-{got.pages[-1]}, "
                                   f"want {want['first_page']}-{want['last_page']}")
        else:
            result.projects_right += 1
    printed = truth.get("raw", {})
    order = truth.get("table_order", {})  # a house that prints a project's tables in another order
    rows_printed = truth.get("row_order", {})
    for g in golden:
        table = order[g["project"]].index(int(g["table"])) if g["project"] in order else int(g["table"])
        rows = rows_printed.get(f"{g['project']}|{g['table']}")
        row = rows.index(int(g["row"])) if rows else int(g["row"])
        problem = _cell_problem(by_title.get(g["project"]), {**g, "table": table, "row": row}, truth.get("amount_format"),
                                printed.get(f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"),
                                f"{g['project']}|{g['table']}" in truth.get("scaled", ()),
                                truth.get("derived", {}).get(f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"))
        if problem:
            result.problems.append(f"{g['project']} table {g['table']} row {g['row']} {g['column']}: {problem}")
        else:
            result.cells_right += 1
    _score_fields(result, source, by_title, truth.get("field_labels", {}))
    return result


def source_fields(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Each project's fields in the transcription in the folder `root`: (label, the text of
    its paragraphs)."""
    out = {}
    for rel in json.loads((root / "dossier.json").read_text(encoding="utf-8"))["projects"]:
        project = json.loads((root / rel).read_text(encoding="utf-8"))
        out[project["title"]] = [(row["label"], " ".join(c for c in row["content"] if isinstance(c, str)))
                                 for row in project["rows"] if "label" in row]
    return out


def _score_fields(result: Score, source: Path, by_title: dict, printed: dict[str, str]) -> None:
    """Every field by its label (in any case, as the house ``printed`` it) with its whole text,
    wherever the house set it."""
    for title, fields in source_fields(source).items():
        got = by_title.get(title)
        read = {_squash(f.label).casefold(): _unmarked(f.text) for f in got.fields} if got else {}
        for label, text in fields:
            result.fields_expected += 1
            found = read.get(_squash(printed.get(label, label)).casefold())
            if found == _unmarked(text):
                result.fields_right += 1
            else:
                result.field_problems.append(f"{title}: field {label!r} " + (
                    "not found" if found is None else f"reads {found[:60]!r}... want {_unmarked(text)[:60]!r}..."))


# A house writes a note's mark its own way ("¹", "*", "†", "ᵃ", or typed on the line: "(1)");
# the text is scored without them (the transcriptions hold no number in parentheses).
_NOTE_MARKS = str.maketrans("", "", "*†‡§⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ")
_TYPED_MARK = re.compile(r"\(\d{1,2}\)")


def _unmarked(text: str) -> str:
    return _TYPED_MARK.sub("", _squash(text).translate(_NOTE_MARKS))


# A no-break space between an amount's digit groups or before its sign reads back from the
# text layer as the space it shows.
_GROUP_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2009\u2007", " "))


def _spaced(text: str) -> str:
    return text.translate(_GROUP_SPACES)


_PRINTED_ZERO = re.compile(r"0(?:,0+)?")


def _cell_problem(project, g: dict, amount_format: str | None, printed: str | None = None, scaled: bool = False,
                  derived: str | None = None) -> str | None:
    """What is wrong with the cell read for ``g``; ``amount_format`` is how the house writes
    an amount that the transcription gives bare ("€ {}"), ``printed`` the raw text the house
    recorded for this very cell (it wins); ``scaled``: the house printed the table in
    thousands, so its value is checked in euros; ``derived``: the value in euros the print
    states where its rounding changed the amount."""
    if project is None:
        return "no such project"
    index = int(g["table"])
    if index >= len(project.tables):
        return f"the project has {len(project.tables)} table(s)"
    table = project.tables[index]
    row_index = int(g["row"])
    rows = [r for r in table.rows if r.kind != "section"]  # a section's heading is no cost line
    if row_index >= len(rows):
        return f"the table has {len(rows)} row(s)"
    column = next((i for i, c in enumerate(table.columns) if c.key == g["column"]), None)
    if column is None:
        return f"no column {g['column']} in {[c.key for c in table.columns]}"
    row = rows[row_index]
    cell = row.cells[column]
    value = cell.amount.value * (table.multiplier if scaled else 1) if cell.amount else None
    got = (_squash(row.label).casefold(), _spaced(cell.raw), value)
    raw = amount_format.format(g["raw"]) if amount_format and g["value"] and not g["raw"].startswith("€") else g["raw"]
    raw = raw if printed is None else printed
    value_wanted = Decimal(derived) if derived is not None else Decimal(g["value"]) if g["value"] else None
    if value_wanted is None and printed is not None and _PRINTED_ZERO.fullmatch(printed.translate(_NOTE_MARKS)):
        value_wanted = Decimal(0)  # a financial system prints a nil ("-") as "0,00", its mark too ("0,00*")
    want = (_squash(g["row_label"]).casefold(), _spaced(raw), value_wanted)
    return None if got == want else f"got {got}, want {want}"
