"""The layout zoo: the same dossiers drawn in other house styles and by other engines.

Every rendering in samples/zoo/ is read and scored against the renderer's record of each
project's pages and the hand-written cell lists in tests/golden/. The floors below are
what the reader achieves today, a ratchet: raise them as the reader improves, never lower
them. The goal for every rendering is every project with its page range and 99.5% of
the cells.
"""

from __future__ import annotations

import pytest

from zoo import ZOO, renderings, score

CELL_FLOOR = {
    "twente-band": 1.0, "twente-chromium": 0.97, "twente-docx": 1.0, "twente-landscape": 0.97,
    "twente-plain": 0.95, "twente-report": 0.96,
    "zeeland-band": 1.0, "zeeland-chromium": 1.0, "zeeland-docx": 1.0, "zeeland-landscape": 1.0,
    "zeeland-plain": 1.0, "zeeland-report": 1.0,
}
PAGE_RANGES_NOT_YET = {"twente-plain"}  # projects sharing a page: the boundary lands one page late


def _read(name: str):
    from regio.extract import extract

    return extract(ZOO / f"{name}.pdf", cross_check="none")


@pytest.fixture(scope="module", params=renderings())
def scored(request):
    return score(request.param, _read(request.param))


def test_every_rendering_has_a_floor():
    assert set(renderings()) == set(CELL_FLOOR)


def test_every_project_is_found_by_title(scored):
    missing = [p for p in scored.problems if p.endswith("not found")]
    assert not missing, "\n".join(missing)


def test_every_project_has_its_page_range(scored):
    if scored.name in PAGE_RANGES_NOT_YET:
        pytest.xfail("projects that share a page end one page late")
    assert scored.projects_right == scored.projects_expected, "\n".join(scored.problems)


def test_cells_right_at_least_the_floor(scored):
    assert scored.cell_share >= CELL_FLOOR[scored.name], "\n".join(scored.problems[:40])
