"""Each rule on small tables built by hand, including the interval edge cases."""

from decimal import Decimal as D

from hypothesis import given, settings, strategies as st

from regio.money import format_euros
from regio.schema import Field, Provenance
from regio.validate import check
from regio.validate import RULES
from tables import dossier, table

HEADER = ["Totaal", "Privaat", "Provincie", "Rijk"]


def findings(*tables, fields=(), severity=None):
    result = check(dossier(*tables, fields=fields))
    return [f for f in result.findings if severity is None or f.severity.value == severity]


def test_rule_codes_are_unique_and_documented():
    assert len({r.check for r in RULES.values()}) == len(RULES)
    for r in RULES.values():
        assert r.code.startswith("RD") and r.title and r.description and r.help


def test_consistent_table_has_no_findings():
    t = table(HEADER, [["A", "300.000", "100.000", "100.000", "100.000"],
                       ["B", "200.000", "-", "100.000", "100.000"],
                       ["Totaal", "500.000", "100.000", "200.000", "200.000"]])
    assert findings(t) == []


def test_row_sum_error_with_values_and_difference():
    t = table(HEADER, [["A", "300.000", "100.000", "100.000", "150.000"],
                       ["Totaal", "300.000", "100.000", "100.000", "150.000"]])
    (row,) = [f for f in findings(t) if f.code == "RD101"]
    assert (row.severity.value, row.stated, row.computed, row.difference) == ("error", D(300000), D(350000), D(-50000))
    assert row.row == "A" and row.column == "totaal"


def test_a_total_row_set_first_adds_up_the_rows_under_it():
    """An overview table puts its Totaal first, under the header: its columns are checked too."""
    t = table(HEADER, [["Totaal", "500.000", "100.000", "200.000", "200.000"],
                       ["A", "300.000", "100.000", "100.000", "100.000"],
                       ["B", "200.000", "-", "100.000", "200.000"]])
    (column,) = [f for f in findings(t) if f.code == "RD102"]
    assert (column.row, column.column, column.stated, column.computed) == ("Totaal", "rijk", D(200000), D(300000))


def test_touching_intervals_pass_and_one_euro_more_fails():
    ok = table(["Totaal", "Provincie", "Rijk"], [["A", "6,33 mln.", "5.750.000", "575.000"]])
    assert [f.severity.value for f in findings(ok)] == ["info"]  # 6.325.000 touches [6.325.000, 6.335.000]
    bad = table(["Totaal", "Provincie", "Rijk"], [["A", "6,33 mln.", "5.750.000", "574.999"]])
    assert [f.severity.value for f in findings(bad)] == ["error"]


def test_precision_mix_64_mln_next_to_euros():
    ok = table(["Totaal", "Privaat", "Rijk"], [["A", "64 mln.", "63.000.000", "575.000"]])
    assert [f.severity.value for f in findings(ok)] == ["info"]  # 63.575.000 lies in 64 mln. ± 500.000
    bad = table(["Totaal", "Privaat", "Rijk"], [["A", "64 mln.", "62.900.000", "575.000"]])
    (f,) = findings(bad)
    assert f.severity.value == "error" and f.stated_interval == (D(63500000), D(64500000))


def test_missing_total_is_an_error_with_the_sum_of_its_parts():
    t = table(HEADER, [["A", "-", "75.000", "75.000", "75.000"]])
    (f,) = findings(t)
    assert (f.code, f.check, f.stated, f.computed) == ("RD104", "missing-total", None, D(225000))
    assert "dash" in f.message


def test_nil_and_empty_totals_with_nothing_to_add_are_fine():
    t = table(HEADER, [["A", "-", "-", "", "-"]])
    assert findings(t) == []


def test_footnote_that_excludes_an_amount():
    note = [("*", "Deze zijn buiten de totale investering gehouden.")]
    explained = table(HEADER, [["A", "100.000", "7.500.000*", "50.000", "50.000"]], note)
    (f,) = findings(explained)
    assert f.severity.value == "warning" and "buiten de totale investering" in f.footnote
    contradicted = table(HEADER, [["A", "7.600.000", "7.500.000*", "50.000", "50.000"]], note)
    (g,) = findings(contradicted)
    assert g.severity.value == "error" and "contradicts" in g.diagnosis


def test_footnote_that_says_nothing_about_totals_changes_nothing():
    t = table(HEADER, [["A", "100.000", "7.500.000*", "50.000", "50.000"]], [("*", "Investering via Novel-T.")])
    (f,) = findings(t)
    assert f.severity.value == "error" and f.computed == D(7600000)


def test_grand_total_both_ways_and_its_diagnosis():
    t = table(HEADER, [["A", "100.000", "50.000", "25.000", "25.000"],
                       ["B", "200.000", "100.000", "50.000", "50.000"],
                       ["Totaal", "400.000", "150.000", "75.000", "75.000"]])
    grand = [f for f in findings(t) if f.code == "RD103"]
    assert {(f.stated, f.computed, f.column) for f in grand} == {(D(400000), D(300000), "totaal"),
                                                                  (D(400000), D(300000), None)}
    by_rows = next(f for f in grand if f.column == "totaal")
    assert "A × Totaal (100.000)" in by_rows.diagnosis


def test_transposed_digits_are_diagnosed():
    t = table(HEADER, [["A", "1.250.000", "1.000.000", "400.000", "120.000"]])
    (f,) = findings(t)
    assert f.computed == D(1520000) and "swapped" in f.diagnosis


def test_unit_slip_is_diagnosed():
    t = table(HEADER, [["A", "1.500", "1.000.000", "250.000", "250.000"]])
    (f,) = findings(t)
    assert "1.000 times" in f.diagnosis


def test_no_diagnosis_where_the_numbers_show_nothing():
    t = table(HEADER, [["A", "1.000.000", "123.457", "300.001", "500.000"]])
    (f,) = findings(t)
    assert f.diagnosis is None


def test_table_without_total_row_is_a_warning():
    t = table(HEADER, [["A", "100", "100", "-", "-"], ["B", "200", "200", "-", "-"]])
    assert [f.code for f in findings(t)] == ["RD105"]


def test_other_table_in_the_prose_gets_column_checks():
    t = table(["Per jaar", "EUR 3 jaar"], [["A", "€ 75.000 per broedplaats = € 750.000", "€ 2,25 mln."],
                                           ["B", "€ 150.000", "€ 450.000"], ["C", "", "€ 100.000"],
                                           ["TOTAAL", "", "€ 2,8 mln."]],
              field="Inzet en co-financiering")
    codes = {(f.code, f.column, f.severity.value) for f in findings(t) if f.table_index is not None}
    assert codes == {("RD104", "per jaar", "warning")}
    wrong = table(["Per jaar", "EUR 3 jaar"], [["A", "€ 75.000 per broedplaats = € 750.000", "€ 2,25 mln."],
                                               ["TOTAAL", "", "€ 3,8 mln."]], field="Inzet")
    assert ("RD102", "error") in {(f.code, f.severity.value) for f in findings(wrong)}


def test_unit_times_count_and_per_year_columns():
    good = table(["Per jaar", "EUR 3 jaar"], [["Programmering 10 broedplaatsen", "€ 75.000 per broedplaats = € 750.000", "€ 2,25 mln."]],
                 field="Inzet")
    assert not [f for f in findings(good) if f.code == "RD204"]
    bad = table(["Per jaar", "EUR 3 jaar"], [["Programmering 10 broedplaatsen", "€ 75.000 per broedplaats = € 700.000", "€ 2,1 mln."]],
                field="Inzet")
    (f,) = [f for f in findings(bad) if f.code == "RD204"]
    assert f.stated == D(700000) and f.computed == D(750000)
    years = table(["Per jaar", "EUR 3 jaar"], [["B", "€ 150.000", "€ 400.000"]], field="Inzet")
    (g,) = [f for f in findings(years) if f.code == "RD204"]
    assert g.computed == D(450000)


def field(label, text):
    return Field(label=label, text=text, pages=[1], provenance=Provenance(page=1))


CONSISTENT = table(HEADER, [["A", "6.000.000", "2.000.000", "2.000.000", "2.000.000"],
                            ["Totaal", "6.000.000", "2.000.000", "2.000.000", "2.000.000"]])


def test_prose_that_restates_the_total_agrees_or_is_reported():
    ok = field("Inzet en co-financiering", "De totale projectomvang bedraagt €6 mln. Gevraagde Rijksbijdrage: € 2.000.000.")
    assert findings(CONSISTENT, fields=[ok]) == []
    wrong = field("Inzet en co-financiering", "De totale projectomvang bedraagt € 7,5 miljoen.")
    (f,) = findings(CONSISTENT, fields=[wrong])
    assert (f.code, f.stated, f.computed) == ("RD201", D(7500000), D(6000000))


def test_a_table_in_thousands_is_compared_and_summed_in_euros():
    """"bedragen x € 1.000": the prose's millions meet the table's thousands, and the totals
    the summary and the report give are in euros."""
    from regio.report.html import render

    thousands = table(HEADER, [["A", "6.000", "2.000", "2.000", "2.000"], ["Totaal", "6.000", "2.000", "2.000", "2.000"]])
    thousands.scale = D(1000)
    ok = field("Inzet en co-financiering", "De totale projectomvang bedraagt €6 mln. Gevraagde Rijksbijdrage: € 2.000.000.")
    assert findings(thousands, fields=[ok]) == []
    wrong = field("Inzet en co-financiering", "De totale projectomvang bedraagt € 7,5 miljoen.")
    (f,) = findings(thousands, fields=[wrong])
    assert (f.code, f.stated, f.computed) == ("RD201", D(7500000), D(6000000))
    d = dossier(thousands, fields=[ok])
    result = check(d)
    assert (result.summary.total, result.summary.rijk_total) == (D(6000000), D(2000000))
    assert "€ 6.000.000" in render(d, result, None, "en")


def test_a_table_of_one_row_gives_its_totals():
    """The sources listed as rows with one amount each ("Bedrag"), read turned: its one row
    is the table's totals, for the summary and for the prose."""
    one_row = table(["Totaal", "Provincie", "Rijk"], [["Bedrag", "500.000", "200.000", "300.000"]])
    result = check(dossier(one_row))
    assert (result.summary.total, result.summary.rijk_total) == (D(500000), D(300000))
    wrong = field("Inzet en co-financiering", "De totale projectomvang bedraagt € 600.000.")
    (f,) = findings(one_row, fields=[wrong])
    assert (f.code, f.stated, f.computed) == ("RD201", D(600000), D(500000))


def test_prose_with_a_lost_number():
    text = field("Inzet", "Dit project heeft een omvang van miljoen euro, en kent een looptijd van 4 jaar.")
    (f,) = findings(CONSISTENT, fields=[text])
    assert (f.code, f.stated, f.computed) == ("RD202", None, D(6000000))


def test_percentages_of_one_whole():
    assert findings(CONSISTENT, fields=[field("Inzet", "Personeelslasten 65%, Practica 15% Indirecte kosten 20%.")]) == []
    (f,) = findings(CONSISTENT, fields=[field("Inzet", "Personeelslasten 65%, Practica 15% Indirecte kosten 25%.")])
    assert (f.code, f.computed) == ("RD203", D(105))
    assert findings(CONSISTENT, fields=[field("Inzet", "minimaal 50% en ruim 80% van de mensen")]) == []


def test_listed_parts_against_the_total():
    ok = field("Inzet", "Kosten per onderdeel: • Inzamelen: €1 mln. • Sorteren: €4,25 mln. • Rest: €0,75 mln.")
    assert findings(CONSISTENT, fields=[ok]) == []
    bad = field("Inzet", "Kosten per onderdeel: • Inzamelen: €1 mln. • Sorteren: €4,25 mln. • Rest: €2,75 mln.")
    (f,) = findings(CONSISTENT, fields=[bad])
    assert (f.code, f.stated, f.computed) == ("RD205", D(6000000), D(8000000))


def test_percentage_of_a_named_base():
    ok = field("Inzet", "Voor nu een publieke investering van maximaal € 4,6 miljoen. De rijksbijdrage bedraagt 50% van "
                        "de totale publieke investering, tot een maximum van € 2,3 miljoen.")
    assert not [f for f in findings(CONSISTENT, fields=[ok]) if f.code == "RD206"]
    bad = field("Inzet", "Voor nu een publieke investering van maximaal € 4,6 miljoen. De rijksbijdrage bedraagt 50% van "
                         "de totale publieke investering, tot een maximum van € 3,3 miljoen.")
    (f,) = [f for f in findings(CONSISTENT, fields=[bad]) if f.code == "RD206"]
    assert f.stated == D(3300000) and f.computed == D(2300000)


amounts = st.integers(min_value=0, max_value=5_000_000)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(amounts, min_size=3, max_size=3), min_size=2, max_size=5),
       st.data(), st.integers(min_value=-2_000_000, max_value=2_000_000).filter(lambda d: d != 0))
def test_changing_one_cell_fails_exactly_its_row_and_its_column(body, data, delta):
    def build(values):
        rows = [[f"R{i}", format_euros(D(sum(r))), *(format_euros(D(v)) for v in r)] for i, r in enumerate(values)]
        totals = [sum(col) for col in zip(*[[sum(r), *r] for r in body])]
        rows.append(["Totaal", *(format_euros(D(t)) for t in totals)])
        return table(HEADER, rows)

    assert findings(build(body)) == []
    r = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
    c = data.draw(st.integers(min_value=0, max_value=2))
    changed = [list(row) for row in body]
    changed[r][c] += delta
    t = build(body)
    t.rows[r].cells[c + 1] = build(changed).rows[r].cells[c + 1]
    result = findings(t)
    assert sorted((f.code, f.row, f.column) for f in result) == sorted(
        [("RD101", f"R{r}", "totaal"), ("RD102", "Totaal", HEADER[c + 1].lower())])
    assert {f.difference for f in result} == {D(-delta)}
    t.rows[r].cells[c + 1] = build(body).rows[r].cells[c + 1]
    assert findings(t) == []


def test_a_sections_heading_row_adds_nothing_up_and_is_not_a_total():
    """"Eenmalige kosten" over its cost lines: the total adds up the cost lines of every
    section; the heading neither closes the rows before it nor misses amounts."""
    t = table(HEADER, [["Eenmalige kosten", "", "", "", ""], ["A", "100", "50", "", "50"],
                       ["Doorlopende kosten", "", "", "", ""], ["B", "200", "100", "50", "50"],
                       ["Totaal", "300", "150", "50", "100"]])
    for r in (0, 2):
        t.rows[r].kind = "section"
    assert findings(t) == []
    t.rows[-1].cells[0] = table(HEADER, [["Totaal", "290", "150", "50", "100"]]).rows[0].cells[0]
    errors = findings(t, severity="error")
    assert errors and {(f.row, f.stated, f.computed) for f in errors} == {("Totaal", D(290), D(300))}


def test_a_total_that_runs_on_from_the_one_before_adds_it_and_the_rows_between():
    """"Totaal excl. btw", the btw, "Totaal incl. btw": the second total is the first and the
    btw together. A second section's own total after the first (its rows alone add up to it)
    stays the sum of its rows; a running total that is wrong is still an error."""
    rows = [["A", "400.000", "100.000", "100.000", "200.000"], ["B", "200.000", "-", "100.000", "100.000"],
            ["Totaal excl. btw", "600.000", "100.000", "200.000", "300.000"],
            ["Btw 21%", "126.000", "21.000", "42.000", "63.000"],
            ["Totaal incl. btw", "726.000", "121.000", "242.000", "363.000"]]
    assert findings(table(HEADER, rows)) == []
    sections = [*rows[:3], ["C", "126.000", "21.000", "42.000", "63.000"], ["Totaal C", "126.000", "21.000", "42.000", "63.000"]]
    assert findings(table(HEADER, sections)) == []
    wrong = [*rows[:4], ["Totaal incl. btw", "726.000", "121.000", "242.000", "336.000"]]
    assert {(f.code, f.column, f.stated, f.computed) for f in findings(table(HEADER, wrong), severity="error")} == {
        ("RD102", "rijk", D(336000), D(363000)), ("RD103", None, D(726000), D(699000))}


def test_a_table_that_says_its_figures_are_rounded_allows_half_a_unit_each():
    """"Door afronding kunnen totalen afwijken": 1.001 against 500 + 500 is rounding there,
    an error elsewhere; 1.010 is an error in both."""
    rows = [["A", "1.001", "500", "", "500"], ["B", "1.010", "500", "", "500"]]
    plain = table(HEADER, rows)
    rounded = table(HEADER, rows, footnotes=[("", "Door afronding kunnen totalen afwijken van de som der delen.")])
    assert {(f.row, f.severity.value) for f in findings(plain) if f.code == "RD101"} == {("A", "error"), ("B", "error")}
    assert {(f.row, f.severity.value) for f in findings(rounded) if f.code == "RD101"} == {("A", "info"), ("B", "error")}


def test_a_table_in_millions_with_decimals_allows_half_its_last_digit():
    """"bedragen x € 1 mln." with two decimals: "1,60" stands for 1.595.000 to 1.605.000. Parts
    adding to 1,61 are within that; parts adding to 1,50 are € 100.000 off, an error, not
    rounding (half a million would be, were "1,60" read as a whole number of millions); so is
    a column whose parts add to 1,51 under a total of 1,41."""
    millions = table(HEADER, [["A", "1,60", "0,81", "", "0,80"], ["B", "1,60", "0,70", "", "0,80"],
                              ["Totaal", "3,01", "1,41", "", "1,60"]])
    millions.scale = D(1000000)
    assert {(f.row, f.severity.value) for f in findings(millions) if f.code == "RD101"} == {("A", "info"), ("B", "error")}
    assert {(f.column, f.severity.value) for f in findings(millions) if f.code == "RD102"} == {("privaat", "error")}


def test_groups_side_by_side_each_under_its_own_total_add_up_apart():
    """Two groups of sources, each after its own total: each total is the sum of its group."""
    t = table(["Totaal", "Privaat", "Rijk", "Totaal", "Privaat", "Rijk"],
              [["A", "300", "100", "200", "50", "20", "30"], ["B", "400", "100", "300", "60", "20", "30"]])
    t.columns[3].key = "totaal_2"
    assert [(f.row, f.stated, f.computed) for f in findings(t, severity="error")] == [("B", D(60), D(50))]


def test_a_contents_entry_is_matched_to_the_project_whose_whole_title_it_ends_with():
    from regio.schema import Dossier, Project, TocEntry

    projects = [Project(theme="Talent", title=title, provenance=Provenance(page=page))
                for title, page in (("Twente", 3), ("Skills Twente", 5), ("Leonardo", 8))]
    toc = [TocEntry(text="Talent Twente", page=3), TocEntry(text="2.2 Skills Twente", page=6),
           TocEntry(text="Leonardo", page=8), TocEntry(text="Talent", page=3), TocEntry(text="Bijlage 1 Begroting", page=9),
           TocEntry(text="Onbekend project", page=10)]
    d = Dossier(file="t.pdf", sha256="0" * 64, page_count=10, projects=projects, toc=toc)
    found = [(f.kind, f.project, f.params.get("page")) for f in check(d, select=["RD301"]).findings]
    assert sorted(found, key=str) == sorted([("default", "Skills Twente", "6"), ("unknown", None, "10")], key=str)


def test_back_matter_and_a_contents_set_as_a_table_are_no_unknown_entries():
    """"Eindnoten" is no project; an entry of a contents grid holds number, title (wrapped in
    its cell, the theme's words between) and theme, and names its project by the page too."""
    from regio.schema import Dossier, Project, TocEntry

    projects = [Project(theme="Techniek", title="PDEng voor Advanced Manufacturing", provenance=Provenance(page=5))]
    toc = [TocEntry(text="RD-2018-002 PDEng voor Advanced Techniek Manufacturing", page=5),
           TocEntry(text="Eindnoten", page=39), TocEntry(text="RD-2018-003 PDEng voor Advanced Techniek Manufacturing", page=9)]
    d = Dossier(file="t.pdf", sha256="0" * 64, page_count=40, projects=projects, toc=toc)
    found = [(f.kind, f.params.get("page")) for f in check(d, select=["RD301"]).findings]
    assert found == [("unknown", "9")]


def test_a_contents_number_is_the_printed_one_where_pages_print_theirs():
    from regio.schema import Dossier, Project, TocEntry

    projects = [Project(theme="T", title="Leonardo", provenance=Provenance(page=4)),
                Project(theme="T", title="Skills Twente", provenance=Provenance(page=7))]
    toc = [TocEntry(text="Leonardo", page=3, pdf_page=4), TocEntry(text="Skills Twente", page=5, pdf_page=6)]
    d = Dossier(file="t.pdf", sha256="0" * 64, page_count=6, projects=projects, toc=toc)
    (found,) = check(d, select=["RD301"]).findings
    assert (found.project, found.kind) == ("Skills Twente", "printed")
    assert found.message == ("the table of contents puts 'Skills Twente' on page 5, which is the PDF's page 6; "
                             "it starts on the PDF's page 7.")


def test_a_bundles_contents_may_name_the_cover_of_the_part_a_project_opens():
    """A partner's document bound into a bundle opens with its own cover or contents: the
    bundle's contents names that page, the project starts a page or two on. Where a page in
    between is another project's, or the number runs past the start, the entry is off."""
    from regio.schema import Dossier, Project, TocEntry

    projects = [Project(theme="T", title="Leonardo", pages=[3, 4], provenance=Provenance(page=3)),
                Project(theme="T", title="Skills Twente", pages=[7, 8], provenance=Provenance(page=7)),
                Project(theme="T", title="Zorgtalent", pages=[9, 10], provenance=Provenance(page=9))]
    contents = Provenance(page=1)
    toc = [TocEntry(text="Leonardo", page=2, provenance=contents), TocEntry(text="Skills Twente", page=5, provenance=contents),
           TocEntry(text="Zorgtalent", page=8, provenance=contents)]
    d = Dossier(file="t.pdf", sha256="0" * 64, page_count=10, projects=projects, toc=toc)
    found = [(f.project, f.params.get("page")) for f in check(d, select=["RD301"]).findings]
    assert found == [("Zorgtalent", "8")]


def _with_shares(private_total: str):
    t = table(["Totaal", "%", "Privaat", "%", "Rijk", "%"],
              [["A", "300.000", "100%", "100.000", "33%", "200.000", "67%"],
               ["B", "200.000", "100%", "100.000", "50%", "100.000", "50%"],
               ["Totaal", "500.000", "", private_total, "", "300.000", ""],
               ["Aandeel in totaal", "", "100%", "", "40%", "", "60%"]])
    for column in t.columns[1::2]:
        column.role, column.key = "share", f"{column.key}_aandeel"
    t.rows[-1].kind = "share"
    return t


def test_shares_beside_the_amounts_are_not_added_up():
    """A house that prints each source's share of the row ("40%") beside its amount, and a
    row of shares under the total: neither is a part of any sum, and the amounts still are."""
    assert findings(_with_shares("200.000")) == []
    assert [(f.code, f.row, f.column, f.stated, f.computed) for f in findings(_with_shares("250.000"))] == [
        ("RD102", "Totaal", "privaat", D(250000), D(200000)), ("RD103", "Totaal", None, D(500000), D(550000))]


def _with_subtotal(regional_total: str):
    """Rijk, the regional sources, their subtotal and the total: a programme office's table."""
    t = table(["Rijk", "Provincie", "Privaat", "Subtotaal regio", "Totaal"],
              [["A", "200.000", "50.000", "50.000", "100.000", "300.000"],
               ["B", "100.000", "50.000", "50.000", "100.000", "200.000"],
               ["Totaal", "300.000", "100.000", "100.000", regional_total, "500.000"]])
    t.columns[3].role, t.columns[3].key = "subtotal", "subtotaal_regio"
    return t


def test_a_subtotal_column_is_no_part_of_the_rows_sum_but_adds_up_itself():
    assert findings(_with_subtotal("200.000")) == []
    assert [(f.code, f.column, f.stated, f.computed) for f in findings(_with_subtotal("250.000"))] == [
        ("RD102", "subtotaal_regio", D(250000), D(200000))]


def _with_subtotal_rows(total_row: list[str]):
    """Cost lines in two groups, each closed by its subtotal row, and the Totaal under them."""
    t = table(HEADER, [["A", "300.000", "100.000", "100.000", "100.000"],
                       ["Subtotaal A", "300.000", "100.000", "100.000", "100.000"],
                       ["B", "200.000", "-", "100.000", "100.000"],
                       ["Subtotaal B", "200.000", "-", "100.000", "100.000"], ["Totaal", *total_row]])
    for row in (t.rows[1], t.rows[3]):
        row.kind = "subtotal"
    return t


def test_the_totaal_under_subtotal_rows_is_checked_against_them_and_its_sources():
    assert findings(_with_subtotal_rows(["500.000", "100.000", "200.000", "200.000"])) == []
    # The Totaal row's sources add up to 500.000, not the 450.000 it states; its column's
    # parts, the two subtotals, to 500.000 as well.
    assert [(f.code, f.row, f.column, f.stated, f.computed)
            for f in findings(_with_subtotal_rows(["450.000", "100.000", "200.000", "200.000"]))] == [
        ("RD103", "Totaal", None, D(450000), D(500000)), ("RD103", "Totaal", "totaal", D(450000), D(500000))]


def test_an_amount_not_yet_set_is_said_once_and_its_sums_are_not_checked():
    """'p.m.' (pro memorie) is neither a nil nor a zero: the sums through it cannot be checked."""
    t = table(HEADER, [["A", "300.000", "p.m.", "100.000", "200.000"],
                       ["B", "p.m.", "50.000", "-", "100.000"],
                       ["Totaal", "450.000", "50.000", "100.000", "300.000"]])
    found = findings(t)
    assert [(f.code, f.severity.value, f.row, f.column) for f in found] == [
        ("RD107", "warning", "A", "privaat"), ("RD107", "warning", "B", "totaal")]
    assert "'p.m.' (pro memorie)" in found[0].message and found[0].evidence[0].raw == "p.m."


def test_a_pending_cell_leaves_the_other_sums_checked():
    t = table(HEADER, [["A", "300.000", "p.m.", "100.000", "200.000"],
                       ["B", "200.000", "50.000", "-", "100.000"],
                       ["Totaal", "500.000", "50.000", "100.000", "300.000"]])
    # Row B: 150.000 against 200.000; the Totaal row's sources: 450.000 against 500.000.
    assert sorted(f.code for f in findings(t)) == ["RD101", "RD103", "RD107"]


def test_an_overview_of_projects_with_their_totals_and_the_rijks_part_splits_nothing():
    """An overview lists each project with its Totaal and what the Rijk is asked, and the table
    in the annex that holds it ("B.3"): one source beside a total is no split of it, and a
    column of codes is no source; nothing there is to add up across."""
    t = table(["Totaal", "Rijk", "Tabel"], [["Groene Haven", "6.000.000", "1.500.000", "B.1"],
                                            ["Slimme Wegen", "4.000.000", "1.000.000", "B.2"],
                                            ["Totaal", "10.000.000", "2.500.000", ""]])
    assert findings(t) == []
    t = table(["Totaal", "Rijk"], [["Groene Haven", "6.000.000", "1.500.000"], ["Slimme Wegen", "4.000.000", "1.000.000"],
                                   ["Totaal", "10.000.000", "2.600.000"]])
    assert [(f.code, f.column) for f in findings(t)] == [("RD102", "rijk")]


def test_rows_that_detail_the_row_over_them_are_not_added_again():
    """A budget phases each cost line over the years in rows under it ("w.v. 2019"): those
    rows are parts of the line, not lines of their own, and the columns add up without them."""
    from regio.extract.tables import row_kind

    assert [row_kind(label) for label in ("w.v. 2019", "Waarvan personeel", "- waaronder huur", "Wegen")] == \
        ["detail", "detail", "detail", "body"]
    t = table(HEADER, [["A", "300.000", "100.000", "100.000", "100.000"],
                       ["w.v. 2019", "100.000", "40.000", "30.000", "30.000"],
                       ["w.v. 2020", "200.000", "60.000", "70.000", "70.000"],
                       ["B", "200.000", "-", "100.000", "100.000"],
                       ["Totaal", "500.000", "100.000", "200.000", "200.000"]])
    t.rows[1].kind = t.rows[2].kind = "detail"
    assert findings(t) == []
    t.rows[1].kind = t.rows[2].kind = "body"
    assert {f.code for f in findings(t)} == {"RD102", "RD103"}


def test_lines_under_the_total_that_split_no_source_are_no_part_of_it():
    """A controller's table ends with how the total is covered ("Af: bijdrage Rijk", "Te dekken
    door de regio"), in the Totaal column alone: no row to add up, nor a part of the total,
    whether the total closes the table or opens it."""
    cover = [["Af: bijdrage Rijk", "(200.000)", "", "", ""], ["Te dekken door de regio", "300.000", "", "", ""]]
    closing = table(HEADER, [["A", "300.000", "100.000", "100.000", "100.000"],
                             ["B", "200.000", "-", "100.000", "100.000"],
                             ["Totaal", "500.000", "100.000", "200.000", "200.000"], *cover])
    opening = table(HEADER, [["Totaal", "500.000", "100.000", "200.000", "200.000"], *cover])
    assert findings(closing) == [] and findings(opening) == []
