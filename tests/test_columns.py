"""Column labels as houses write them, mapped to the funding sources they name."""

import pytest

from regio.extract import columns
from regio.extract.tables import names_funding_sources


@pytest.mark.parametrize("label, key", [
    ("Totaal", "totaal"), ("Totale kosten EUR", "totaal"), ("Private partijen", "privaat"),
    ("Onderwijsinstellingen", "onderwijs"), ("Gemeenten", "gemeente"), ("Provinciale bijdrage", "provincie"),
    ("Overige overheden", "overig_publiek"), ("Bijdrage Rijk", "rijk"), ("Rijksmiddelen", "rijk"),
    # words cut short to fit a narrow column
    ("Tot.", "totaal"), ("Priv.", "privaat"), ("Kennisinst.", "onderwijs"), ("Ov. publiek", "overig_publiek"),
    ("Bedrijfsl.", "privaat"),
    # a public body named for its place
    ("Provincie Kop van Noord-Holland", "provincie"), ("Gemeente Súdwest-Fryslân", "gemeente"),
    ("Waterschap Rijn en IJssel", "overig_publiek"),
    # a template translated for partners across the border
    ("Total costs", "totaal"), ("Private sector", "privaat"), ("Education", "onderwijs"), ("Municipalities", "gemeente"),
    ("Province", "provincie"), ("Other public", "overig_publiek"), ("National government", "rijk"),
])
def test_a_house_names_a_source_in_its_own_words(label, key):
    assert columns.lookup(label).key == key


@pytest.mark.parametrize("label", [
    "door de provincie door de",   # running text that names a source
    "Totaal publiek",              # a group's subtotal, not the table's total
    "Publiek Gem.",                # a group label stacked over its column's own label
    "Provincie en gemeenten",      # two sources
    "Provincie wordt gevraagd",    # a body's word opening a sentence, no place after it
    "totale", "Kosten", "Bijdrage", "tot", "Kost.",
    "Business case",               # English in Dutch text: no company's column
    "Other education", "Courses ordered by employers",  # an English statistics table's columns
])
def test_no_source(label):
    assert columns.lookup(label) is None


def test_which_columns_make_a_funding_table():
    assert names_funding_sources(["Totale kosten", "Private partijen", "Bijdrage Rijk"])
    assert names_funding_sources(["Totaal", "Rijk"])
    # a group's label stacked over one member's counts that member ("Publiek" over "Gem.")
    assert names_funding_sources(["Bedrijfsleven", "Publiek Gem.", "Rijk"])
    assert not names_funding_sources(["2024", "2025", "Totaal"])
    assert not names_funding_sources(["Per jaar", "EUR 3 jaar"])


@pytest.mark.parametrize("label, key", [
    ("2024 (EUR)", "2024"), ("Totaal (€)", "totaal"), ("Kosten (x € 1.000)", "kosten"),
    ("EUR 3 jaar", "eur_3_jaar"), ("Per jaar (indicatief)", "per_jaar_indicatief"),
])
def test_a_year_or_cost_column_is_keyed_without_the_unit_a_system_adds(label, key):
    assert columns.plain_slug(label) == key


@pytest.mark.parametrize("label, key", [("Subtotaal regio", "subtotaal_regio"), ("Sub-totaal cofinanciering", "sub_totaal_cofinanciering"),
                                        ("Subtotaal", "subtotaal")])
def test_a_subtotal_column_sums_sources_and_is_none(label, key):
    meaning = columns.meaning(label)
    assert (meaning.key, meaning.role) == (key, "subtotal")
    assert columns.meaning("Totaal").role == "total" and columns.meaning("Rijk").role == "source"


@pytest.mark.parametrize("label, key", [("Publiek – Provincie", "provincie"), ("Publiek: Gem.", "gemeente"),
                                        ("Overheden - Overig", "overig_publiek"), ("Publiek > Gemeenten", "gemeente")])
def test_a_groups_member_flattened_into_one_label_keeps_its_group(label, key):
    meaning = columns.meaning(label)
    assert (meaning.key, meaning.group) == (key, "publiek")
    assert columns.lookup("Publiek – Kosten") is None  # a group with a member that names no source


@pytest.mark.parametrize("group", ["Publiek", "Publ."])
def test_a_group_label_stacked_over_one_members_label_in_its_header(group):
    """A group's label set over one column only ("Publiek" right-aligned over "Gem."), its
    name cut short to fit that column's width ("Publ.") as a source's is ("Gem.")."""
    meaning = columns.meaning(f"{group} Gem.")
    assert (meaning.key, meaning.group) == ("gemeente", "publiek")
    assert columns.meaning("Publiek totaal").key == "publiek_totaal"  # a group's total is no source


@pytest.mark.parametrize("label, key, group", [("Regionale middelen Publiek Gem.", "gemeente", "publiek"),
                                               ("Cofinanciering Publiek Provincie", "provincie", "publiek"),
                                               ("Regionale middelen Onderwijs", "onderwijs", None)])
def test_a_columns_label_under_tiers_each_one_column_wide_is_the_lowest_tiers(label, key, group):
    """A header in tiers whose groups stand over one column each ("Regionale middelen" over
    "Publiek" over "Gem."): the column is the member's, in its nearest group."""
    meaning = columns.meaning(label)
    assert (meaning.key, meaning.group, meaning.role) == (key, group, "source")
    assert columns.source_of("Regionale middelen Kosten") is None  # tiers over no source


@pytest.mark.parametrize("label, key", [("Regionale middelen Regio", "regio"), ("Cofin. regio Regio", "regio"),
                                        ("Regionale cofinanciering Regio", "regio"), ("Bijdragen derden", "bijdragen_derden")])
def test_a_column_named_for_the_regions_money_under_tiers_that_name_all_sources_so_is_its_own(label, key):
    """"Regio" alone under "Regionale middelen" (or "Cofin. regio") over one column: the column
    is the region's, keyed as a "Regio" column standing alone is; other words under such a
    tier keep the whole label."""
    assert columns.meaning(label).key == key


def _part(field: str | None, label: str, sources: list[tuple[str, str]], page: int):
    from regio.money import parse_cell
    from regio.schema import Cell, Column, FundingTable, Row

    rows = [Row(label=row, cells=[Cell(raw=raw, kind=(cell := parse_cell(raw)).kind, amount=cell.amount)
                                  for raw in ("100.000",) * len(sources)]) for row in ("Bouw", "Onderzoek", "Totaal")]
    return FundingTable(label=label, field=field, pages=[page], rows=rows,
                        columns=[Column(label=text, key=key) for text, key in sources])


def test_a_tables_part_printed_on_the_next_page_joins_it_under_its_caption_read_as_a_field():
    """The other columns of a table too wide for its page, on the next page under the
    table's caption again ("Kosten en financiering ... deel 2 van 2"): where that caption
    opened a field of its own, leaving the part no label, it still names the table."""
    from regio.extract.tables import joined_across

    first = _part("Financiering", "Kosten en financiering", [("Totaal", "totaal"), ("Bedrijven", "privaat")], 1)
    second = _part("Kosten en financiering", "", [("Provincie", "provincie"), ("Rijk", "rijk")], 2)
    joined = joined_across(first, second)
    assert joined is not None and [c.key for c in joined.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert joined.pages == [1, 2] and all(len(r.cells) == 4 for r in joined.rows)
    elsewhere = _part("Begroting", "", [("Provincie", "provincie"), ("Rijk", "rijk")], 2)
    assert joined_across(first, elsewhere) is None
