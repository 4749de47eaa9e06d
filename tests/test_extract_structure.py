"""Fields, table of contents, footnotes and pages of both renderings against the transcription."""

import json

import pytest

from conftest import SAMPLES, extracted, layout, source_projects

SOURCES = source_projects()


def squash(text: str) -> str:
    return "".join(text.split())


def source_fields(project: dict) -> list[tuple[str, str]]:
    fields = []
    for row in project["rows"]:
        if "label" in row:
            prose = [p for p in row["content"] if isinstance(p, str)]
            fields.append((row["label"], " ".join(prose)))
    return fields


@pytest.mark.parametrize("index", range(len(SOURCES)), ids=[s["title"] for s in SOURCES])
def test_every_field_with_its_full_text(rendering, index):
    source = SOURCES[index]
    project = extracted(rendering).projects[index]
    assert [(f.label, squash(f.text)) for f in project.fields] == [
        (label, squash(text)) for label, text in source_fields(source)]


@pytest.mark.parametrize("index", range(len(SOURCES)), ids=[s["title"] for s in SOURCES])
def test_fields_and_projects_are_on_the_pages_they_were_drawn(rendering, index):
    source = SOURCES[index]
    project = extracted(rendering).projects[index]
    drawn = layout(rendering)
    start = next(p["start_page"] for p in drawn["projects"] if p["title"] == source["title"])
    assert project.provenance.page == start
    pages = {f["label"]: f["pages"] for f in drawn["fields"] if f["project"] == source["title"]}
    assert {f.label: f.pages for f in project.fields} == pages


def test_a_field_that_runs_over_a_page_break_is_one_field(rendering):
    multi = [(p.title, f.label) for p in extracted(rendering).projects for f in p.fields if len(f.pages) > 1]
    assert multi, "the samples should have fields that cross pages"
    drawn = {(f["project"], f["label"]) for f in layout(rendering)["fields"] if len(f["pages"]) > 1}
    assert set(multi) == drawn


def test_table_of_contents(rendering):
    toc = json.loads((SAMPLES / "twente" / "dossier.json").read_text(encoding="utf-8"))["toc"]
    assert [(e.text, e.page) for e in extracted(rendering).toc] == [(e["text"], e["page"]) for e in toc]


@pytest.mark.parametrize("index", range(len(SOURCES)), ids=[s["title"] for s in SOURCES])
def test_footnotes_and_notes(rendering, index):
    source = SOURCES[index]
    project = extracted(rendering).projects[index]
    tables = [r["table"] for r in source["rows"] if "table" in r]
    want = [squash(f) for t in tables for f in t.get("footnotes", [])]
    got = [squash(f.mark + f.text) for t in project.tables for f in t.footnotes]
    assert got == want
    assert [(n.mark, squash(n.text)) for n in project.notes] == [
        (n["mark"], squash(" ".join(n["text"]))) for n in source.get("notes", [])]


def test_nested_table_belongs_to_its_field(rendering):
    project = next(p for p in extracted(rendering).projects if p.title == "Creatieve Broedplaatsen")
    nested, investment = project.tables
    assert nested.field == "Inzet en co-financiering" and investment.field is None
    assert [r.kind for r in nested.rows] == ["body", "body", "body", "total"]


def test_every_value_has_provenance_inside_the_page(rendering):
    dossier = extracted(rendering)
    for project in dossier.projects:
        for table in project.tables:
            for row in table.rows:
                for cell in row.cells:
                    x0, top, x1, bottom = cell.provenance.bbox
                    assert 0 <= x0 < x1 <= 600 and 0 <= top < bottom <= 850
                    assert 1 <= cell.provenance.page <= dossier.page_count


def test_extraction_warnings_name_the_project_and_are_the_same_for_both_renderings(rendering):
    warnings = [(w.code, w.message.split(":")[0]) for w in extracted(rendering).warnings]
    assert warnings == [("unlabelled-columns", "Skills Twente"), ("subheader-in-row", "Leonardo"),
                        ("subheader-in-row", "Leonardo")]


def test_a_bundle_of_dossiers_reads_as_each_of_them(tmp_path):
    """Proposals bound into one file, each with its own contents whose page numbers start
    again: each contents names the projects of its own part, and the checks find in the
    bundle what they find in its parts (no contents entry points at another part's pages)."""
    import pypdfium2 as pdfium

    from regio.extract import extract
    from regio.validate import check

    bundle = pdfium.PdfDocument.new()
    for name in ("twente-word", "twente-web"):
        bundle.import_pages(pdfium.PdfDocument(SAMPLES / f"{name}.pdf"))
    bundle.save(tmp_path / "bundle.pdf")
    read = extract(tmp_path / "bundle.pdf")
    word, web = extracted("twente-word"), extracted("twente-web")
    assert [p.title for p in read.projects] == [p.title for p in word.projects] + [p.title for p in web.projects]
    offset = word.page_count
    assert [[page - offset for page in p.pages] for p in read.projects[len(word.projects):]] == [p.pages for p in web.projects]
    cells = [[c.raw for t in p.tables for r in t.rows for c in r.cells] for p in read.projects]
    assert cells == [[c.raw for t in p.tables for r in t.rows for c in r.cells] for p in word.projects + web.projects]
    codes = sorted(f.code for f in check(read).findings)
    assert codes == sorted(f.code for d in (word, web) for f in check(d).findings)


def test_a_bundle_whose_contents_names_each_partners_document_reads_as_its_parts(tmp_path):
    """A secretariat binds a partner's document (with its own contents) behind a contents of
    its own: an entry per project, the bundle's page of its part, the partner in small print
    under it. The partner is no part of the title, and the part's own contents, inside the
    pages the bundle's names, names no project a second time."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from regio.extract import extract

    word = extracted("twente-word")
    front = canvas.Canvas(str(tmp_path / "front.pdf"))
    front.setFont("Helvetica-Bold", 18)
    front.drawString(72, 760, "Inhoud")
    for i, project in enumerate(word.projects):
        y = 720 - 36 * i
        front.setFont("Helvetica", 11)
        front.drawString(72, y, f"{i + 1}. {project.title}")
        front.drawRightString(520, y, str(project.pages[0] + 1))
        front.setFont("Helvetica", 7)
        front.drawString(72, y - 10, f"Ingediend door {('Gemeente Almelo', 'Saxion', 'Provincie Overijssel')[i % 3]}")
    front.save()
    bundle = pdfium.PdfDocument(tmp_path / "front.pdf")
    bundle.import_pages(pdfium.PdfDocument(SAMPLES / "twente-word.pdf"))
    bundle.save(tmp_path / "bundle.pdf")
    read = extract(tmp_path / "bundle.pdf", cross_check="none")
    assert [(p.title, [page - 1 for page in p.pages]) for p in read.projects] == [(p.title, p.pages) for p in word.projects]
    assert [e.text for e in read.toc[:len(word.projects)]] == [f"{i + 1}. {p.title}" for i, p in enumerate(word.projects)]


def test_a_section_of_endnotes_gives_each_note_to_the_project_that_carries_its_mark():
    """"Eindnoten" at the end: no fields, no tables, only notes. Each goes to the project whose
    text carries its mark (not a unit's power: "180.000m²"); what none carries stays."""
    from regio.extract.document import _endnotes_to_their_marks
    from regio.schema import Field, Footnote, Project

    area = Project(theme="T", title="A", fields=[Field(label="Opgave", text="Een terrein van 180.000m² groot.", pages=[2])])
    marked = Project(theme="T", title="B", fields=[Field(label="Opgave", text="De regio¹ groeit² hard.", pages=[5])])
    section = Project(theme="", title="Eindnoten", notes=[Footnote(mark=m, text="Bron") for m in "¹²⁵"])
    _endnotes_to_their_marks([area, marked, section])
    assert (area.notes, [n.mark for n in marked.notes], [n.mark for n in section.notes]) == ([], ["¹", "²"], ["⁵"])


def test_a_page_of_notes_under_the_title_repeated_is_its_projects_page():
    """Slides: the project's notes on a slide of their own, its title repeated over them (a
    second part, "... II"): the page is the project's, and so are the notes."""
    from regio.extract.document import _page_notes_to_their_marks
    from regio.extract.layout import PageLayout, Word, build_lines
    from regio.schema import Field, Project

    def lines(page: int, *texts: str, size: float = 10.0) -> list:
        return build_lines([Word(t, 60, 60 + 5 * len(t), 40 + 20 * i, 40 + 20 * i + size, size) for i, t in enumerate(texts)], page)

    project = Project(theme="T", title="Creatieve Broedplaatsen", pages=[1],
                      fields=[Field(label="Opgave", text="Een creatief klimaat².", pages=[1])])
    layouts = {1: PageLayout(1, 595, 842, lines(1, "Creatieve Broedplaatsen", "Een creatief klimaat²")),
               2: PageLayout(2, 595, 842, lines(2, "Creatieve Broedplaatsen II"), notes=lines(2, "² Bron: CBS", size=7))}
    _page_notes_to_their_marks([project], layouts, set())
    assert project.pages == [1, 2] and [(n.mark, n.text) for n in project.notes] == [("²", "Bron: CBS")]


def test_a_page_of_notes_between_a_projects_pages_takes_its_place_among_them():
    """A sheet folded in three puts a project on its first and third panel and the notes of
    the first on the second: the project's pages stay in order."""
    from regio.extract.document import _page_notes_to_their_marks
    from regio.extract.layout import PageLayout, Word, build_lines
    from regio.schema import Field, Project

    def lines(page: int, text: str, size: float = 10.0) -> list:
        return build_lines([Word(text, 60, 60 + 5 * len(text), 40, 40 + size, size)], page)

    project = Project(theme="T", title="Zilte Zorg", pages=[1, 3],
                      fields=[Field(label="Opgave", text="Een gezond klimaat².", pages=[1, 3])])
    layouts = {1: PageLayout(1, 595, 842, lines(1, "Klimaat²")), 2: PageLayout(2, 595, 842, [], notes=lines(2, "² Bron: CBS", 7)),
               3: PageLayout(3, 595, 842, lines(3, "Verder"))}
    _page_notes_to_their_marks([project], layouts, set())
    assert project.pages == [1, 2, 3]
