"""The extraction of both sample renderings against the hand-written golden cell list."""

from decimal import Decimal

import pytest

from conftest import extracted, golden_cells, layout, source_projects

GOLDEN = golden_cells()
PROJECTS = sorted({g["project"] for g in GOLDEN})


def _squash(text: str) -> str:
    return "".join(text.split())


def _project(dossier, title):
    matches = [p for p in dossier.projects if p.title == title]
    assert len(matches) == 1, f"project {title!r}: found {[p.title for p in dossier.projects]}"
    return matches[0]


def test_every_project_is_found_in_order(rendering):
    dossier = extracted(rendering)
    assert [(p.theme, p.title) for p in dossier.projects] == [(s["theme"], s["title"]) for s in source_projects()]


@pytest.mark.parametrize("title", PROJECTS)
def test_every_cell_matches_the_golden_list(rendering, title):
    project = _project(extracted(rendering), title)
    expected = [g for g in GOLDEN if g["project"] == title]
    drawn = {(c["table"], c["row"], c["column"]): c["page"]
             for c in layout(rendering)["cells"] if c["project"] == title and c["part"] == "body"}
    tables = sorted({int(g["table"]) for g in expected})
    assert len(project.tables) == len(tables)
    problems = []
    for g in expected:
        table = project.tables[int(g["table"])]
        assert _squash(table.label) == _squash(g["table_label"])
        row_index = int(g["row"])
        if row_index >= len(table.rows):
            problems.append(f"table {g['table']} has no row {row_index} ({g['row_label']})")
            continue
        row = table.rows[row_index]
        col_index = next((i for i, c in enumerate(table.columns) if c.key == g["column"]), None)
        if col_index is None:
            problems.append(f"table {g['table']}: no column {g['column']} in {[c.key for c in table.columns]}")
            continue
        cell = row.cells[col_index]
        value = cell.amount.value if cell.amount else None
        want_value = Decimal(g["value"]) if g["value"] else None
        want_page = drawn[(int(g["table"]), row_index, col_index + 1)]
        got = (_squash(row.label), cell.raw, value, cell.kind.value, "".join(cell.marks), cell.provenance.page)
        want = (_squash(g["row_label"]), g["raw"], want_value, g["kind"], g["marks"], want_page)
        if got != want:
            problems.append(f"row {row_index} {g['column']}: got {got}, want {want}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("title", PROJECTS)
def test_no_extra_rows_or_columns(rendering, title):
    project = _project(extracted(rendering), title)
    expected = [g for g in GOLDEN if g["project"] == title]
    for index, table in enumerate(project.tables):
        mine = [g for g in expected if int(g["table"]) == index]
        assert len(table.rows) == len({g["row"] for g in mine})
        assert [c.key for c in table.columns] == list(dict.fromkeys(g["column"] for g in mine))
