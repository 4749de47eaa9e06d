"""Budgets written as sentences, as a memo writes them: a paragraph for each cost line, its
label, a colon and its total, the sources that pay it in parentheses ("Communicatie:
€ 5.762.000 (bedrijven € 12.000; gemeente € 4.750.000; prov. -)"), read as the table they
stand for."""

from decimal import Decimal

import pytest
from fixtures import a4_canvas

from regio.extract import extract
from regio.validate import check

pytest.importorskip("reportlab")

BOLD, PLAIN = "Helvetica-Bold", "Helvetica"
LEADING = 14


def _memo(path, budget: list[str], notes: list[str] = (), caption: str = "De begroting is als volgt (in euro's):",
          caption_font: str = PLAIN):
    """A project of two fields, the first ending in the budget's paragraphs (each a list of
    lines: the first at the margin, the rest indented as a hanging paragraph), then its notes."""
    c, height = a4_canvas(path)
    c.setFont(BOLD, 16)
    c.drawString(60, height - 60, "1. Groene Haven")
    y = height - 100
    c.setFont(BOLD, 11)
    c.drawString(60, y, "Financiering")
    c.setFont(PLAIN, 10)
    for text in ("Het Rijk draagt bij aan het programma; de regio legt de rest in.",
                 "De partners hebben hun bijdragen schriftelijk toegezegd."):
        y -= LEADING
        c.drawString(60, y, text)
    y -= 2 * LEADING
    if caption:
        c.setFont(caption_font, 10)
        c.drawString(60, y, caption)
        y -= LEADING + 4
    c.setFont(PLAIN, 10)
    for paragraph in budget:
        for k, text in enumerate(paragraph):
            c.drawString(60 + 12 * bool(k), y, text)
            y -= LEADING
    for note in notes:
        c.setFont(PLAIN, 8)
        c.drawString(60, y, note)
        y -= 11
    y -= 2 * LEADING
    c.setFont(BOLD, 11)
    c.drawString(60, y, "Borging")
    c.setFont(PLAIN, 10)
    c.drawString(60, y - LEADING, "De werkplaats blijft na de looptijd open voor de bedrijven uit de regio.")
    c.showPage()
    c.save()
    [project] = extract(path, cross_check="none").projects
    return project


MEMO = [["Inrichting van de werkplaats: € 4.956.000 (bedrijven € 575.000; gemeente € 6.000;",
         "prov. € 2.250.000; overig publiek € 1.450.000; rijksbijdrage € 675.000)"],
        ["Communicatie: € 5.762.000 (bedrijven € 12.000; gemeente € 4.750.000; prov. -; overig",
         "publiek € 1.000.000; rijksbijdrage -)"],
        ["Onderzoek: € 811.000 (bedrijven € 775.000*; gemeente € 15.000; rijksbijdrage € 21.000)"],
        ["Totaal: € 11.529.000 (bedrijven € 1.362.000; gemeente € 4.771.000; prov. €",
         "2.250.000; overig publiek € 2,45 mln.; rijksbijdrage € 696.000)"]]


def test_a_budget_written_as_sentences_is_read_as_its_table(tmp_path):
    """Each paragraph is a row, its total the first column, each source a column in the order
    the paragraphs name them; a source a paragraph leaves out is an empty cell; an amount
    broken over two lines ("prov. €" over "2.250.000") is whole. The notes under it are the
    table's, its caption the line over it, and the fields keep only their own text."""
    project = _memo(tmp_path / "memo.pdf", MEMO, notes=["* Waarvan € 500.000 in natura."])
    [table] = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "overig_publiek", "rijk"]
    assert [c.label for c in table.columns[1:]] == ["bedrijven", "gemeente", "prov.", "overig publiek", "rijksbijdrage"]
    assert [row.label for row in table.rows] == ["Inrichting van de werkplaats", "Communicatie", "Onderzoek", "Totaal"]
    assert [row.kind for row in table.rows] == ["body", "body", "body", "total"]
    assert [[c.raw for c in row.cells] for row in table.rows] == [
        ["€ 4.956.000", "€ 575.000", "€ 6.000", "€ 2.250.000", "€ 1.450.000", "€ 675.000"],
        ["€ 5.762.000", "€ 12.000", "€ 4.750.000", "-", "€ 1.000.000", "-"],
        ["€ 811.000", "€ 775.000*", "€ 15.000", "", "", "€ 21.000"],
        ["€ 11.529.000", "€ 1.362.000", "€ 4.771.000", "€ 2.250.000", "€ 2,45 mln.", "€ 696.000"]]
    assert [c.kind for c in table.rows[2].cells] == ["amount", "amount", "amount", "empty", "empty", "amount"]
    assert table.rows[3].cells[4].amount.value == Decimal("2450000")
    assert table.rows[2].cells[1].marks == ["*"]
    assert table.reader == "sentences" and table.caption == "De begroting is als volgt (in euro's):"
    assert [(n.mark, n.text) for n in table.footnotes] == [("*", "Waarvan € 500.000 in natura.")]
    amount = table.rows[3].cells[3].provenance
    assert amount.page == 1 and amount.bbox[2] - amount.bbox[0] > 40  # "€" and "2.250.000", two lines' words
    fields = {f.label: f.text for f in project.fields}
    assert "bedrijven" not in fields["Financiering"] and "natura" not in fields["Financiering"]
    assert fields["Borging"] == "De werkplaats blijft na de looptijd open voor de bedrijven uit de regio."


def test_a_budget_in_sentences_is_checked_as_any_table(tmp_path):
    """The rows' sources add up to their totals but for one; the columns to the total row."""
    budget = [["Bouw: € 2.000.000 (privaat € 1.000.000; provincie € 500.000; Rijk € 500.000)"],
              ["Inrichting: € 1.000.000 (privaat € 200.000; provincie € 300.000; Rijk € 400.000)"],
              ["Totaal: € 3.000.000 (privaat € 1.200.000; provincie € 800.000; Rijk € 900.000)"]]
    project = _memo(tmp_path / "checked.pdf", budget)
    findings = check(extract(tmp_path / "checked.pdf", cross_check="none")).findings
    assert [(f.code, f.row) for f in findings if f.code in ("RD101", "RD102")] == [("RD101", "Inrichting")]
    assert len(project.tables[0].rows) == 3


def test_sources_named_after_their_amounts_and_joined_by_en_are_read_alike(tmp_path):
    """"€ 1.000.000 privaat, € 500.000 provincie en € 500.000 Rijk": the first part sets the
    order of amount and name; commas and "en" part them."""
    budget = [["Bouw: € 2.000.000 (€ 1.000.000 privaat, € 500.000 provincie en € 500.000 Rijk)."],
              ["Inrichting: € 1.000.000 (€ 600.000 privaat en € 400.000 Rijk)."]]
    [table] = _memo(tmp_path / "after.pdf", budget, caption="").tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert [[c.raw for c in row.cells] for row in table.rows] == [
        ["€ 2.000.000", "€ 1.000.000", "€ 500.000", "€ 500.000"], ["€ 1.000.000", "€ 600.000", "", "€ 400.000"]]


def test_parts_without_a_total_follow_the_colon(tmp_path):
    """"Fieldlab: privaat: 1.750.000; Rijk: 1.000.000": no total, each source named with a
    colon; a paragraph goes on over the line while a part waits for its amount. A source a
    later paragraph names after one met before stands after that one."""
    budget = [["Fieldlab: privaat: 1.750.000; Rijk:", "1.000.000"], ["Projecten: privaat: 500.000; provincie: 250.000"]]
    [table] = _memo(tmp_path / "parts.pdf", budget, caption="").tables
    assert [c.key for c in table.columns] == ["privaat", "provincie", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Fieldlab", ["1.750.000", "", "1.000.000"]), ("Projecten", ["500.000", "250.000", ""])]


def test_a_label_holding_a_colon_and_a_group_named_for_each_member(tmp_path):
    """"Kwartier maken: leerbedrijven werven: € 1.000.000 (...)": the label's own colon is no
    end of it. A group's name said for each of its members ("publiek -; publiek € 100.000")
    is a column for each, the group's first and second."""
    budget = [["Kwartier maken: leerbedrijven werven: € 1.000.000 (privaat -; publiek € 400.000; publiek",
               "€ 100.000; Rijk € 500.000)"],
              ["Uitvoering: € 2.000.000 (privaat € 1.000.000; publiek -; publiek -; Rijk € 1.000.000)"]]
    [table] = _memo(tmp_path / "groups.pdf", budget, caption="").tables
    assert [(c.key, c.group) for c in table.columns] == [
        ("totaal", None), ("privaat", None), ("publiek_1", "publiek"), ("publiek_2", "publiek"), ("rijk", None)]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Kwartier maken: leerbedrijven werven", ["€ 1.000.000", "-", "€ 400.000", "€ 100.000", "€ 500.000"]),
        ("Uitvoering", ["€ 2.000.000", "€ 1.000.000", "-", "-", "€ 1.000.000"])]


@pytest.mark.parametrize("font", [PLAIN, BOLD])
def test_one_paragraph_under_a_line_naming_the_budget_is_a_table(tmp_path, font):
    """"Begroting" over it, in the text's type or bold as a field's label."""
    budget = [["Totaal: € 3.000.000 (privaat € 1.200.000; provincie € 800.000; Rijk € 1.000.000)"]]
    [table] = _memo(tmp_path / "one.pdf", budget, caption="Begroting", caption_font=font).tables
    assert [(r.label, r.kind, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Totaal", "total", ["€ 3.000.000", "€ 1.200.000", "€ 800.000", "€ 1.000.000"])]


@pytest.mark.parametrize("budget", [
    # one such sentence in running text is the text's
    [["Totaal: € 3.000.000 (privaat € 1.200.000; provincie € 800.000; Rijk € 900.000)"]],
    # parentheses that name no funding sources
    [["Fase 1: € 2.000.000 (ontwerp € 500.000; bouw € 1.500.000)"],
     ["Fase 2: € 1.000.000 (inrichting € 600.000; opening € 400.000)"]],
    # a plan's steps with a colon and parentheses, no amounts
    [["Fase 1: start in 2019 (ontwerp; aanbesteding)"], ["Fase 2: oplevering eind 2021 (provincie; Rijk)"]],
])
def test_sentences_that_write_no_budget_stay_the_fields_text(tmp_path, budget):
    project = _memo(tmp_path / "prose.pdf", budget, caption="")
    assert project.tables == []
    text = {f.label: f.text for f in project.fields}["Financiering"]
    assert budget[0][0] in text
