"""A table's header where the page sets it apart from its rows: shrunk to fit in a column of
the page's text, in a type smaller than a note's, or left at a page's foot under a field's
label that goes on over the rows on the next page."""

import pytest
from fixtures import drawn_pdf

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD = "Helvetica-Bold"
_WORDS = ("Het netwerk vergroot de brede welvaart door gerichte investeringen in de regio en het "
          "consortium versterkt de kennisinfrastructuur met regionale partners").split()


def _prose(x: float, y: float, lines: int, width: float, size: float = 9.5) -> list[tuple]:
    """Lines of running text set justified to ``width``, 12.5 points apart."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs, at = [], 0
    for k in range(lines):
        words = [_WORDS[at % len(_WORDS)]]
        while stringWidth(" ".join([*words, _WORDS[(at + len(words)) % len(_WORDS)]]), "Helvetica", size) <= width:
            words.append(_WORDS[(at + len(words)) % len(_WORDS)])
        at += len(words)
        gap = (width - sum(stringWidth(w, "Helvetica", size) for w in words)) / max(1, len(words) - 1)
        left = x
        for word in words:
            runs.append((left, y + 12.5 * k, word, size))
            left += stringWidth(word, "Helvetica", size) + gap
    return runs


_ROWS = [(("Monitoring en", "evaluatie van de", "verkeersstromen"), ("6.875.000", "125.000", "-", "p.m.")),
         (("Omscholing van", "werkenden en de", "kanaalzone"), ("1.435.000", "975.000", "60.000", "400.000")),
         (("Kennisdeling",), ("940.000", "90.000", "150.000", "700.000")),
         (("Totaal",), ("9.250.000", "1.190.000", "210.000", "1.100.000"))]


def _rows(y: float, columns: list[float], size: float) -> list[tuple]:
    """The rows, their labels wrapped in the first column, their amounts set right against
    each column's right edge."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = []
    for label, amounts in _ROWS:
        runs += [(columns[0], y + (size + 2) * k, part, size) for k, part in enumerate(label)]
        runs += [(right - stringWidth(a, "Helvetica", size), y, a, size) for right, a in zip(columns[1:], amounts)]
        y += (size + 2) * len(label) + 6
    return runs


def _the_table(path, pages: list[list[tuple]]):
    """The one project's one table, its columns the four sources the header names."""
    [table] = extract(drawn_pdf(path, pages), cross_check="none").projects[0].tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "rijk"]
    return table


def _amounts(table) -> dict[tuple[str, str], str]:
    return {(row.label, key): cell.raw for row in table.rows for key, cell in zip((c.key for c in table.columns), row.cells)}


def test_a_header_in_small_type_in_the_second_column_of_text_is_the_tables(tmp_path):
    """Two columns of text, the second holding two lines and a table shrunk to fit it: the
    header's labels, each shrunk to fit its cell, standing right of where the first
    column's lines end, head the table's columns; the page's margin is not at the gutter."""
    page = [(50, 60, "Sterke Campus", 16, BOLD), (50, 90, "Aanleiding", 9.5, BOLD), *_prose(50, 104, 40, 240),
            (310, 90, "Financiering", 9.5, BOLD), *_prose(310, 104, 2, 235)]
    # (bold, each label shrunk to fit its cell, the longest most)
    page += [(380, 140, "Totaal", 7, BOLD), (430, 140, "Privaat", 5.5, BOLD), (478, 140, "Gemeente", 5, BOLD),
             (310, 147, "Investeringen", 5.5, BOLD), (383, 148, "(€)", 7, BOLD), (516, 147, "Rijksbijdrage", 4.5, BOLD)]
    page += _rows(160, [310, 410, 460, 505, 545], 7)
    table = _the_table(tmp_path / "twocolumns.pdf", [page])
    assert _amounts(table)[("Omscholing van werkenden en de kanaalzone", "rijk")] == "400.000"


def test_a_header_label_shrunk_over_a_nil_is_the_tables(tmp_path):
    """A label shrunk to fit its column, on the line of a larger one and past where the page's
    one line of running text ends, over a column whose first cell is a nil: the head of that
    column, not a note in the margin."""
    page = [(70, 60, "Sterke Campus", 16, BOLD), (70, 90, "Financiering", 10, BOLD),
            (70, 104, "De regio draagt € 1.250.000 bij aan het programma.", 10)]
    page += [(205, 130, "Totaal", 10, BOLD), (250, 130, "Privaat", 10, BOLD), (410, 130, "Rijk", 10, BOLD),
             (75, 136, "Investeringen", 10, BOLD), (214, 142, "(€)", 10, BOLD), (340, 142, "Gemeenten", 7, BOLD)]
    page += _rows(165, [75, 240, 300, 385, 440], 11)
    table = _the_table(tmp_path / "shrunk.pdf", [page])
    assert _amounts(table)[("Omscholing van werkenden en de kanaalzone", "gemeente")] == "60.000"


def test_rows_beside_the_label_that_says_the_field_goes_on_are_the_tables(tmp_path):
    """A form (labels in a column, each field's text beside its label) whose budget's header
    ends the page: on the next, the rows stand beside "Financiering (vervolg)", the field's
    label again. They are the table's rows, and the label none of its cells."""
    first = [(75, 60, "Sterke Campus", 16, BOLD), (75, 100, "Projectnaam", 10, BOLD),
             (210, 100, "Programma Proeftuinen voor nieuwe technologie", 10),
             (75, 120, "Partijen", 10, BOLD), (210, 120, "Rijkswaterstaat, Scalda, Werkplein Zeeland.", 10),
             (75, 770, "Financiering", 10, BOLD), (210, 770, "De regio draagt € 1.250.000 bij aan het programma.", 10),
             (330, 792, "Totaal", 9, BOLD), (380, 792, "Privaat", 9, BOLD), (420, 792, "Gemeente", 9, BOLD),
             (480, 792, "Rijk", 9, BOLD), (210, 800, "Investeringen", 9, BOLD)]
    second = [(75, 60, "Financiering (vervolg)", 10, BOLD), *_rows(60, [210, 360, 410, 465, 510], 9)]
    table = _the_table(tmp_path / "goeson.pdf", [first, second])
    assert [row.label for row in table.rows] == [" ".join(label) for label, _ in _ROWS]
    assert _amounts(table)[("Kennisdeling", "privaat")] == "90.000"


def test_the_unit_over_a_tables_group_labels_under_another_table_is_the_seconds(tmp_path):
    """Two tables in thousands, each with its unit in small type over its header, the first going on at the
    next page under its unit and header again: the second's unit ("Bedragen x € 1.000"), over
    a group's label and a label's first word wrapped over its header's line, states the
    second table's unit, and is no note of the first."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def right(x: float, y: float, text: str, font: str = "Helvetica", size: float = 9) -> tuple:
        return (x - stringWidth(text, font, size), y, text, size, font)

    def first_table(y: float, rows: list[tuple[str, str, str]]) -> list[tuple]:
        runs = [right(520, y, "Bedragen x € 1.000", size=7.5), (70, y + 16, "Investeringen", 9, BOLD),
                right(380, y + 16, "Totaal", BOLD), right(520, y + 16, "Rijk", BOLD)]
        for k, (label, *amounts) in enumerate(rows):
            runs += [(70, y + 30 + 12 * k, label, 9), *(right(x, y + 30 + 12 * k, a) for x, a in zip((380, 520), amounts))]
        return runs

    first = [(70, 60, "Sterke Campus", 16, BOLD), (70, 90, "Financiering", 10, BOLD),
             (70, 104, "De regio draagt € 1.250.000 bij aan het programma.", 10),
             *first_table(740, [("Bouw", "1.000,0", "500,0")])]
    second = first_table(60, [("Inrichting", "800,0", "400,0"), ("Totaal", "1.800,0", "900,0")])
    second += [right(520, 150, "Bedragen x € 1.000", size=7.5), right(380, 166, "Publieke partijen", BOLD),
               right(450, 178, "Overig", BOLD), (70, 190, "Begroting", 9, BOLD), right(320, 190, "Gemeente", BOLD),
               right(380, 190, "Provincie", BOLD), right(450, 190, "publiek", BOLD), right(520, 190, "Rijk", BOLD)]
    for k, (label, *amounts) in enumerate((("Projecten", "150,0", "3.800,0", "-", "2.200,0"),
                                           ("Totaal", "150,0", "3.800,0", "-", "2.200,0"))):
        second += [(70, 204 + 12 * k, label, 9), *(right(x, 204 + 12 * k, a) for x, a in zip((320, 380, 450, 520), amounts))]
    first, second = extract(drawn_pdf(tmp_path / "units.pdf", [first, second]), cross_check="none").projects[0].tables
    assert [r.label for r in first.rows] == ["Bouw", "Inrichting", "Totaal"] and not first.footnotes
    assert [c.key for c in second.columns] == ["gemeente", "provincie", "overig_publiek", "rijk"]
    assert (first.scale, second.scale) == (1000, 1000)
