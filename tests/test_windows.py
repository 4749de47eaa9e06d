"""A long document read window by window: the same dossier and the same findings as read
whole, with no window holding more than its own pages and the contents in front of them."""

import pytest
from conftest import SAMPLES

from regio.extract import WindowReading, extract_in_parts
from regio.limits import Limits
from regio.schema import Dossier
from regio.validate import check, check_parts

WINDOW = 40  # smaller than one copy and a half of the sample: windows start inside a copy


@pytest.fixture(scope="module")
def three_copies(tmp_path_factory):
    """The sample three times over: 96 pages, a contents in front of each copy."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.append(PdfReader(str(SAMPLES / "twente-word.pdf")))
    path = tmp_path_factory.mktemp("long") / "three.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


@pytest.fixture(scope="module")
def whole(three_copies):
    return Dossier.joined(list(extract_in_parts(three_copies, cross_check="none", limits=Limits(window_pages=10_000))))


@pytest.fixture(scope="module")
def windows(three_copies, whole):
    return list(extract_in_parts(three_copies, cross_check="none", limits=Limits(window_pages=WINDOW)))


def test_a_document_read_in_windows_is_the_document_read_whole(whole, windows):
    assert len(windows) >= 3
    joined = Dossier.joined(windows)
    assert len(whole.projects) == 33
    for name in ("projects", "tables", "toc", "warnings"):
        assert [x.model_dump() for x in getattr(joined, name)] == [x.model_dump() for x in getattr(whole, name)], name
    # no project read twice, none lost at a window's edge
    assert [p.title for p in joined.projects] == [p.title for p in whole.projects]


def test_each_window_reads_its_own_pages_and_the_contents_in_front_of_them(three_copies, monkeypatch):
    read = WindowReading.read
    asked: list[list[int]] = []

    def recorded(self, numbers, going_on=False):
        asked.append(list(numbers))
        return read(self, numbers, going_on)

    monkeypatch.setattr(WindowReading, "read", recorded)
    list(extract_in_parts(three_copies, cross_check="none", limits=Limits(window_pages=WINDOW)))
    assert len(asked) >= 3
    assert sorted({p for pages in asked for p in pages}) == list(range(1, 97))
    for pages in asked[1:]:
        # (its own pages: the run of pages at its end)
        first = next(i for i in range(len(pages)) if pages[i:] == list(range(pages[i], pages[-1] + 1)))
        own, front = pages[first:], pages[:first]
        assert len(own) <= WINDOW
        # the contents the window's first page lies under, and nothing else before it
        assert front and len(front) <= 2 and all(p % 32 in (1, 2) for p in front)


def test_a_dossier_checked_window_by_window_has_the_findings_of_the_whole(whole, windows):
    at_once = check(whole)
    in_parts, outline = check_parts(windows)
    assert at_once.findings and [f.model_dump() for f in in_parts.findings] == [f.model_dump() for f in at_once.findings]
    assert in_parts.summary == at_once.summary
    assert [p.title for p in outline.projects] == [p.title for p in whole.projects]
    assert not any(f.lines for p in outline.projects for f in p.fields)


def test_a_free_tables_findings_name_it_by_its_place_in_the_whole_dossier(whole, windows):
    free = {f.table_index for f in check(whole).findings if f.project is None and f.table_index is not None}
    assert free == {f.table_index for f in check_parts(windows)[0].findings
                    if f.project is None and f.table_index is not None}


def test_a_window_that_starts_inside_a_project_leaves_its_end_to_the_window_before():
    from regio.extract.pdf import open_pdf
    from regio.extract.settings import DEFAULT

    path = SAMPLES / "twente-word.pdf"
    opened = open_pdf(path)
    try:
        reading = WindowReading(path, None, opened, None, DEFAULT, "none", False)
        # page 3 holds the end of the first project's table, page 4 the second project's heading
        alone = reading.read(range(3, 9))
        going_on = reading.read(range(3, 9), going_on=True)
    finally:
        opened.close()
    assert alone.projects[0].title == "twente-word" and "no-project-heading" in [w.code for w in alone.warnings]
    assert [p.title for p in going_on.projects] == [p.title for p in alone.projects[1:]]
    assert going_on.projects[0].title.startswith("PDEng")
    assert "no-project-heading" not in [w.code for w in going_on.warnings]


def test_every_table_of_a_document_read_in_windows_is_every_table_read_whole(three_copies):
    from regio.extract import extract_tables

    whole = extract_tables(three_copies, limits=Limits(window_pages=10_000))
    windows = extract_tables(three_copies, limits=Limits(window_pages=WINDOW))
    assert len(whole.tables) > 30
    assert [t.model_dump() for t in windows.tables] == [t.model_dump() for t in whole.tables]
    assert windows.warnings == whole.warnings
