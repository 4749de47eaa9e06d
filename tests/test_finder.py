"""The table finder and the table reader on page layouts built by hand, one kind of table
(or of text that is no table) at a time, so that each heuristic is tested without a PDF.

Words are set as a PDF would place them: 0.5 x the font size a character, a quarter of it
between words; a cell (x, text) starts at x, a cell (x, text, "r") ends at x (a figure
set right). Lines go through ``build_lines`` and rules through ``merge_rules``, as on a
real page.
"""

from decimal import Decimal

import pytest

from regio.money import is_figure, stated_scale
from regio.extract.every_table import read_page_tables, read_region
from regio.extract.finder import find_tables
from regio.extract.layout import Fill, Line, PageLayout, Rule, Word, build_lines, join_words, merge_rules
from regio.extract.tables import Region, build_table
from regio.schema import Table

SIZE = 10.0


def width(text: str, size: float = SIZE) -> float:
    return 0.5 * size * len(text)


def line(y: float, *cells, size: float = SIZE) -> list[Word]:
    """The words of one printed line whose top is at y."""
    words = []
    for x, text, *align in cells:
        if align == ["r"]:
            x -= width(text, size)
        for w in text.split():
            words.append(Word(w, x, x + width(w, size), y, y + size, size))
            x += width(w, size) + 0.25 * size
    return words


def rule(x0: float, y0: float, x1: float, y1: float) -> Rule:
    return Rule(x0, y0, x1, y1)


def layout(lines, hrules=(), vrules=(), width=595.0, height=842.0, fills=()) -> PageLayout:
    h, v = merge_rules([*hrules, *vrules])
    return PageLayout(1, width, height, build_lines([w for ln in lines for w in ln], 1), h, v, list(fills))


def _as_a_projects_table(lines, rules=()) -> Table:
    """The one table on a page of these lines, read as a project's table is: its columns
    keyed for the funding sources where it names them, turned where it is drawn turned."""
    page = layout(lines, rules)
    (found,) = find_tables(page)
    table = read_region(page, found, "t1", investment=None)
    assert isinstance(table, Table)
    return table


def row(y: float, label: str | None, *values: str, edges=(330, 420, 510)) -> list[Word]:
    """A row label at x=60 and figures set right against ``edges``."""
    return line(y, *([(60, label)] if label else []), *((x, v, "r") for x, v in zip(edges, values) if v))


def texts(lines) -> list[str]:
    return [ln.text for ln in lines]


# ------------------------------------------------------------------------ tables


def test_fully_ruled_grid():
    xs, ys = [60, 260, 400, 540], [100, 120, 140, 160, 180, 200]
    cells = [("Activiteit", "Rijk", "Regio"), ("Onderzoek", "1.250.000", "750.000"),
             ("Onderwijs", "500.000", "250.000"), ("Inrichting", "2.000.000", "1.000.000"),
             ("Totaal", "3.750.000", "2.000.000")]
    lines = [line(y + 5, (xs[0] + 4, a), (xs[2] - 4, b, "r"), (xs[3] - 4, c, "r")) for y, (a, b, c) in zip(ys, cells)]
    page = layout(lines, [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs])

    (region,) = find_tables(page)
    assert region.ruled and region.box == (60, 100, 540, 200)
    assert texts(region.header) == ["Activiteit Rijk Regio"]
    assert len(region.body) == 4
    (table,) = read_page_tables(page)
    assert table.reader == "ruled"
    assert table.grid() == [["Activiteit", "Rijk", "Regio"],
                            ["Onderzoek", "1.250.000", "750.000"],
                            ["Onderwijs", "500.000", "250.000"],
                            ["Inrichting", "2.000.000", "1.000.000"],
                            ["Totaal", "3.750.000", "2.000.000"]]
    assert table.rows[1].cells[0].amount.value == Decimal(500000)
    assert [r.kind for r in table.rows] == ["body", "body", "body", "total"]


def test_a_grid_drawn_with_its_inner_column_rules_only_is_read_by_its_rules():
    """A house style rules every row across the table and parts its columns with rules
    between them, none at its sides: the row rules' ends are its sides. A label column's
    words beside the table, outside the rules, are none of its cells."""
    xs, ys = [170, 300, 410, 540], [100, 118, 136, 154, 172]
    cells = [("Investeringen", "Privaat", "Rijksbijdrage"), ("Fieldlab", "30.000", "370.000"),
             ("Infrastructuur", "24.000", "-"), ("Totaal kosten", "54.000", "370.000")]
    lines = [line(102, (90, "INZET EN"), (xs[0] + 4, cells[0][0]), (xs[1] + 4, cells[0][1]), (xs[2] + 4, cells[0][2])),
             line(113, (60, "CO-FINANCIERING"), size=7.0),
             *(line(y + 4, (xs[0] + 4, a), (xs[2] - 4, b, "r"), (xs[3] - 4, c, "r")) for y, (a, b, c) in zip(ys[1:], cells[1:]))]
    page = layout(lines, [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs[1:3]])
    (region,) = find_tables(page)
    assert region.ruled and region.box[0] == xs[0] and region.box[2] == xs[-1]
    (table,) = read_page_tables(page)
    assert table.grid() == [list(c) for c in cells]


def test_a_header_cells_label_wrapped_over_its_column_is_no_paragraph_over_the_table():
    """A table laid on its side: one cost line, its label wrapped in its wide header cell
    ("Pilot zorg en wonen in kleine" over "kernen"), the sources down the first column. The
    label's first line is running text as wide as half the table, but it starts in its
    column, not at the table's edge: it is the header's, no paragraph set over the table."""
    xs, ys = [70, 180, 340], [100, 128, 144, 160, 176]
    lines = [line(103, (184, "Pilot zorg en wonen in kleine")),
             line(114, (74, "Financieringsbron"), (184, "kernen")),
             *(line(y + 4, (74, label), (336, value, "r")) for y, label, value in
               ((128, "Provincie", "2.700.000"), (144, "Rijksbijdrage", "825.000"), (160, "Totaal", "3.525.000")))]
    page = layout(lines, [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs])
    (region,) = find_tables(page)
    assert texts(region.header) == ["Pilot zorg en wonen in kleine", "Financieringsbron kernen"]


def test_a_group_over_its_members_under_a_paragraph_in_a_spreadsheets_rows_heads_the_table():
    """A spreadsheet's grid holds a field's paragraph in its rows over a table, then a
    group's label ("Publiek") in a row of its own over the header of two sources it groups:
    the group and the line under it are the header, the paragraph none of it."""
    ys = [100, 114, 128, 142, 156, 170, 184]
    lines = [line(103, (64, "De samenwerking ontwikkelt de brede welvaart in de regio met partners.")),
             line(117, (64, "De totale projectomvang bedraagt vierhonderdduizend euro.")),
             line(131, (330, "Publiek")),
             line(145, (64, "Kostenpost"), (420, "Waterschap", "r"), (510, "Rijk", "r")),
             row(159, "Communicatie", None, "40.000", "26.000"),
             row(173, "Evaluatie", None, "900.000", "1.000.000")]
    page = layout(lines, [rule(60, y, 540, y) for y in ys],
                  [*(rule(x, ys[0], x, ys[-1]) for x in (60, 540)), *(rule(x, ys[3], x, ys[-1]) for x in (300, 430))])
    (region,) = find_tables(page)
    assert texts(region.header) == ["Publiek", "Kostenpost Waterschap Rijk"]


def test_a_grid_of_rows_takes_the_labels_set_over_its_top_rule_as_its_header():
    """Angled spreadsheet headers stand over the grid, outside it: the grid holds rows only,
    and the line right over it, a label over each column, is its header."""
    xs, ys = [60, 260, 400, 540], [100, 120, 140, 160]
    cells = [("Onderzoek", "1.250.000", "750.000"), ("Inrichting", "2.000.000", "1.000.000"), ("Totaal", "3.250.000", "1.750.000")]
    lines = [line(86, (64, "Activiteit"), (264, "Rijk"), (404, "Regio")),
             *(line(y + 5, (xs[0] + 4, a), (xs[2] - 4, b, "r"), (xs[3] - 4, c, "r")) for y, (a, b, c) in zip(ys, cells))]
    page = layout(lines, [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs])
    (table,) = read_page_tables(page)
    assert table.grid() == [["Activiteit", "Rijk", "Regio"], *map(list, cells)]


def test_a_caption_over_a_grid_whose_header_row_is_bold_stays_a_caption():
    """A grid with its own header row, in bold (years, figures all): the caption right over
    it, its parts set apart, is no header."""
    xs, ys = [60, 260, 400, 540], [100, 120, 140]
    bold = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, bold=True) for w in line(105, (64, "Activiteit"), (396, "2024", "r"), (536, "2025", "r"))]
    lines = [line(86, (64, "Activiteit"), (536, "deel 1 van 2", "r")), bold,
             line(125, (64, "Onderzoek"), (396, "450", "r"), (536, "600", "r"))]
    page = layout(lines, [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs])
    (table,) = read_page_tables(page)
    assert table.grid()[0] == ["Activiteit", "2024", "2025"]


def test_a_grid_holding_text_around_its_table_keeps_the_table_alone():
    """A spreadsheet's grid with its unit in the row over the column labels, and a paragraph
    in the row under the last row, running on over the empty cells: neither is the table's."""
    xs = [60, 195, 330, 420, 540]
    ys = [100, 120, 140, 160, 180, 200, 220]
    lines = [line(105, (199, "bedragen x € 1.000")),
             line(125, (64, "Activiteit"), (416, "2024", "r"), (536, "2025", "r")),
             line(145, (64, "Onderzoek"), (199, "eerste fase"), (416, "450", "r"), (536, "600", "r")),
             line(165, (64, "Inrichting"), (199, "tweede fase"), (416, "300", "r"), (536, "550", "r")),
             line(185, (64, "Totaal"), (416, "750", "r"), (536, "1.150", "r")),
             line(205, (199, "In 2024 ligt de nadruk op de werving van nieuwe deelnemers."))]
    page = layout(lines, [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs])
    (region,) = find_tables(page)
    assert texts(region.header) == ["Activiteit 2024 2025"]
    assert texts(region.body) == ["Onderzoek eerste fase 450 600", "Inrichting tweede fase 300 550", "Totaal 750 1.150"]
    assert region.box == (60, 123, 540, 197)  # two points round its first and last lines
    assert texts([region.scale_note or region.caption]) == ["bedragen x € 1.000"]


def test_a_canvas_of_boxes_parted_elsewhere_in_each_row_is_no_table_but_its_budget_is():
    """A project canvas on A3: a row of five boxes of text over a row of two, the budget in
    one of them, each row's boxes parted where the other's are not. No column rule runs
    through both rows, as a table's run through every row of its body: the boxes are no
    table's cells, and the budget is read as the table it is."""
    xs = (40, 250, 460, 670, 880, 1150)
    upper = [w for x0, x1 in zip(xs, xs[1:]) for ln in justified(x0 + 5, x1 - 5, 100, WORDS) for w in ln]
    budget = [line(320, (45, "Onderdeel"), (330, "Totaal", "r"), (440, "Privaat", "r"), (560, "Rijk", "r")),
              row(334, "Evaluatie", "1.200.000", "500.000", "700.000", edges=(330, 440, 560)),
              row(348, "Fieldlab", "800.000", "300.000", "500.000", edges=(330, 440, 560)),
              row(362, "Totaal", "2.000.000", "800.000", "1.200.000", edges=(330, 440, 560))]
    beside = [w for ln in justified(605, 1145, 320, WORDS) for w in ln]
    frame = [rule(40, 90, 1150, 90), rule(40, 310, 1150, 310), rule(40, 510, 1150, 510),
             rule(40, 90, 40, 510), rule(1150, 90, 1150, 510), rule(600, 310, 600, 510)]
    page = PageLayout(1, 1190.0, 842.0, build_lines([*upper, *(w for ln in budget for w in ln), *beside], 1),
                      *merge_rules([*frame, *(rule(x, 90, x, 310) for x in xs[1:-1])]), [])
    (region,) = find_tables(page)
    assert texts(region.header) == ["Onderdeel Totaal Privaat Rijk"]
    assert texts(region.body) == [" ".join(w.text for w in ln) for ln in budget[1:]]


def test_a_table_whose_cells_are_boxes_of_their_own_is_one_grid():
    """A table whose body cells are each drawn in a box of its own, a few points inside the
    frame, under a header row parted by one rule of its own between theirs: its rows stand
    between rules a few points off each other's, no two rows of boxes parted elsewhere."""
    rows = [("Performance.gov", "$1.1M"), ("IT Dashboard", "$1.06M"), ("Data.gov", "$0.9M"), ("Total", "$3.06M")]
    lines = [line(280, (90, "Program"), (520, "Budget", "r")),
             *(line(300 + 20 * k, (90, label), (520, amount, "r")) for k, (label, amount) in enumerate(rows))]
    frame = [rule(81, 275, 531, 275), rule(81, 380, 531, 380), rule(81, 275, 81, 380), rule(531, 275, 531, 380),
             rule(81, 293, 531, 293), rule(464, 275, 464, 293)]
    boxes = [r for k in range(len(rows)) for x0, x1 in ((86, 459), (469, 526))
             for r in (rule(x0, 296 + 20 * k, x1, 296 + 20 * k), rule(x0, 313 + 20 * k, x1, 313 + 20 * k),
                       rule(x0, 296 + 20 * k, x0, 313 + 20 * k), rule(x1, 296 + 20 * k, x1, 313 + 20 * k))]
    (region,) = find_tables(layout(lines, [*frame, *boxes]))
    assert region.ruled and texts(region.header) == ["Program Budget"]
    assert texts(region.body) == [f"{label} {amount}" for label, amount in rows]


def test_a_grid_of_boxes_of_running_text_on_a_large_page_is_no_table():
    """A poster's row of four boxes of text on A3 landscape: each column less of the page's
    width than a column of running text is of a portrait page's, but over twenty ems wide
    and no amount in any of them. Text in boxes, not a table."""
    xs = (40, 310, 580, 850, 1120)
    words = [w for x0, x1 in zip(xs, xs[1:]) for ln in justified(x0 + 5, x1 - 5, 100, WORDS) for w in ln]
    rules = [rule(40, 90, 1120, 90), rule(40, 310, 1120, 310), *(rule(x, 90, x, 310) for x in xs)]
    page = PageLayout(1, 1190.0, 842.0, build_lines(words, 1), *merge_rules(rules), [])
    assert find_tables(page) == []


def test_a_grid_with_paragraphs_in_its_rows_over_a_table_starts_the_table_at_its_labels():
    """A form printed from a spreadsheet: a field's paragraphs, each in a row of the grid,
    over the table the field goes on with; the header is the row of column labels."""
    xs = [60, 195, 330, 420, 540]
    ys = [100, 132, 164, 180, 200, 220]
    lines = [line(104, (199, "De aanpak is breed en voor de start is er nog geen loket.")),
             line(116, (199, "Het is juist de kracht om partijen bij elkaar te brengen.")),
             line(136, (199, "Twente investeert zelf in de huisvesting van de plekken.")),
             line(148, (199, "Het Rijk vragen we te investeren in het programma.")),
             line(168, (64, "Investering"), (416, "Per jaar", "r"), (536, "Drie jaar", "r")),
             line(185, (64, "Programma"), (416, "75.000", "r"), (536, "225.000", "r")),
             line(205, (64, "Organisatie"), (416, "150.000", "r"), (536, "450.000", "r"))]
    page = layout(lines, [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs])
    (region,) = find_tables(page)
    assert texts(region.header) == ["Investering Per jaar Drie jaar"]
    assert texts(region.body) == ["Programma 75.000 225.000", "Organisatie 150.000 450.000"]


def test_cells_centred_in_their_rows_keep_a_taller_cells_first_line_in_its_row():
    """A table without rules whose cells are centred in the row's height: an amount wrapped
    over two lines ("12,38" / "mln.") starts above its row's label, which stands on the
    middle line, set further from the row above than a label's lines are from each other."""
    lines = [line(100, (60, "Project"), (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r")),
             line(120, (330, "64", "r"), (510, "5,8", "r")),
             line(126, (60, "Kennispark"), (420, "36,5 mln.", "r")),
             line(132, (330, "mln.", "r"), (510, "mln.", "r")),
             line(147, (60, "Technology"), (330, "6,33", "r")),
             line(153, (420, "-", "r"), (510, "575.000", "r")),
             line(159, (60, "Base"), (330, "mln.", "r")),
             line(174, (330, "12,38", "r"), (510, "1,13", "r")),
             line(180, (60, "HTSP"), (420, "7,3 mln.", "r")),
             line(186, (330, "mln.", "r"), (510, "mln.", "r")),
             line(201, (330, "€", "r")),
             line(207, (330, "92,3", "r"), (420, "43,8", "r"), (510, "7,5", "r")),
             line(213, (60, "Totaal"), (330, "mln.", "r"), (420, "mln.", "r"), (510, "mln.", "r"))]
    (table,) = read_page_tables(layout(lines))
    assert table.grid()[1:] == [["Kennispark", "64 mln.", "36,5 mln.", "5,8 mln."],
                                ["Technology Base", "6,33 mln.", "-", "575.000"],
                                ["HTSP", "12,38 mln.", "7,3 mln.", "1,13 mln."],
                                ["Totaal", "€ 92,3 mln.", "43,8 mln.", "7,5 mln."]]


def test_a_first_row_of_cells_each_centred_on_lines_of_their_own_is_no_part_of_the_header():
    """Cells centred in their rows under a header centred so too ("Totaal" over "(€)" beside
    the one-line labels): the first row's amounts wrapped under their "€", its label and a
    nil between, each a part of a line lower than the one before. The row climbs in those
    steps from its last line; the wider gap over its top step parts it from the header."""
    def row_of(top, label, nil):
        return [line(top, (275, "€", "r"), (437, "€", "r"), (507, "€", "r")),
                line(top + 6, (60, label), (365, nil, "r")),
                line(top + 12, (290, "387.000", "r"), (450, "370.000", "r"), (520, "17.000", "r"))]

    lines = [line(100, (290, "Totaal", "r")),
             line(106, (60, "Investeringen"), (380, "Onderwijs", "r"), (450, "Gem.", "r"), (520, "Rijk", "r")),
             line(112, (285, "(€)", "r")),
             *row_of(127, "Fieldlab", "-*"), *row_of(154, "Totaal", "-")]
    (table,) = read_page_tables(layout(lines))
    assert table.grid() == [["Investeringen", "Totaal (€)", "Onderwijs", "Gem.", "Rijk"],
                            ["Fieldlab", "€ 387.000", "-*", "€ 370.000", "€ 17.000"],
                            ["Totaal", "€ 387.000", "-", "€ 370.000", "€ 17.000"]]


def test_a_first_rows_label_line_over_its_amounts_wrapped_under_their_signs_is_the_rows():
    """The same, the row's label wrapped over three lines centred on the row: its first line
    stands over the line of "€" signs set over the amounts' first figures, a step higher
    again. All three steps are the row's."""
    lines = [line(100, (290, "Totaal", "r")),
             line(106, (60, "Investeringen"), (380, "Onderwijs", "r"), (450, "Gem.", "r"), (520, "Rijk", "r")),
             line(112, (285, "(€)", "r")),
             line(126, (62, "Veldproeven")),
             line(133, (255, "€"), (415, "€"), (485, "€")),
             line(140, (85, "op"), (290, "387.000", "r"), (365, "-", "r"), (450, "370.000", "r"), (520, "17.000", "r")),
             line(151, (55, "proefbedrijven"))]
    (table,) = read_page_tables(layout(lines))
    assert table.grid() == [["Investeringen", "Totaal (€)", "Onderwijs", "Gem.", "Rijk"],
                            ["Veldproeven op proefbedrijven", "€ 387.000", "-", "€ 370.000", "€ 17.000"]]


def test_a_paragraph_over_a_tables_value_columns_is_not_its_header():
    """A spreadsheet printed without its grid: a field's text beside its label, over the
    value columns, right above the table whose header is underlined. The paragraph (and its
    short last line) is text, not header."""
    lines = [line(100, (200, "De bijdrage van het bedrijfsleven bestaat uit de inzet van begeleiders en")),
             line(111, (200, "apparatuur.")),
             line(126, (60, "Kosten"), (330, "Totaal", "r"), (420, "Provincie", "r"), (510, "Rijk", "r")),
             row(141, "Leerroutes", "1.500.000", "200.000", "500.000"),
             row(152, "Omscholing", "1.100.000", "150.000", "400.000"),
             row(163, "Totaal", "2.600.000", "350.000", "900.000")]
    (region,) = find_tables(layout(lines, [rule(60, 137, 510, 137)]))
    assert texts(region.header) == ["Kosten Totaal Provincie Rijk"]
    assert len(region.body) == 3


def test_a_last_row_centred_over_three_lines_of_one_cell_each_is_the_tables():
    """The total under a table that centres its cells: the amount wrapped over two lines
    ("€ 2,8" / "mln."), the label on the line between, none of them a line of two cells."""
    lines = [line(100, (60, "Investering"), (420, "Per jaar", "r"), (510, "Drie jaar", "r")),
             row(115, "Ondersteuning", "75.000", "225.000", edges=(420, 510)),
             row(130, "Organisatie", "150.000", "450.000", edges=(420, 510)),
             line(145, (510, "€ 6,8", "r")),
             line(151, (60, "TOTAAL")),
             line(157, (510, "mln.", "r")),
             line(190, (60, "De regio draagt de rest van de kosten uit eigen middelen."))]
    (table,) = read_page_tables(layout(lines))
    assert table.grid()[-1] == ["TOTAAL", "", "€ 6,8 mln."]


def test_two_value_columns_whose_centred_cells_share_no_line_are_two_columns():
    """Cells centred in their rows, each wrapped over another number of lines: the amounts
    of two columns stand on lines that reach into each other, never on one line."""
    lines = [line(94, (510, "Drie", "r")),
             line(100, (60, "Investering"), (420, "Per jaar", "r")),
             line(106, (510, "jaar", "r")),
             line(120, (60, "Ondersteuning"), (420, "75.000", "r")),
             line(126, (510, "225.000", "r")),
             line(145, (60, "Organisatie"), (420, "150.000", "r")),
             line(151, (510, "450.000", "r")),
             line(170, (420, "225.000", "r")),
             line(176, (60, "Totaal"), (510, "675.000", "r"))]
    (table,) = read_page_tables(layout(lines))
    assert table.grid() == [["Investering", "Per jaar", "Drie jaar"], ["Ondersteuning", "75.000", "225.000"],
                            ["Organisatie", "150.000", "450.000"], ["Totaal", "225.000", "675.000"]]


@pytest.mark.parametrize("set_apart", ["bold", "italic", "indent"])
def test_a_label_alone_heading_the_rows_under_it_is_a_section_not_a_cost_line(set_apart):
    """A budget groups its cost lines under headings ("Eenmalige kosten") set bold or italic
    over plain labels, or over labels indented under them: those rows add nothing up."""
    from dataclasses import replace

    indent = 12 if set_apart == "indent" else 0

    def heading(y: float, text: str) -> list[Word]:
        return [replace(w, **({set_apart: True} if set_apart != "indent" else {})) for w in line(y, (60, text))]

    lines = [line(100, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Rijk", "r")),
             heading(120, "Eenmalige kosten"), row(135, None, "500.000", "250.000"),
             heading(150, "Doorlopende kosten"), row(165, None, "300.000", "100.000"),
             row(180, "Totaal", "800.000", "350.000")]
    lines[2] = line(135, (60 + indent, "Inrichting"), (330, "500.000", "r"), (420, "250.000", "r"))
    lines[4] = line(165, (60 + indent, "Beheer"), (330, "300.000", "r"), (420, "100.000", "r"))
    (table,) = read_page_tables(layout(lines, [rule(55, 95, 430, 95), rule(55, 115, 430, 115), rule(55, 195, 430, 195)]))
    assert [(r.kind, r.label) for r in table.rows] == [
        ("section", "Eenmalige kosten"), ("body", "Inrichting"), ("section", "Doorlopende kosten"), ("body", "Beheer"),
        ("total", "Totaal")]
    assert [c.raw for c in table.rows[1].cells] == ["500.000", "250.000"]


def test_a_label_alone_over_a_row_in_the_same_type_is_no_section():
    """A row label broken off above its values, in the type of the other labels, is part of the row."""
    lines = [line(100, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Rijk", "r")),
             line(120, (60, "Inrichting van het")), line(132, (60, "centrum"), (330, "500.000", "r"), (420, "250.000", "r")),
             row(150, "Totaal", "500.000", "250.000")]
    (table,) = read_page_tables(layout(lines, [rule(55, 95, 430, 95), rule(55, 115, 430, 115), rule(55, 165, 430, 165)]))
    assert [r.kind for r in table.rows] == ["body", "total"]


@pytest.mark.parametrize("group, funding", [("Aantal deelnemers", False), ("Number of teachers", False),
                                            ("Bijdragen", True)])
def test_a_table_whose_header_says_it_counts_holds_no_money(group, funding):
    """"Totaal | Privaat | Rijk" under "Aantal deelnemers" counts people; under a group of
    money the same columns are a funding table."""
    lines = [line(80, (325 - len(group) * 2.5, group)),
             line(100, (60, "Jaar"), (260, "Totaal", "r"), (330, "Privaat", "r"), (420, "Rijk", "r")),
             *(row(120 + 15 * i, str(1996 + i), "3.051", "2.667", "384", edges=(260, 330, 420)) for i in range(3))]
    page = layout(lines, [rule(55, 75, 430, 75), rule(225, 93, 425, 93), rule(55, 114, 430, 114), rule(55, 170, 430, 170)])
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts), investment=None)
    assert [c.label for c in table.columns] == ["Totaal", "Privaat", "Rijk"] and table.funding is funding


@pytest.mark.parametrize("figures, funding", [
    ([("16,9", "17,1", "15,5"), ("16,6", "16,8", "15,2"), ("16,3", "16,4", "15,0")], False),  # ratios
    ([("3.051", "2.667", "384"), ("3.138", "2.746", "391"), ("3.230", "2.830", "400")], True),
    # one row whose total is short of a part is a slip the checks report, not a table of rates
    ([("3.051", "2.667", "384"), ("2.700", "2.746", "391"), ("3.230", "2.830", "400")], True)])
def test_a_table_whose_totals_lie_between_their_parts_holds_no_money(figures, funding):
    """"Totaal | Gemeente | Privaat" with every row's total between its parts averages them
    (pupils per teacher); amounts add up to more than any part, whatever the notation."""
    lines = [line(100, (60, "Jaar"), (260, "Totaal", "r"), (330, "Gemeente", "r"), (420, "Privaat", "r")),
             *(row(120 + 15 * i, str(1996 + i), *cells, edges=(260, 330, 420)) for i, cells in enumerate(figures))]
    page = layout(lines, [rule(55, 95, 430, 95), rule(55, 114, 430, 114), rule(55, 170, 430, 170)])
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts), investment=None)
    assert [c.key for c in table.columns] == ["totaal", "gemeente", "privaat"] and table.funding is funding


def _bold(words: list[Word]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, bold=True) for w in words]


@pytest.mark.parametrize("closing, header_type", [("Totaal", lambda ws: ws), ("Beheer", _bold)])
def test_two_tables_stacked_without_a_gap_are_two(closing, header_type):
    """A narrow table set right in the text column, and right under it a table across the
    page, in the line spacing of their rows. Under a total, or in header type under rows that
    are not, a line of labels is the second table's header, not a row of the first."""
    first = [line(100, (200, "Kostenpost"), (420, "Totaal", "r"), (510, "Rijk", "r")),
             row(115, None, "500.000", "250.000", edges=(420, 510)), row(130, None, "300.000", "100.000", edges=(420, 510))]
    first[1] = line(115, (200, "Inrichting"), (420, "500.000", "r"), (510, "250.000", "r"))
    first[2] = line(130, (200, closing), (420, "800.000", "r"), (510, "350.000", "r"))
    second = [header_type(line(145, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Gemeente", "r"), (510, "Rijk", "r"))),
              row(160, "Onderzoek", "90.000", "30.000", "60.000"), row(175, "Totaal", "90.000", "30.000", "60.000")]
    regions = find_tables(layout([*first, *second]))
    assert [texts(r.header) for r in regions] == [["Kostenpost Totaal Rijk"], ["Kostenpost Totaal Gemeente Rijk"]]
    assert [len(r.body) for r in regions] == [2, 2]


def test_a_header_under_a_tables_note_and_a_line_of_text_opens_the_next_table():
    """The first table's note and a form's one-line field (its label, then its sentence) stand
    between two tables in the spacing of their rows: the bold header under them opens the
    second table, whatever stands between it and the first table's last row."""
    first = [_bold(line(100, (60, "Begroting"), (330, "Totaal", "r"), (420, "Bedrijven", "r"), (510, "Rijk", "r"))),
             row(115, "Programmamanagement", "1.900.000", "900.000", "1.000.000*"),
             row(130, "Inrichting fieldlab", "48.000", "26.000", "22.000")]
    between = [line(145, (60, "* Bijdrage Rijk niet uit Regio Envelop."), size=8.0),
               line(158, (60, "Planning"), (200, "Het gebied is sterk afhankelijk van een beperkt aantal werkgevers."))]
    second = [_bold(line(173, (60, "Onderdeel"), (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r"))),
              row(188, "Apparatuur", "500.000", "0", "500.000"), row(203, "Onderzoek", "472.000", "450.000", "22.000")]
    regions = find_tables(layout([*first, *between, *second]))
    assert [texts(r.header) for r in regions][-1] == ["Onderdeel Totaal Privaat Rijk"]
    assert [len(r.body) for r in regions][-1] == 2
    assert not any("Onderdeel" in ln.text for ln in regions[0].body)


def test_a_bold_total_with_its_euro_signs_on_a_line_of_their_own_stays_in_its_table():
    """A narrow cell sets "€" over its amount: the bold total's line holds its label and the
    signs, no figure, under rows in body type. Signs are no labels: the line opens no table."""
    lines = [line(100, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Rijk", "r")),
             line(115, (60, "Inrichting"), (330, "500.000", "r"), (420, "250.000", "r")),
             _bold(line(130, (60, "TOTAAL"), (280, "€"), (370, "€"))),
             _bold(line(140, (330, "500.000", "r"), (420, "250.000", "r")))]
    (region,) = find_tables(layout(lines))
    assert texts(region.header) == ["Kostenpost Totaal Rijk"] and len(region.body) == 3


def test_table_ruled_only_at_top_under_header_and_bottom():
    cells = [("Bron", "2024", "2025", "2026"), ("Rijk", "400.000", "350.000", "250.000"),
             ("Provincie", "200.000", "150.000", "100.000"), ("Gemeenten", "75.000", "75.000", "50.000"),
             ("Totaal", "675.000", "575.000", "400.000")]
    lines = [row(105 + 16 * i, *c, edges=(300, 400, 500)) for i, c in enumerate(cells)]
    page = layout(lines, [rule(56, 100, 504, 100), rule(56, 118, 504, 118), rule(56, 180, 504, 180)])

    (region,) = find_tables(page)
    assert texts(region.header) == ["Bron 2024 2025 2026"]
    assert len(region.body) == 4 and len(region.cuts) == 3
    (table,) = read_page_tables(page)
    assert len(table.columns) == 3 and len(table.rows) == 4
    assert table.grid() == [list(c) for c in cells]


def test_a_header_of_labels_wrapped_over_seven_lines_over_its_rule_is_all_header():
    """A turned table names its cost lines over its columns, each wrapped in its narrow
    column: the longest runs to seven lines over the rule under the header. None of them
    is running text or figures, so all are the header, not its first line alone."""
    pieces = ["Onderzoek", "naar", "circulaire", "textiel-", "ketens in", "Twente voor"]
    head = [line(100 + 10 * k, (500, piece, "r"), size=8) for k, piece in enumerate(pieces)]
    head.append(line(160, (60, "Kostenpost"), *((x, label, "r") for x, label in
                                                ((300, "Evaluatie"), (400, "Apparatuur"), (500, "het mkb"))), size=8))
    body = [row(180 + 12 * k, *cells, edges=(300, 400, 500)) for k, cells in enumerate(
        [("Totaal", "60.000", "70.000", "80.000"), ("Provincie", "20.000", "30.000", "40.000"),
         ("Rijk", "40.000", "40.000", "40.000")])]
    from regio.extract.finder import _header_ended

    page = layout([*head, *body], [rule(56, 174, 504, 174), rule(56, 216, 504, 216)])
    header, rows = _header_ended(page.lines, page)
    assert len(header) == 7 and texts(rows)[0] == "Totaal 60.000 70.000 80.000"


def test_a_rule_under_the_last_row_of_a_table_ruled_row_by_row_parts_it_from_one_more():
    """Rules between all the rows, none under the last: a rule under a row with a long label
    closes nothing, and the row under it, one column filled, is the table's too."""
    edges = (330, 430)
    lines = [row(100, "Investering", "EUR 3 jaar", "Per jaar", edges=edges), row(114, "TOTAAL", "€ 2,8 mln.", edges=edges),
             row(130, "Ondersteuning", "€ 2,25 mln.", "€ 750.000", edges=edges),
             row(146, "Projectorganisatie", "€ 450.000", "€ 150.000", edges=edges),
             line(158, (60, "(beleidsontwikkeling,")), line(170, (60, "subsidieverordening,")), line(182, (60, "aanvragen,")),
             line(194, (60, "communicatie).")),
             row(210, "Onderzoek naar effect", "€ 100.000", edges=edges), line(222, (60, "broedplaatsen"))]
    page = layout(lines, [rule(56, y, 434, y) for y in (98, 111, 127, 143, 207)])
    (table,) = read_page_tables(page)
    assert [r[0] for r in table.grid()] == ["Investering", "TOTAAL", "Ondersteuning",
                                            "Projectorganisatie (beleidsontwikkeling, subsidieverordening, aanvragen, communicatie).",
                                            "Onderzoek naar effect broedplaatsen"]


def test_a_cell_of_words_wrapped_under_the_last_row_is_that_cell():
    """A milestone table: the last row's last cell of words wraps onto a line of its own under
    the table, its word wider than the column's other cells."""
    lines = [line(100, (60, "Mijlpaal"), (250, "Gereed"), (330, "Trekker")),
             line(116, (60, "Ontwerp"), (250, "Q4 2024"), (330, "North Sea Port")),
             line(132, (60, "Oplevering"), (250, "Q3 2025"), (330, "Gemeente")),
             line(148, (60, "Eerste proef"), (250, "Q1 2026"), (330, "Zeeuwse")),
             line(160, (330, "Waterstofcoalitie"))]
    (table,) = read_page_tables(layout(lines))
    assert table.grid()[-1] == ["Eerste proef", "Q1 2026", "Zeeuwse Waterstofcoalitie"]


def test_the_next_label_set_close_under_a_table_in_the_texts_type_is_no_wrapped_row_label():
    """Little space after a table in small type: the next field's label, in the text's larger
    type, stands under the last row's label, which runs to the label column's edge."""
    small = 6.5
    lines = [line(100, (60, "Onderdeel"), (330, "Rijk", "r"), (420, "Totaal", "r"), size=small),
             line(109, (60, "Dorpshuizen"), (330, "500.000", "r"), (420, "1.600.000", "r"), size=small),
             line(118, (60, "Pilot zorg en wonen in kleine kernen"), (330, "150.000", "r"), (420, "300.000", "r"), size=small),
             line(127, (60, "Borging"), size=9.0)]
    (table,) = read_page_tables(layout(lines))
    assert [r[0] for r in table.grid()] == ["Onderdeel", "Dorpshuizen", "Pilot zorg en wonen in kleine kernen"]


def test_text_close_under_a_tables_last_row_above_a_rule_further_down_is_no_part_of_it():
    """The last row's cell may wrap under it, above the rule that closes the row; the text of
    the page in its own larger type, close under the table, is not that cell's, however far
    down the next rule lies."""
    small = 6.5
    lines = [line(100, (60, "Activiteit"), (330, "2024", "r"), (420, "Totaal", "r"), size=small),
             line(109, (60, "Scholing"), (330, "450", "r"), (420, "1.600", "r"), size=small),
             line(118, (60, "Totaal"), (330, "850", "r"), (420, "3.400", "r"), size=small),
             line(129, (60, "In 2024 ligt de nadruk op de werving en de opbouw van de academie;"), size=9.0),
             line(140, (60, "vanaf 2025 draaien alle lijnen op volle kracht."), size=9.0)]
    page = layout(lines, [rule(56, y, 424, y) for y in (107, 116, 250)])
    (table,) = read_page_tables(page)
    assert [r[0] for r in table.grid()] == ["Activiteit", "Scholing", "Totaal"]


def test_amounts_an_ocr_layer_misread_are_read_as_their_figures_and_named():
    """An OCR'd scan's text layer: a letter for a figure, and in a table that groups its
    thousands with dots (after a euro sign or not), a dot read as a comma, in any group;
    each is read as the amount and named."""
    page = layout([row(100, "Onderdeel", "Totaal", "Rijk"), row(114, "Bouw", "1.65O.000", "525,000"),
                   row(128, "Inrichting", "1.000.000", "125.000"), row(142, "Totaal", "2.650.000", "650.000")])
    _assert_misread_read(page, [[1650000, 525000], [1000000, 125000], [2650000, 650000]],
                         ["'1.65O.000' is read as 1.650.000", "'525,000' is read as 525.000"])
    # The comma for the first group's dot, the amounts after a euro sign.
    page = layout([row(100, "Onderdeel", "Totaal", "Rijk"), row(114, "Bouw", "€ 4,500.000", "€ 14,000"),
                   row(128, "Inrichting", "€ 1.000.000", "€ 125.000"), row(142, "Totaal", "€ 5.500.000", "€ 139.000")])
    _assert_misread_read(page, [[4500000, 14000], [1000000, 125000], [5500000, 139000]],
                         ["'€ 4,500.000' is read as € 4.500.000", "'€ 14,000' is read as € 14.000"])


def _assert_misread_read(page, values: list[list[int]], named: list[str]) -> None:
    (found,) = find_tables(page)
    region = Region(header=found.header, body=found.body, footnotes=[], x0=found.box[0], x1=found.box[2] + 1,
                    pages={1: page}, cuts=found.cuts)
    table = build_table(region)
    assert [[c.amount.value for c in r.cells] for r in table.rows] == values
    assert [w.code for w in region.warnings] == ["misread-figures"] * len(named)
    assert all(text in warning.message for text, warning in zip(named, region.warnings, strict=True))


def test_a_table_written_as_a_list_is_read_as_its_records():
    """No table at all: a bullet for each row, under it a dash item for each column with its
    amount, the line over them naming the table."""
    lines = [line(100, (60, "Opgaven/Investeringen:")), line(114, (60, "•"), (72, "Projecten")),
             line(128, (72, "–"), (84, "Totaal: 1.000.000")), line(142, (72, "–"), (84, "Rijk: 400.000")),
             line(156, (72, "–"), (84, "Provincie: 600.000")), line(170, (60, "•"), (72, "Totaal")),
             line(184, (72, "–"), (84, "Totaal: 1.000.000")), line(198, (72, "–"), (84, "Rijk: 400.000")),
             line(212, (72, "–"), (84, "Provincie: -"))]
    (table,) = read_page_tables(layout(lines))
    assert table.reader == "records" and [c.key for c in table.columns] == ["totaal", "rijk", "provincie"]
    assert table.grid()[1:] == [["Projecten", "1.000.000", "400.000", "600.000"], ["Totaal", "1.000.000", "400.000", "-"]]


def test_prose_with_amounts_after_colons_is_no_list_of_records():
    lines = [line(100, (60, "•"), (72, "Inzamelen: €1 mln.")), line(114, (60, "•"), (72, "Sorteren: €4,25 mln.")),
             line(128, (60, "•"), (72, "Mechanische recycling: €6 mln.")), line(142, (60, "•"), (72, "Productontwikkeling: €2 mln."))]
    assert read_page_tables(layout(lines)) == []


def test_a_table_under_one_whose_last_row_wraps_its_units_is_read_too():
    """Two tables one under the other; the first's total row wraps its cells' units onto a
    line of their own ("5,98 / mln."). That line is the first table's, and the second
    table, whose lines start right under it, is read whole."""
    first = [line(100, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Rijk", "r")),
             row(114, "Fieldlab", "4,01 mln.", "2,5 mln.", edges=(330, 420)),
             row(128, "Totaal kosten", "5,98", "3,27", edges=(330, 420)),
             line(139, (330, "mln.", "r"), (420, "mln.", "r"))]
    second = [line(170, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Rijk", "r")),
              row(184, "Monitoring", "31.000", "-", edges=(330, 420)),
              row(198, "Opleidingen", "17.300.000", "7.000.000", edges=(330, 420)),
              row(212, "Totaal", "17.331.000", "7.000.000", edges=(330, 420))]
    above, below = find_tables(layout([*first, *second]))
    assert texts(above.body)[-1] == "mln. mln."
    assert texts(below.header) == ["Kostenpost Totaal Rijk"]
    assert texts(below.body) == ["Monitoring 31.000 -", "Opleidingen 17.300.000 7.000.000", "Totaal 17.331.000 7.000.000"]


def test_a_groups_label_wrapped_over_its_column_beside_a_broken_head_is_the_headers():
    """The label column's head broken at its stroke ("Opgaven /" over "Investeringen") and,
    over the Gemeente column, a group's label wrapped onto two lines above it ("Publieke /
    partijen"): the group's lines are the header's, however high over the broken head."""
    lines = [line(88, (60, "Het Rijk wordt gevraagd bij te dragen aan het programma.")),
             line(104, (392, "Publieke")), line(113, (392, "partijen")),
             line(122, (60, "Opgaven /")),
             line(131, (60, "Investeringen"), (330, "Privaat", "r"), (420, "Gemeente", "r"), (510, "Rijk", "r")),
             row(147, "Programmamanagement", "100.000", "-", "900.000"),
             row(161, "Fieldlab", "34.000", "950.000", "200.000"),
             row(175, "Totaal", "134.000", "950.000", "1.100.000")]
    (region,) = find_tables(layout(lines))
    assert texts(region.header) == ["Publieke", "partijen", "Opgaven /", "Investeringen Privaat Gemeente Rijk"]


def test_unruled_table_with_caption_and_scale():
    cells = [("Post", "2024", "2025", "Totaal"), ("Personeel", "120", "140", "260"),
             ("Materiaal", "45", "55", "100"), ("Huisvesting", "1.250", "1.300", "2.550"),
             ("Totaal", "1.415", "1.495", "2.910")]
    lines = [line(80, (60, "Tabel 3. Begroting (bedragen x € 1.000)"))]
    lines += [row(105 + 15 * i, *c, edges=(300, 400, 500)) for i, c in enumerate(cells)]
    page = layout(lines)

    (region,) = find_tables(page)
    assert region.caption.text == "Tabel 3. Begroting (bedragen x € 1.000)"
    assert not region.ruled and texts(region.header) == ["Post 2024 2025 Totaal"]
    (table,) = read_page_tables(page)
    assert table.caption == "Tabel 3. Begroting (bedragen x € 1.000)"
    assert table.scale == 1000 and table.unit is None and table.reader == "aligned"
    assert len(table.rows) == 4 and len(table.columns) == 3
    assert table.grid() == [list(c) for c in cells]


def test_wrapped_row_label_stays_one_row():
    page = layout([row(100, "Onderdeel", "2024", "2025", "Totaal"),
                   row(112, "Ontwikkeling en inrichting van het", "250.000", "150.000", "400.000"),
                   line(124, (60, "innovatiecentrum")),
                   row(136, "Onderzoek", "100.000", "100.000", "200.000"),
                   row(148, "Projectleiding", "50.000", "50.000", "100.000")])
    (table,) = read_page_tables(page)
    assert table.grid() == [["Onderdeel", "2024", "2025", "Totaal"],
                            ["Ontwikkeling en inrichting van het innovatiecentrum", "250.000", "150.000", "400.000"],
                            ["Onderzoek", "100.000", "100.000", "200.000"],
                            ["Projectleiding", "50.000", "50.000", "100.000"]]


# The line that holds only a label is the widest text of its column: the cut between labels
# and figures must stay right of it, however long the other labels are.
@pytest.mark.parametrize("rest", ["innovatiecentrum", "centrum"])
def test_label_wrapped_above_its_values_is_one_row(rest):
    page = layout([row(100, "Onderdeel", "2024", "2025", "Totaal"),
                   row(112, "Onderzoek", "100.000", "100.000", "200.000"),
                   line(124, (60, "Ontwikkeling en inrichting van het")),
                   row(136, rest, "250.000", "150.000", "400.000"),
                   row(148, "Projectleiding", "50.000", "50.000", "100.000")])
    (table,) = read_page_tables(page)
    assert table.grid() == [["Onderdeel", "2024", "2025", "Totaal"],
                            ["Onderzoek", "100.000", "100.000", "200.000"],
                            [f"Ontwikkeling en inrichting van het {rest}", "250.000", "150.000", "400.000"],
                            ["Projectleiding", "50.000", "50.000", "100.000"]]


def test_a_units_line_under_the_amounts_with_a_notes_mark_stays_in_their_column():
    """"2,08" over "mln.*": the unit wrapped under its amount carries the mark of the note on
    it. Read as a word of the row's label, the labels' column would reach over the Totaal
    column and take it in (as a project's table, read without a finder's cuts, is)."""
    page = layout([row(100, "Onderdeel", "Totaal", "Privaat", "Rijk"),
                   row(112, "Opzetten regionale", "5,45 mln.", "-", "3,3 mln."),
                   line(124, (60, "leerwerkplaatsen")),
                   row(136, "Loonkosten o.b.v.", "2,08", "0,33", "-"),
                   line(148, (60, "integraal uurtarief"), (330, "mln.*", "r"), (420, "mln.", "r"))])
    region = Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=48.0, x1=595.0, pages={1: page})
    table = build_table(region)
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Opzetten regionale leerwerkplaatsen", ["5,45 mln.", "-", "3,3 mln."]),
        ("Loonkosten o.b.v. integraal uurtarief", ["2,08 mln.*", "0,33 mln.", "-"])]


def test_a_label_a_spreadsheet_printed_on_over_the_empty_cell_beside_it_is_the_rows_label():
    """A label longer than its column runs on over the next cell where that cell is empty,
    up to the next one with a value (a spreadsheet's overflow): its words there are the
    label's, the cell empty, and the column's edge stays where the other labels end."""
    page = layout([row(100, "Kosten", "Onderwijs", "Rijk", "Totaal", edges=(250, 360, 450)),
                   row(112, "Fieldlab", "18.000", "", "18.000", edges=(250, 360, 450)),
                   row(124, "Kennisontsluiting en -toepassing in de regio", "", "625.000", "625.000", edges=(250, 360, 450)),
                   row(136, "Apparatuur", "1.400.000", "225.000", "1.625.000", edges=(250, 360, 450)),
                   row(148, "Totaal", "1.418.000", "850.000", "2.268.000", edges=(250, 360, 450))])
    region = Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=48.0, x1=595.0, pages={1: page})
    table = build_table(region)
    assert [c.key for c in table.columns] == ["onderwijs", "rijk", "totaal"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Fieldlab", ["18.000", "", "18.000"]),
        ("Kennisontsluiting en -toepassing in de regio", ["", "625.000", "625.000"]),
        ("Apparatuur", ["1.400.000", "225.000", "1.625.000"]),
        ("Totaal", ["1.418.000", "850.000", "2.268.000"])]


def test_a_data_frames_nan_cells_stand_in_their_columns_not_in_the_labels():
    """A pandas table printed by a report: "NaN" where a cell holds nothing, right-aligned as
    the amounts are. A row whose first cells are NaN does not take them into its label, and
    the column they stand in stays a column of its own (a project's table, read without a
    finder's cuts)."""
    edges = (330, 400, 470, 540)
    page = layout([row(100, "Begroting", "Privaat", "Provincie", "Overig", "Rijk", edges=edges),
                   row(112, "Evaluatie", "NaN", "1.100.000", "2.750.000", "900.000", edges=edges),
                   row(124, "Fieldlab", "NaN", "NaN", "1.750.000", "1.000.000", edges=edges),
                   row(136, "Projecten", "1.750.000", "475.000", "NaN", "NaN", edges=edges)])
    region = Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=48.0, x1=595.0, pages={1: page})
    table = build_table(region)
    assert [c.label for c in table.columns] == ["Privaat", "Provincie", "Overig", "Rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Evaluatie", ["NaN", "1.100.000", "2.750.000", "900.000"]),
        ("Fieldlab", ["NaN", "NaN", "1.750.000", "1.000.000"]),
        ("Projecten", ["1.750.000", "475.000", "NaN", "NaN"])]


def _figures_beside_label(first_label: str):
    return layout([row(100, "Onderdeel", "2024", "2025", "Totaal"),
                   row(112, first_label, "100.000", "100.000", "200.000"),
                   line(124, (60, "Ontwikkeling en inrichting van het")),
                   row(130, None, "250.000", "150.000", "400.000"),  # between the two label lines
                   line(136, (60, "innovatiecentrum")),
                   row(148, "Projectleiding", "50.000", "50.000", "100.000")])


def test_figures_beside_the_middle_of_a_two_line_label_are_one_row():
    """Row grouping alone: another row's longer label sets the label column wide."""
    (table,) = read_page_tables(_figures_beside_label("Onderzoek en kennisdeling in de regio"))
    assert table.grid()[2:] == [["Ontwikkeling en inrichting van het innovatiecentrum", "250.000", "150.000", "400.000"],
                                ["Projectleiding", "50.000", "50.000", "100.000"]]
    assert len(table.rows) == 3


def test_figures_beside_a_two_line_label_that_is_the_widest_label():
    (table,) = read_page_tables(_figures_beside_label("Onderzoek"))
    assert table.grid()[2:] == [["Ontwikkeling en inrichting van het innovatiecentrum", "250.000", "150.000", "400.000"],
                                ["Projectleiding", "50.000", "50.000", "100.000"]]



def _centred_rows(first_label: list[str]) -> PageLayout:
    """A table without rules whose cells are centred in their rows (Word's "Align Center"):
    a row's amounts stand in the middle of its wrapped label, between two of its lines where
    it has an even number of them, and rows are padded apart."""
    edges = (330, 420, 510)
    lines, y = [row(100, "Kostenpost", "Rijk", "Provincie", "Totaal", edges=edges)], 118.0
    for label, values in [(first_label, ("1.250.000", "750.000", "2.000.000")),
                          (["Testfaciliteit", "waterstof en", "elektrolyse"], ("600.000", "400.000", "1.000.000"))]:
        middle = y + 14 * (len(label) - 1) / 2
        lines += [line(y + 14 * k, (60, text)) for k, text in enumerate(label) if y + 14 * k != middle]
        lines.append(row(middle, label[len(label) // 2] if len(label) % 2 else None, *values, edges=edges))
        y += 14 * len(label) + 8  # the rows' padding
    return layout([*lines, row(y, "Totaal", "1.850.000", "1.150.000", "3.000.000", edges=edges)])


@pytest.mark.parametrize("first_label", [["Ontwikkeling en", "inrichting van het", "innovatiecentrum", "Vlissingen-Oost"],
                                         ["Ontwikkeling en", "inrichting van het innovatiecentrum", "Vlissingen-Oost"]])
def test_a_first_row_centred_beside_its_wrapped_label_keeps_the_lines_over_its_amounts(first_label):
    """The label's lines over the first line of amounts are the first row's, not the header's:
    the gap over them is the rows' padding, and as many of its lines stand under the amounts."""
    (table,) = read_page_tables(_centred_rows(first_label))
    assert table.grid() == [["Kostenpost", "Rijk", "Provincie", "Totaal"],
                            [" ".join(first_label), "1.250.000", "750.000", "2.000.000"],
                            ["Testfaciliteit waterstof en elektrolyse", "600.000", "400.000", "1.000.000"],
                            ["Totaal", "1.850.000", "1.150.000", "3.000.000"]]


def test_a_label_going_on_under_its_rows_amounts_keeps_its_lines_whatever_their_case():
    """A word processor's table with its cells aligned to the top and no padding between rows:
    a row label wrapped in a narrow column goes on under the row's amounts, in lower case and
    in capitals (a place name), up to the next line of amounts."""
    edges = (230, 320, 410)
    lines = [row(100, "Begroting", "Totaal", "Privaat", "Rijk", edges=edges),
             row(112, "Veldproeven", "1.137.500", "287.500", "350.000", edges=edges),
             line(124, (60, "zilte teelten op")), line(136, (60, "proefbedrijven")), line(148, (60, "Schouwen-Duiveland")),
             row(160, "Kennisontwikkeling", "760.000", "-", "200.000", edges=edges), line(172, (60, "en monitoring")),
             row(184, "Totaal", "1.897.500", "287.500", "550.000", edges=edges)]
    (table,) = read_page_tables(layout(lines))
    assert [r[0] for r in table.grid()] == ["Begroting", "Veldproeven zilte teelten op proefbedrijven Schouwen-Duiveland",
                                            "Kennisontwikkeling en monitoring", "Totaal"]


def test_a_label_run_past_its_column_on_one_page_leaves_the_amounts_of_another_their_column():
    """A word too long for a narrow label column runs on past it on the second page, over
    where a long amount begins on the first: on its own page it stands clear of the amounts."""
    from dataclasses import replace

    edges = (205, 320, 410)
    first = layout([row(100, "Begroting", "Totaal", "Privaat", "Rijk", edges=edges),
                    row(112, "Veldproeven", "11.137.500", "287.500", "350.000", edges=edges)])
    second = replace(layout([row(80, "Kennisontwikkelingen", "760.000", "-", "200.000", edges=edges),
                             row(92, "Totaal", "1.897.500", "287.500", "550.000", edges=edges)]), number=2)
    moved = [replace(ln, page=2) for ln in second.lines]
    table = build_table(Region(header=first.lines[:1], body=[*first.lines[1:], *moved], footnotes=[], x0=50,
                               x1=420, pages={1: first, 2: replace(second, lines=moved)}))
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [[r.label, *(c.raw for c in r.cells)] for r in table.rows] == [
        ["Veldproeven", "11.137.500", "287.500", "350.000"], ["Kennisontwikkelingen", "760.000", "-", "200.000"],
        ["Totaal", "1.897.500", "287.500", "550.000"]]


def test_a_label_centred_in_the_labels_column_on_a_page_of_its_own_is_a_label():
    """A table whose cells are centred, broken over two pages: on the second its last row,
    "Totaal", centred in the wide column of the row labels, far right of where the longest
    labels start. It is a label still, not a column of its own that parts the labels' words."""
    from dataclasses import replace

    def line(top, page, *words):
        return Line(page, [Word(text, x0, x1, top, top + 10, 10.0) for text, x0, x1 in words])

    header = line(697, 1, ("Kostenpost", 140.5, 203.6), ("Privaat", 287.2, 327.2), ("Waterschap", 351.6, 418.1),
                  ("Rijksbijdrage", 439.1, 513.8))
    body = [line(712, 1, ("Veldproeven", 93.3, 157.2), ("op", 160.4, 172.8), ("proefbedrijven", 176.0, 250.6),
                 ("-", 305.5, 308.9), ("-", 383.2, 386.6), ("1,95", 452.6, 474.9), ("mln.", 478.1, 500.3)),
            line(739, 1, ("samenwerking", 89.2, 163.4), ("en", 166.6, 179.0), ("de", 182.1, 194.4),
                 ("kanaalzone", 197.6, 254.8), ("550.000", 286.6, 327.9), ("4,25", 361.0, 383.3), ("mln.", 386.5, 408.7),
                 ("23.000", 459.0, 494.0)),
            line(754, 1, ("Programmamanagement", 96.4, 222.0), ("zorg", 225.2, 247.6), ("-", 305.5, 308.9),
                 ("2.000.000", 359.5, 410.3), ("700.000", 455.8, 497.2)),
            line(90, 2, ("Totaal", 154.3, 189.8), ("550.000", 284.6, 329.8), ("6,25", 358.4, 382.8), ("mln.", 386.2, 411.4),
                 ("2.673.000", 443.4, 509.5))]
    pages = {n: replace(layout([]), number=n) for n in (1, 2)}
    table = build_table(Region(header=[header], body=body, footnotes=[], x0=77, x1=595, pages=pages))
    assert [[r.label, *(c.raw for c in r.cells)] for r in table.rows] == [
        ["Veldproeven op proefbedrijven", "-", "-", "1,95 mln."], ["samenwerking en de kanaalzone", "550.000", "4,25 mln.", "23.000"],
        ["Programmamanagement zorg", "-", "2.000.000", "700.000"], ["Totaal", "550.000", "6,25 mln.", "2.673.000"]]


def test_labels_set_close_over_a_single_row_are_aligned_as_their_cells_are():
    """A table of one row, its labels set right over their amounts and close together
    ("Provincie" "Rijk" in a narrow last column): one row cannot show how its cells are
    aligned, the labels over them can, and each label stays in its column."""
    edges = (250, 330, 420, 444)
    page = layout([row(100, "Opgaven", "Totaal", "Privaat", "Provincie", "Rijk", edges=edges),
                   row(114, "Totaal", "2.000.000", "1.000.000", "500.000", "-*", edges=edges)])
    table = build_table(Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=50, x1=450,
                               pages={1: page}))  # as under a line of column labels in a field
    assert [c.key for c in table.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["2.000.000", "1.000.000", "500.000", "-*"]


def test_a_cell_wrapped_round_the_first_rows_line_is_that_rows_not_the_headers():
    """Cells centred in their row: an amount wrapped in its narrow cell ("36,5" / "mln.")
    stands half a line over and under the row's one-line label, its first line over the
    row's top. It is the first row's cell, not a line of the header."""
    edges = (250, 330, 420)
    page = layout([row(100, "Locatie", "Totaal", "Privaat", "Rijk", edges=edges),
                   line(116, (330, "36,5", "r")),
                   row(122, "Kennispark", "64 mln.", None, "4,75 mln.", edges=edges),
                   line(128, (330, "mln.", "r")),
                   row(146, "Totaal", "64 mln.", "36,5 mln.", "4,75 mln.", edges=edges)])
    (table,) = read_page_tables(page)
    assert table.grid() == [["Locatie", "Totaal", "Privaat", "Rijk"], ["Kennispark", "64 mln.", "36,5 mln.", "4,75 mln."],
                            ["Totaal", "64 mln.", "36,5 mln.", "4,75 mln."]]


def test_a_word_drawn_in_kerned_pieces_is_one_word_but_touching_amounts_stay_apart():
    """groff's PDF writer draws a bold "Totaal" as "T" and a kerned "otaal" overlapping it:
    one word. Amounts that touch (a total run into the next cell) are two."""
    words = [Word("T", 76.2, 81.9, 100, 108.5, 8.5, bold=True), Word("otaal", 81.1, 99.1, 100, 108.5, 8.5, bold=True),
             Word("1.000", 200, 220, 100, 108.5, 8.5), Word("2.000", 220, 240, 100, 108.5, 8.5)]
    (only,) = build_lines(words, 1)
    assert [w.text for w in only.words] == ["Totaal", "1.000", "2.000"]


def test_the_last_line_of_a_two_line_paragraph_is_known_by_the_fields_line_pitch():
    """The last line of a paragraph of two lines, right over a table, is the paragraph's: it
    ends a sentence, at the pitch most of the field's lines keep, though the line over it
    stands further below the paragraph before. A header cell's first line ends no sentence."""
    from regio.extract.document import _ends_a_paragraph
    from regio.extract.layout import Line

    text = "de bijdrage van het bedrijfsleven bestaat uit de inzet van begeleiders en het"
    lines = [Line(1, line(y, (34, text)), 2.5) for y in (100, 112, 124, 141)]
    last = Line(1, line(153, (34, "stellen van leerwerkplekken en apparatuur.")), 2.5)
    assert _ends_a_paragraph(last, [*lines, last])
    header_cell = Line(1, line(153, (34, "Kosten en financiering")), 2.5)
    assert not _ends_a_paragraph(header_cell, [*lines, header_cell])
    set_apart = Line(1, line(160, (34, "stellen van leerwerkplekken en apparatuur.")), 2.5)
    assert not _ends_a_paragraph(set_apart, [*lines, set_apart])

def test_the_cuts_of_a_table_read_in_two_parts_leave_a_header_label_wider_than_its_figures_whole():
    """A table read in two parts, its header printed again: the second column's label, set
    right over its figures, reaches left to just past the first column's. On the second page
    the figures leave a wider gap there; the parts' cut stands where the gaps meet on both
    pages, the headers' included, and does not cut through the label."""
    from regio.extract.document import _cuts_of_both
    from regio.extract.finder import TableRegion
    from regio.extract.layout import Line

    def part(rows, cut):
        lines = [Line(1, line(100 + 14 * k, (60, label), (358, a, "r"), (572, b, "r")), 0.25)
                 for k, (label, a, b) in enumerate([("Opgaven", "Personeelskosten", "Dorpshuizen en ontmoetingsplekken"),
                                                    *rows])]
        return TableRegion(1, lines[:1], lines[1:], cuts=[cut])

    first, second = part([("Totaal", "5.850.000", "775.000")], 363.0), part([("Rijk", "3.750.000", "70.000")], 447.0)
    (cut,) = _cuts_of_both(first, second)
    assert 358 < cut < first.header[0].words[2].x0


def test_text_table_without_figures():
    lines, y = [line(100, (60, "Mijlpaal"), (250, "Gereed"), (340, "Trekker"))], 112
    for cells in [[("Oplevering ontwerp van het", "Q2 2025", "Gemeente"), ("innovatiecentrum", None, "Enschede")],
                  [("Start bouw", "Q4 2025", "Provincie")],
                  [("Opening en eerste", "Q3 2026", "Stichting"), ("gebruikers in het gebouw", None, "Kennispark")]]:
        y += 6  # the cells' padding
        for a, b, c in cells:
            lines.append(line(y, (60, a), *([(250, b)] if b else []), (340, c)))
            y += 12
    page = layout(lines)

    (region,) = find_tables(page)
    assert texts(region.header) == ["Mijlpaal Gereed Trekker"] and len(region.body) == 5
    (table,) = read_page_tables(page)
    assert table.grid() == [["Mijlpaal", "Gereed", "Trekker"],
                            ["Oplevering ontwerp van het innovatiecentrum", "Q2 2025", "Gemeente Enschede"],
                            ["Start bouw", "Q4 2025", "Provincie"],
                            ["Opening en eerste gebruikers in het gebouw", "Q3 2026", "Stichting Kennispark"]]


def test_zebra_stripes_part_the_rows():
    """No rules, one label broken by hand over two lines (it does not run full, and its second
    line opens with a capital): the shaded bands alone say where each row ends."""
    lines = [row(100, "Onderdeel", "2024", "2025", "Totaal"),
             row(116, "Onderzoek", "100.000", "100.000", "200.000"), line(128, (60, "Zuid Oost")),
             row(144, "Inrichting", "250.000", "150.000", "400.000"), line(156, (60, "Hart van Zuid")),
             row(172, "Projectleiding", "50.000", "50.000", "100.000")]
    stripes = [Fill(56, 113, 514, 141, 0.9), Fill(56, 169, 514, 185, 0.9)]
    (table,) = read_page_tables(layout(lines, fills=stripes))
    assert table.grid()[1:] == [["Onderzoek Zuid Oost", "100.000", "100.000", "200.000"],
                                ["Inrichting Hart van Zuid", "250.000", "150.000", "400.000"],
                                ["Projectleiding", "50.000", "50.000", "100.000"]]
    (plain,) = read_page_tables(layout(lines))  # without the stripes the same lines read otherwise
    assert [r.label for r in plain.rows] != [r.label for r in table.rows]


def test_group_label_over_two_columns():
    page = layout([line(100, (357.5 - width("Publiek") / 2, "Publiek")),  # centred over Gem. and Prov.
                   row(112, "Activiteit", "Gem.", "Prov.", "Privaat"),
                   row(124, "Onderzoek", "100.000", "150.000", "200.000"),
                   row(136, "Inrichting", "250.000", "150.000", "400.000"),
                   row(148, "Totaal", "350.000", "300.000", "600.000")])
    (region,) = find_tables(page)
    assert texts(region.header) == ["Publiek", "Activiteit Gem. Prov. Privaat"]
    (table,) = read_page_tables(page)
    assert [(c.label, c.group) for c in table.columns] == [("Gem.", "Publiek"), ("Prov.", "Publiek"), ("Privaat", None)]
    assert table.grid()[:2] == [["", "Publiek", "", ""], ["Activiteit", "Gem.", "Prov.", "Privaat"]]
    assert table.spans() == [[0, 1, 1, 2]]
    assert len(table.rows) == 3


def test_a_note_below_a_table_is_no_caption():
    page = layout([row(100, "Onderdeel", "2024", "2025", "Totaal"),
                   row(112, "Onderzoek", "100.000", "100.000", "200.000"),
                   row(124, "Projectleiding", "50.000", "50.000", "100.000"),
                   line(148, (60, "De bedragen zijn inclusief btw en gebaseerd op de begroting van januari 2024."))])
    (table,) = read_page_tables(page)
    assert table.caption is None


@pytest.mark.parametrize("rows", [1, 2])
def test_table_in_a_form_ends_before_the_next_field(rows):
    """The form's next field (label | running text) follows the table as closely as its rows
    do; a footnote may stand between them."""
    body = [("Loonkosten", "4.662.780", "525.000", "840.000"), ("Totaal", "4.662.780", "525.000", "840.000")][-rows:]
    lines = [row(100, "Opgaven", "Totaal", "Privaat", "Rijk")]
    lines += [row(114 + 14 * i, *c) for i, c in enumerate(body)]
    y = 114 + 14 * rows
    lines += [line(y, (60, "* bijdrage Rijk niet uit Regio Envelop"), size=8),
              line(y + 12, (60, "Structureel"), (160, " ".join(WORDS[:12]))),
              line(y + 24, (60, "karakter"), (160, " ".join(WORDS[12:24])))]
    (region,) = find_tables(layout(lines))
    assert texts(region.body) == [" ".join(c) for c in body]
    assert texts(region.footnotes) == ["* bijdrage Rijk niet uit Regio Envelop"]


# ------------------------------------------------------------------------ no tables

WORDS = ("De regio Twente wil met deze Regio Deal de brede welvaart versterken door te investeren in "
         "innovatie, onderwijs en een aantrekkelijke leefomgeving. Het innovatiecentrum brengt bedrijven, "
         "kennisinstellingen en overheden samen en biedt ruimte aan startende ondernemers. De partners "
         "dragen samen bij aan de financiering en leggen jaarlijks verantwoording af over de voortgang "
         "van de projecten. In 2025 start de bouw en in 2026 wordt het centrum geopend voor de eerste "
         "gebruikers uit de regio en daarbuiten.").split()


def justified(x0: float, x1: float, y: float, words: list[str], pitch: float = 12) -> list[list[Word]]:
    """Prose set justified between x0 and x1: the space of each line shared out over its
    gaps, twice as much after a full stop or comma; the last line set ragged."""
    lines: list[list[str]] = [[]]
    for w in words:
        if lines[-1] and width(" ".join([*lines[-1], w])) > x1 - x0:
            lines.append([])
        lines[-1].append(w)
    out = []
    for k, ws in enumerate(lines):
        shares = [2.0 if w.endswith((".", ",")) else 1.0 for w in ws[:-1]]
        free = x1 - x0 - sum(width(w) for w in ws)
        gaps = [s * free / sum(shares) for s in shares] if k < len(lines) - 1 else [0.25 * SIZE] * len(shares)
        x, placed = x0, []
        for w, gap in zip(ws, [*gaps, 0]):
            placed.append(Word(w, x, x + width(w), y + pitch * k, y + pitch * k + SIZE, SIZE))
            x += width(w) + gap
        out.append(placed)
    return out


TOC = [("1. Inleiding", "3"), ("2. Ambitie", "5"), ("3. Projecten", "8"), ("4. Financiering", "12"), ("5. Governance", "15")]

NOT_TABLES = {
    "prose": justified(60, 535, 100, WORDS),
    "bulleted list": [line(100 + 12 * i, (60, "•"), (72, t)) for i, t in enumerate([
        "Versterken van de samenwerking tussen onderwijs en bedrijfsleven", "Inrichten van een innovatiecentrum",
        "Stimuleren van startende ondernemers", "Verantwoording aan de partners"])],
    "contents with leader dots": [line(100 + 14 * i, (60, f"{t} " + " ".join("." * 30)), (535, p, "r"))
                                  for i, (t, p) in enumerate(TOC)],
    "contents without leaders": [line(100 + 14 * i, (60, t), (535, p, "r")) for i, (t, p) in enumerate(TOC)],
    "two columns of text": justified(60, 290, 100, WORDS) + justified(305, 535, 100, WORDS[::-1]),
}


@pytest.mark.parametrize("name", NOT_TABLES)
def test_no_table(name):
    page = layout(NOT_TABLES[name])
    assert find_tables(page) == []
    assert read_page_tables(page) == []


def test_prose_and_two_columns_have_lines_that_look_tabular():
    """The negatives above must reach the channel test, not stop at is_tabular."""
    from regio.extract.finder import is_tabular

    for name in ("prose", "two columns of text"):
        assert sum(is_tabular(ln) for ln in layout(NOT_TABLES[name]).lines) >= 2, name


# ------------------------------------------------------------------------ scale and figures


@pytest.mark.parametrize("text, expected", [
    ("bedragen x € 1.000", (Decimal(1000), None)),
    ("x € 1 mln", (Decimal(10) ** 6, None)),
    ("(in miljoenen euro)", (Decimal(10) ** 6, None)),
    ("EURm", (Decimal(10) ** 6, None)),
    ("$000's", (Decimal(1000), None)),
    ("in %", (None, "%")),
    ("Totaal 2019", (None, None)),
    # Dutch budgets' other ways of saying it.
    ("bedragen in k€", (Decimal(1000), None)),
    ("Totaal (KEUR)", (Decimal(1000), None)),
    ("(in € 1.000)", (Decimal(1000), None)),
    ("in duizenden euro", (Decimal(1000), None)),
    ("Bedragen in € miljoen", (Decimal(10) ** 6, None)),
    ("€ mln", (Decimal(10) ** 6, None)),
    ("bedragen in M€", (Decimal(10) ** 6, None)),
    ("in € 1.000.000", (Decimal(10) ** 6, None)),
    ("(bedragen in euro)", (None, None)),
    ("Bedragen in €", (None, None)),
])
def test_stated_scale(text, expected):
    assert stated_scale(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("15 455", True), ("85.1%", True), ("(1.234)", True), ("1.234-", True), ("−1.234", True),
    ("1269 (19.9%)", True), ("Q4 2024", False), ("Totaal", False),
])
def test_is_figure(text, expected):
    assert is_figure(text) is expected


# ------------------------------------------------------------------------ two columns of text

def test_two_columns_of_text_are_read_column_by_column():
    from regio.extract.layout import text_columns

    left = justified(60, 290, 100, WORDS)
    right = justified(305, 535, 100, WORDS[::-1])
    heading = line(80, (60, "Een kop over de volle breedte van de pagina"))
    lines, runs = text_columns(build_lines([w for ln in [heading, *left, *right] for w in ln], 1))
    page = PageLayout(1, 595.0, 842.0, lines, columns=runs)
    assert len(runs) == 1
    texts_read = [ln.text for ln in page.lines]
    assert texts_read[0] == "Een kop over de volle breedte van de pagina"
    assert texts_read[1:] == [" ".join(w.text for w in ln) for ln in left + right]
    assert find_tables(page) == []


def test_a_table_beside_its_labels_is_not_two_columns_of_text():
    from regio.extract.layout import text_columns

    rows = [row(100 + 14 * i, label, *values) for i, (label, *values) in enumerate([
        ("Onderzoek en ontwikkeling van het centrum", "100.000", "150.000", "250.000"),
        ("Inrichting van de werkplaatsen", "250.000", "150.000", "400.000"),
        ("Projectleiding en communicatie", "50.000", "50.000", "100.000"),
        ("Kennisdeling met andere regio's", "25.000", "25.000", "50.000"),
        ("Monitoring en evaluatie", "25.000", "25.000", "50.000"),
        ("Onvoorzien", "50.000", "50.000", "100.000"),
        ("Totaal", "500.000", "450.000", "950.000")])]
    lines, runs = text_columns(build_lines([w for ln in rows for w in ln], 1))
    assert runs == [] and len(lines) == len(rows)


def test_a_justified_narrow_column_is_no_table():
    """Few words a line, stretched to both edges: the gaps of some lines meet by chance."""
    narrow = justified(60, 280, 100, ("Het opstellen en implementatie van > 30 trainingen, workshops, evenementen die "
                                      "bijdragen aan kennisoverdracht, lifelong learning, en competenties voor "
                                      "bedrijven in de regio en daarbuiten met > 20 partners").split())
    assert find_tables(layout(narrow)) == []


def test_a_list_of_justified_items_hanging_on_their_markers_is_no_table():
    """Items stretched between the margins, each hanging on its marker: the gap after the
    marker is the hanging indent's, not one of the line's stretched gaps."""
    items = []
    for k, text in enumerate(("Het genereren van een extra kennisimpuls voor het Twentse hightech bedrijfsleven dat "
                              "daarmee de internationale concurrentie aankan en nieuwe markten vindt",
                              "Het ontwikkelen van nieuwe technologie en oplossingen voor producten, processen en "
                              "systemen voor bedrijven in de hele regio en daarbuiten")):
        body = justified(84, 300, 100 + 40 * k, text.split())
        items += [[Word("-", 60, 64, 100 + 40 * k, 100 + 40 * k + SIZE, SIZE), *body[0]], *body[1:]]
    assert find_tables(layout(items)) == []


def test_two_lines_of_words_are_no_table_but_three_are():
    cells = [("Mijlpaal", "Trekker"), ("Ontwerp verbouwing", "North Sea Port"), ("Oplevering werkplaatsen", "Gemeente")]
    two = layout([line(100 + 20 * i, (60, a), (330, b)) for i, (a, b) in enumerate(cells[:2])])
    three = layout([line(100 + 20 * i, (60, a), (330, b)) for i, (a, b) in enumerate(cells)])
    assert find_tables(two) == []
    (region,) = find_tables(three)
    assert texts(region.lines) == [" ".join(c) for c in cells]


def test_a_box_beside_the_text_is_read_as_a_whole():
    """A shaded fact box beside the running text, on the same baselines: its lines are read
    together where the box starts, not one by one between the lines of the text."""
    text = [line(100 + 12 * i, (60, " ".join(WORDS[6 * i:6 * i + 6]))) for i in range(8)]
    box = [line(104 + 12 * i, (420, t)) for i, t in enumerate(["Partijen", "Universiteit Twente,", "Saxion, ROC van", "Twente"])]
    lines = build_lines([w for ln in text + box for w in ln], 1)
    page = PageLayout(1, 595.0, 842.0, lines, fills=[Fill(410, 96, 540, 160, 0.93)])
    read = [ln.text for ln in page.lines]
    assert read[:4] == ["Partijen", "Universiteit Twente,", "Saxion, ROC van", "Twente"]
    assert read[4:] == [" ".join(w.text for w in ln) for ln in text]


def test_a_pull_quote_set_larger_beside_two_columns_of_text_is_none_of_the_first():
    """An annual report's three-column grid: a pull quote set large in the first column, the
    text in the other two. The quote stands left of the first column of text, not in it: the
    two columns are as wide as each other, and the gutter between them parts them."""
    from regio.extract.layout import text_columns

    header = line(40, (60, "Regio Deal Twente jaarverslag 2019"), size=7)
    quote = [line(150 + 18 * i, (60, text), size=14) for i, text in enumerate(
        ["Het project verbetert", "de bereikbaarheid van", "de werklocaties in", "nauwe afstemming met", "het Rijk."])]
    middle, right = justified(225, 375, 100, WORDS), justified(390, 540, 100, WORDS[::-1])
    lines, runs = text_columns(build_lines([w for ln in [header, *quote, *middle, *right] for w in ln], 1))
    assert len(runs) == 1 and len(runs[0][2]) == 1 and 375 < runs[0][2][0] < 390
    assert [ln.text for ln in lines if ln.x0 >= 390] == [" ".join(w.text for w in ln) for ln in right]


def test_three_columns_are_read_one_after_the_other_though_their_baselines_differ():
    from regio.extract.layout import text_columns

    columns = [justified(60, 210, 100, WORDS), justified(225, 375, 106, WORDS[::-1]), justified(390, 540, 103, WORDS)]
    title = line(70, (60, "Een titel over drie kolommen"), size=18)
    lines, runs = text_columns(build_lines([w for ln in [title, *(ln for c in columns for ln in c)] for w in ln], 1))
    page = PageLayout(1, 595.0, 842.0, lines, columns=runs)
    assert len(runs) == 1 and len(runs[0][2]) == 2
    assert [ln.text for ln in page.lines] == ["Een titel over drie kolommen",
                                              *(" ".join(w.text for w in ln) for c in columns for ln in c)]


def test_a_funding_table_drawn_turned_is_read_the_way_it_is_meant():
    """One row per funding source, one column per cost line: the table as meant has them the other way round."""
    edges = (300, 400, 500)
    rows = [line(100, (60, "Financier"), (220, "Onderzoek"), (330, "Inrichting"), (460, "Totaal"))]
    rows += [row(116 + 16 * i, label, *values, edges=edges) for i, (label, *values) in enumerate([
        ("Totaal", "300.000", "200.000", "500.000"), ("Privaat", "100.000", "-", "100.000"),
        ("Provincie", "100.000", "100.000", "200.000"), ("Rijk", "100.000", "100.000", "200.000")])]
    page = layout(rows)
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts), investment=None)
    assert [c.key for c in table.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert [(r.label, r.kind) for r in table.rows] == [("Onderzoek", "body"), ("Inrichting", "body"), ("Totaal", "total")]
    assert [[r.label, *(c.raw for c in r.cells)] for r in table.rows] == [
        ["Onderzoek", "300.000", "100.000", "100.000", "100.000"],
        ["Inrichting", "200.000", "-", "100.000", "100.000"],
        ["Totaal", "500.000", "100.000", "200.000", "200.000"]]
    assert table.funding


def test_a_caption_between_two_tables_is_the_one_the_page_sets_its_captions_by():
    """Captions over their tables: the one under the first table is the second table's."""
    first = [line(100, (60, "Tabel 1. Onderwijs")), line(116, (60, "Kosten"), (330, "Rijk", "r"), (420, "Regio", "r")),
             row(132, "Personeel", "100.000", "50.000"), row(148, "Materiaal", "20.000", "10.000"),
             row(164, "Totaal", "120.000", "60.000")]
    second = [line(194, (60, "Tabel 2. Onderzoek")), line(210, (60, "Kosten"), (330, "Rijk", "r"), (420, "Regio", "r")),
              row(226, "Personeel", "80.000", "40.000"), row(242, "Reizen", "5.000", "5.000"),
              row(258, "Totaal", "85.000", "45.000")]
    grids = [rule(x, top, x, bottom) for top, bottom in ((114, 176), (208, 270)) for x in (58, 240, 340, 430)]
    grids += [rule(58, y, 430, y) for y in (114, 130, 146, 162, 176, 208, 224, 240, 256, 270)]
    tables = read_page_tables(layout(first + second, grids))
    assert [t.caption for t in tables] == ["Tabel 1. Onderwijs", "Tabel 2. Onderzoek"]


def test_a_caption_between_two_tables_is_the_nearer_ones():
    """A table without a caption above a captioned one: the caption is the one it stands closer to."""
    first = [line(116, (60, "Kosten"), (330, "Rijk", "r"), (420, "Regio", "r")),
             row(132, "Personeel", "100.000", "50.000"), row(148, "Totaal", "100.000", "50.000")]
    second = [line(184, (60, "Tabel 2. Onderzoek")), line(196, (60, "Kosten"), (330, "Rijk", "r"), (420, "Regio", "r")),
              row(212, "Personeel", "80.000", "40.000"), row(228, "Totaal", "80.000", "40.000")]
    grids = [rule(x, top, x, bottom) for top, bottom in ((114, 160), (194, 240)) for x in (58, 240, 340, 430)]
    grids += [rule(58, y, 430, y) for y in (114, 130, 146, 160, 194, 210, 226, 240)]
    tables = read_page_tables(layout(first + second, grids))
    assert [t.caption for t in tables] == [None, "Tabel 2. Onderzoek"]


def test_a_table_going_on_where_the_next_page_sets_its_text_elsewhere_keeps_its_columns():
    """Mirrored margins: the table's second part stands 90 points further left on the next
    page. It is read in the first page's frame, and its cells keep their own page's boxes."""
    from dataclasses import replace

    from regio.extract.layout import Line

    first = layout([line(100, (60, "Opgaven"), (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r")),
                    row(120, "Projecten", "2.000.000", "1.000.000", "1.000.000")])
    second = replace(layout([row(80, "Onderzoek", "500.000", "200.000", "300.000"),
                             row(100, "Totaal", "2.500.000", "1.200.000", "1.300.000")]), number=2)
    moved = [Line(2, [replace(w, x0=w.x0 - 90, x1=w.x1 - 90) for w in ln.words], ln.space) for ln in second.lines]
    table = build_table(Region(header=first.lines[:1], body=[*first.lines[1:], *moved], footnotes=[], x0=50,
                               x1=520, pages={1: first, 2: replace(second, lines=moved)}))
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [[r.label, *(c.raw for c in r.cells)] for r in table.rows] == [
        ["Projecten", "2.000.000", "1.000.000", "1.000.000"], ["Onderzoek", "500.000", "200.000", "300.000"],
        ["Totaal", "2.500.000", "1.200.000", "1.300.000"]]
    total = table.rows[-1].cells[0].provenance
    assert total.page == 2 and total.bbox[2] == pytest.approx(330 - 90, abs=0.01)


def test_a_note_under_its_word_toelichting_keeps_its_mark():
    """A form prints a table's note as "Toelichting: * ...": the note of the starred cell."""
    from regio.extract.tables import read_footnotes

    (note,) = read_footnotes(build_lines(line(700, (60, "Toelichting: * Het bedrijfsleven investeert 7.500.000 euro")), 1))
    assert (note.mark, note.text) == ("*", "Het bedrijfsleven investeert 7.500.000 euro")
    assert read_footnotes(build_lines(line(700, (60, "Toelichting: de kosten zijn geraamd")), 1)) == []


def test_a_column_label_broken_at_a_line_end_is_one_word():
    from regio.extract.tables import Header

    header = Header([["Onder-", "wijs"], ["Kennis-", "instellin-", "gen"], ["Co-", "Financiering"], ["Totaal", "EUR"]],
                    [None] * 4, [None] * 4, [])
    assert header.labels == ["Onderwijs", "Kennisinstellingen", "Co- Financiering", "Totaal EUR"]


@pytest.mark.parametrize("size, x", [(10, 427), (8, 410)])  # the group label over two columns, or within one
def test_shares_printed_beside_the_amounts_are_shares_and_a_group_spans_its_unlabelled_columns(size, x):
    """Each source over "€" and "%", a group ("Publiek") centred over four such columns with
    no labels of their own, and a row of shares under the total."""
    edges = (220, 250, 310, 340, 400, 430, 490, 520)
    page = layout([
        line(100, (170, "Totaal"), (262, "Privaat"), (x, "Publiek"), size=size),
        line(112, (60, "Kosten"), *((x, "€" if k % 2 == 0 else "%", "r") for k, x in enumerate(edges))),
        row(130, "Bouw", "1.000.000", "100%", "400.000", "40%", "300.000", "30%", "300.000", "30%", edges=edges),
        row(145, "Inrichting", "500.000", "100%", "100.000", "20%", "200.000", "40%", "200.000", "40%", edges=edges),
        row(160, "Totaal", "1.500.000", "", "500.000", "", "500.000", "", "500.000", "", edges=edges),
        row(175, "Aandeel in totaal", "", "100%", "", "33%", "", "33%", "", "33%", edges=edges),
    ])
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts), investment=None)
    assert [(c.key, c.role) for c in table.columns] == [
        ("totaal", "total"), ("totaal_aandeel", "share"), ("privaat", "source"), ("privaat_aandeel", "share"),
        ("publiek_1", "source"), ("publiek_1_aandeel", "share"), ("publiek_2", "source"), ("publiek_2_aandeel", "share")]
    assert [r.kind for r in table.rows] == ["body", "body", "total", "share"]


def test_running_text_over_a_tables_top_rule_is_no_part_of_its_header():
    """A form's text (label | text) runs on right over the table, one of its lines with a gap
    left by a lost number ("een rijksbijdrage van   miljoen euro."): the table starts at its
    top rule, its header between that rule and the next."""
    lines = [line(60, (60, "Aanpak"), (200, "Het project bestaat uit drie onderdelen die elkaar versterken.")),
             line(73, (200, "Een operationeel centrum met ten minste twintig bedrijven.")),
             line(86, (60, "Financiering"), (200, "De totale kosten bedragen drie miljoen euro over drie jaar.")),
             line(99, (200, "Voor de uitvoering vragen wij een rijksbijdrage van"), (470, "miljoen euro.")),
             line(112, (200, "De bijdrage van het bedrijfsleven bestaat uit de inzet.")),
             line(128, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Provincie", "r"), (510, "Rijk", "r")),
             row(146, "Bouw", "1.500.000", "500.000", "1.000.000"),
             row(162, "Inrichting", "1.500.000", "1.000.000", "500.000"),
             row(180, "Totaal", "3.000.000", "1.500.000", "1.500.000")]
    page = layout(lines, [rule(60, y, 540, y) for y in (122, 141, 158, 175, 193)])
    (table,) = find_tables(page)
    assert texts(table.header) == ["Kostenpost Totaal Provincie Rijk"]
    assert [ln.text.split()[0] for ln in table.body] == ["Bouw", "Inrichting", "Totaal"]


def test_a_year_tables_total_is_totaal_however_worded_but_a_total_of_years_keeps_them():
    edges = (250, 310, 420, 545)
    page = layout([line(100, (60, "Activiteit"), (250, "2024", "r"), (310, "2025", "r"), (420, "Totaal 2024-2025", "r"),
                         (545, "Totale projectkosten", "r")),
                   row(116, "Leerwerktrajecten", "400.000", "600.000", "1.000.000", "1.000.000", edges=edges),
                   row(132, "Academie", "100.000", "200.000", "300.000", "300.000", edges=edges)])
    (table,) = read_page_tables(page)
    assert [c.key for c in table.columns] == ["2024", "2025", "totaal_2024_2025", "totaal"]


def test_a_table_in_a_forms_answer_box_under_running_text_starts_at_its_top_rule():
    """An answer box drawn round a paragraph and the table under it: the paragraph is no part
    of the table, nor of its box."""
    xs = (300, 420)
    lines = [line(110, (66, "De totale projectomvang bedraagt drie miljoen euro; gemeenten dragen bij")),
             line(123, (66, "vanuit hun middelen voor de werkvloer, het Rijk voor de opleiding.")),
             line(146, (66, "Financieringsoverzicht"), (414, "Totaal", "r"), (534, "Rijk", "r")),
             row(166, "Leerwerktrajecten", "1.000.000", "400.000", edges=(414, 534)),
             row(186, "Totaal", "1.000.000", "400.000", edges=(414, 534))]
    frame = [rule(56, 100, 544, 100), rule(56, 200, 544, 200), rule(56, 100, 56, 200), rule(544, 100, 544, 200)]
    grid = [rule(56, y, 544, y) for y in (140, 160, 180)] + [rule(x, 140, x, 200) for x in xs]  # joined to the box
    (table,) = find_tables(layout(lines, [r for r in frame + grid if r.top == r.bottom], [r for r in frame + grid if r.x0 == r.x1]))
    assert texts(table.header) == ["Financieringsoverzicht Totaal Rijk"]
    assert 130 < table.box[1] < 146


def test_a_column_of_explanations_wrapped_beside_wrapped_row_labels():
    """A budget's last column explains each row in running text that wraps, its row labels
    wrap too, amounts on each row's first line; one explanation opens with a bracket."""
    note = 460
    lines = [line(100, (60, "Kostenpost"), (280, "Totaal", "r"), (360, "Provincie", "r"), (440, "Rijk", "r"), (note, "Toelichting")),
             line(116, (60, "Zorgtalent Academie (scholing"), (280, "1.350.000", "r"), (360, "750.000", "r"),
                  (440, "600.000", "r"), (note, "Kosten van de")),
             line(126, (60, "zij-instromers)"), (note, "(scholing en")),
             line(136, (note, "opleiding).")),
             line(152, (60, "Huisvesting"), (280, "500.000", "r"), (360, "300.000", "r"), (440, "200.000", "r"), (note, "Woningen voor")),
             line(162, (note, "jonge mensen.")),
             line(178, (60, "Totaal"), (280, "1.850.000", "r"), (360, "1.050.000", "r"), (440, "800.000", "r"), (note, "De som."))]
    page = layout(lines, [rule(56, y, 540, y) for y in (96, 111, 147, 173, 190)])
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=[]), investment=None)
    assert [c.key for c in table.columns] == ["totaal", "provincie", "rijk", "toelichting"]
    assert [r.label for r in table.rows] == ["Zorgtalent Academie (scholing zij-instromers)", "Huisvesting", "Totaal"]


def test_words_under_a_tables_total_row_are_the_text_that_goes_on():
    """A magazine's next field opens with a run-in label right under the table, its justified
    words spread like cells: it is no row of the table."""
    edges = (330, 420, 510)
    page = layout([line(100, (60, "Opgaven"), (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r")),
                   row(116, "Bouw", "1.000.000", "400.000", "600.000", edges=edges),
                   row(132, "Inrichting", "500.000", "100.000", "400.000", edges=edges),
                   row(148, "Totaal", "1.500.000", "500.000", "1.000.000", edges=edges),
                   line(166, (60, "Structureel karakter."), (175, "Het"), (215, "fonds"), (300, "(revolverende)"), (400, "zal"))])
    (table,) = find_tables(page)
    assert [ln.text.split()[0] for ln in table.body] == ["Bouw", "Inrichting", "Totaal"]


def test_a_total_set_first_keeps_the_rows_and_section_labels_under_it():
    edges = (330, 420)
    page = layout([line(100, (60, "Content domain"), (330, "Number", "r"), (420, "Percent", "r")),
                   row(116, "Total items", "135", "100", edges=edges),
                   line(132, (60, "Purposes of reading")),
                   row(148, "Literary experience", "72", "53", edges=edges),
                   row(164, "Acquire and use information", "63", "47", edges=edges),
                   line(180, (60, "Processes of comprehension")),
                   row(196, "Focus on stated information", "33", "24", edges=edges)])
    (table,) = find_tables(page)
    assert [ln.text.split()[0] for ln in table.body][-1] == "Focus"


def test_a_table_in_a_fields_text_whose_last_column_is_wider_than_its_words():
    """The field's own lines are read for tables: the grid's rules run past its words on the
    right, as a wide last column's do, and are still the table's."""
    lines = [line(68, (88, "Mijlpaal"), (394, "Gereed"), (468, "Trekker")),
             line(82, (88, "Eerste proef in de opstelling"), (394, "Q1 2026"), (468, "Zeeuwse"))]
    page = layout(lines, [rule(85, y, 580, y) for y in (65, 80, 95)], [rule(x, 65, x, 95) for x in (85, 391, 465, 580)])
    (table,) = find_tables(page, page.lines)
    assert texts(table.header) == ["Mijlpaal Gereed Trekker"] and len(table.body) == 1


def test_a_groups_unlabelled_column_with_words_set_left_and_dashes_right_is_one_column():
    """Leonardo's "Publiek" over two columns without labels of their own: "Gem." and "Prov."
    set left in the body row, the total's nils set right in theirs."""
    page = layout([line(100, (60, "Opgaven"), (250, "Totaal", "r"), (298, "Publiek"), (430, "Rijk", "r")),
                   line(116, (60, "Voorfinanciering"), (250, "10.000.000", "r"), (262, "Gem."), (322, "Prov."),
                        (430, "5.000.000", "r")),
                   line(132, (60, "Totaal"), (250, "10.000.000", "r"), (310, "-", "r"), (370, "-", "r"), (430, "5.000.000", "r"))])
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts), investment=None)
    assert [c.key for c in table.columns] == ["totaal", "gemeente", "provincie", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["10.000.000", "Gem.", "Prov.", "5.000.000"],
                                                            ["10.000.000", "-", "-", "5.000.000"]]


def test_a_bar_chart_of_labels_and_figures_is_no_table():
    """A chart beside a title: each label's bar drawn from a common axis to just before its
    figure, so the figures stand wherever their bars end; the same lines without bars are a
    table of two columns."""
    _assert_a_chart((("Projecten", "2.000.000", 200), ("Educatie", "1.000.000", 100), ("Infrastructuur", "1.500.000", 150),
                     ("Beheer", "-", 0)))
    # Two bars alike in length, the one between them far longer, its label cut short ("…").
    _assert_a_chart((("Evaluatie", "4.300.000", 86), ("Onderzoek naar circulaire tex…", "9.500.000", 190),
                     ("Personeelskosten", "4.400.000", 88)))
    # A figure too small for a bar stands at the bars' foot.
    _assert_a_chart((("Evaluatie", "11.500.000", 200), ("Ontwikkeling en inrichting va…", "31.000", 0)))


def test_rows_shaded_cell_by_cell_are_no_bar_chart():
    """A typesetter shades every other row as one fill a cell, the label's cell ending where
    the figures' begin: the fill before a figure is a cell, the next going on from it, no
    bar; the rows are a table."""
    lefts = (60, 300, 360, 420)
    rows = [("Kostenpost", "Bedrijven", "Rijk"), ("Kennisontsluiting en -toepassing", "250.000", ""),
            ("Projecten", "320.000*", "40.000"), ("TOTAAL", "570.000", "40.000")]
    lines = [line(100 + 12 * k, *((x, text) for x, text in zip((62, 305, 365), cells) if text)) for k, cells in enumerate(rows)]
    fills = [Fill(x0, 98 + 12 * k, x1, 110 + 12 * k, 0.86) for k in (0, 1, 3) for x0, x1 in zip(lefts, lefts[1:])]
    (found,) = find_tables(layout(lines, fills=fills))
    assert texts(found.header + found.body)[-1] == "TOTAAL 570.000 40.000"


def _assert_a_chart(rows: tuple[tuple[str, str, int], ...]) -> None:
    words, bars = [], []
    for i, (label, figure, length) in enumerate(rows):
        top = 100 + 14 * i
        words += [Word(label, 240 - 5 * len(label), 240, top, top + 9, 9.0),
                  Word(figure, 250 + length + 4, 250 + length + 4 + 5 * len(figure), top, top + 9, 9.0)]
        if length:
            bars.append(Fill(250, top, 250 + length, top + 9, 0.5))
    charted = PageLayout(1, 595, 842, build_lines(words, 1), fills=bars)
    assert find_tables(charted) == []
    assert len(find_tables(PageLayout(1, 595, 842, build_lines(words, 1)))) == 1


def test_cells_centred_in_their_rows_are_read_by_the_rules_between_rows():
    """Word's "centre vertically": a label wrapped over three lines has its amounts beside its
    middle line, amounts wrapped in their narrow columns ("€ 92,3" / "mln.") stand half a line
    above and below the label beside them, the lines of one row overlapping. Rules part the rows."""
    rows = [(100, [line(105, (60, "Kennispark"), (260, "64 mln.", "r"), (350, "36,5 mln.", "r"), (440, "5,8 mln.", "r"))]),
            (120, [line(121, (60, "Ontwikkeling en")),
                   line(131, (60, "inrichting van het"), (260, "1.250.000", "r"), (350, "-", "r"), (440, "750.000", "r")),
                   line(141, (60, "centrum"))]),
            (155, [line(157, (260, "€ 92,3", "r"), (440, "14,1", "r")), line(163, (60, "Totaal"), (350, "43,8mln.", "r")),
                   line(169, (260, "mln.", "r"), (440, "mln.", "r"))])]
    lines = [line(85, (60, "Kostenpost"), (260, "Totaal", "r"), (350, "Privaat", "r"), (440, "Rijk", "r"))] + \
        [ln for _, part in rows for ln in part]
    rules = [rule(55, y, 450, y) for y in (80, 97, *(top for top, _ in rows[1:]), 185)]
    (table,) = read_page_tables(layout(lines, rules))
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Kennispark", ["64 mln.", "36,5 mln.", "5,8 mln."]),
        ("Ontwikkeling en inrichting van het centrum", ["1.250.000", "-", "750.000"]),
        ("Totaal", ["€ 92,3 mln.", "43,8mln.", "14,1 mln."])]


def test_a_table_of_words_whose_rules_part_the_rows_keeps_a_wrapped_label_whole():
    """Milestones and who leads them, centred beside labels wrapped over three lines."""
    def at(y: float, *cells) -> list[Word]:
        return line(y, *cells, size=8.5)

    lines = [at(79.4, (76, "Mijlpaal"), (178, "Gereed"), (361, "Trekker")),
             at(94.6, (76, "Ontwerp en")), at(104.8, (76, "vergunningen"), (178, "Q4 2024"), (361, "North Sea Port")),
             at(115.0, (76, "verbouwing")),
             at(130.2, (76, "Oplevering")), at(140.4, (76, "werkplaatsen en"), (178, "Q3 2025"), (361, "gemeente Vlissingen")),
             at(150.6, (76, "demonstratieruimte")),
             at(165.8, (76, "Eerste proef in de")), at(170.8, (178, "Q1 2026"), (361, "Zeeuwse Waterstofcoalitie")),
             at(175.9, (76, "elektrolyse-opstelling"))]
    rules = [rule(71, y, 539, y) for y in (75, 90, 126, 161, 190)]
    (table,) = read_page_tables(layout(lines, rules))
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Ontwerp en vergunningen verbouwing", ["Q4 2024", "North Sea Port"]),
        ("Oplevering werkplaatsen en demonstratieruimte", ["Q3 2025", "gemeente Vlissingen"]),
        ("Eerste proef in de elektrolyse-opstelling", ["Q1 2026", "Zeeuwse Waterstofcoalitie"])]


def test_a_label_wrapped_over_many_lines_in_a_narrow_column_keeps_its_table_together():
    """A row whose label wraps over eight lines, its amount centred between two of them, and
    the total: the lines of a label in its column are no text between two tables, however many."""
    def at(y: float, *cells) -> list[Word]:
        return line(y, *cells, size=8.5)

    lines = [at(85, (60, "Investering"), (300, "Per jaar", "r"), (420, "EUR 3 jaar", "r")),
             at(101, (60, "Programmering"), (300, "€ 75.000", "r"), (420, "€ 225.000", "r"))]
    y = 117.0
    for label in ("Projectorganisatie", "(beleidsontwikkeling,", "subsidieverordening,", "beoordeling", "aanvragen,",
                  "stimuleren,", "communicatie,", "etc.)."):
        lines.append(at(y, (60, label)))
        if label == "beoordeling":
            lines.append(at(y + 5.1, (420, "€ 450.000", "r")))
        y += 10.2
    lines.append(at(y + 6, (60, "TOTAAL"), (420, "€ 675.000", "r")))
    (table,) = read_page_tables(layout(lines))
    assert table.rows[0].label == "Programmering" and table.rows[-1].label == "TOTAAL"
    assert "€ 450.000" in [c.raw for r in table.rows for c in r.cells]


def test_a_category_merged_down_the_first_column_leaves_the_row_labels_to_the_second():
    """A municipality's budget opens with a column "Soort": one cell, merged down the cost
    lines and centred on them, names their category; the cost lines stand in the next
    column, the total's label too. Rules part the rows from the second column on. A
    project's table takes its row labels from that column."""
    top = 100
    lines = [line(85, (60, "Soort"), (140, "Opgaven/Investeringen"), (420, "Totaal", "r"), (510, "Rijk", "r"))]
    for i, (label, total, rijk) in enumerate([("Kennispark", "64 mln.", "5,8 mln."), ("Technology Base", "6,33 mln.", "575.000"),
                                              ("XL-Park", "4,6 mln.", "2,3 mln.")]):
        lines.append(line(top + 20 * i + 4, (140, label), (420, total, "r"), (510, rijk, "r")))
    lines.append(line(top + 24, (60, "Investering")))  # centred on the middle row, a little above its baseline
    lines.append(line(top + 64, (140, "Totaal"), (420, "74,93 mln.", "r"), (510, "8,675 mln.", "r")))
    rules = [rule(55, 80, 520, 80), rule(55, 97, 520, 97), rule(135, 117, 520, 117), rule(135, 137, 520, 137),
             rule(55, 157, 520, 157), rule(55, 177, 520, 177)]
    page = layout(lines, rules)
    (found,) = find_tables(page)
    region = Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                    x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts)
    table = build_table(region, investment=None)
    assert [r.label for r in table.rows] == ["Kennispark", "Technology Base", "XL-Park", "Totaal"]
    assert [c.raw for c in table.rows[3].cells][1:] == ["74,93 mln.", "8,675 mln."]
    assert table.label == "Opgaven/Investeringen" and "Investering" in [r.cells[0].raw for r in table.rows]
    # Every table of the page keeps its columns in the order drawn.
    (drawn,) = read_page_tables(page)
    assert drawn.grid()[-1] == ["", "Totaal", "74,93 mln.", "8,675 mln."]


def test_a_label_stacked_over_its_column_inside_a_header_drawn_round_is_that_columns():
    """A header on a pill whose sides are stroked: "Totaal" alone on the upper line, over
    "EUR" under it; the sides are the table's, not the cell's, so "Totaal" heads its column
    (not the one under the middle of the whole header)."""
    edges = (260, 330, 400, 470)
    lines = [line(80, (260, "Totaal", "r")),
             line(92, (60, "Opgaven/Investeringen"), (260, "EUR", "r"), (330, "Privaat", "r"), (400, "Gem.", "r"),
                  (470, "Rijk", "r")),
             row(115, "Kennispark", "64 mln.", "36,5 mln.", "-", "5,8 mln.", edges=edges),
             row(130, "XL-Park", "4,6 mln.", "-", "-", "2,3 mln.", edges=edges),
             row(145, "Totaal", "68,6 mln.", "36,5 mln.", "-", "8,1 mln.", edges=edges)]
    sides = [rule(55, 76, 55, 104), rule(540, 76, 540, 104)]
    page = layout(lines, [rule(55, 76, 540, 76), rule(55, 104, 540, 104)], sides)
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts), investment=None)
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "rijk"]


def test_a_member_under_its_group_on_the_rule_that_closes_the_header_heads_its_own_column():
    """Every cell of the header boxed: "Publiek" over "Overig Publiek" in one column, the other
    labels centred in cells two lines tall. The rule under "Overig Publiek" closes the whole
    header, under the other columns' labels too: no group's rule, it names its column alone."""
    edges = (300, 380, 460, 540)
    lines = [line(80, (460, "Publiek", "r")),
             line(88, (60, "Opgaven/Investeringen"), (300, "Totaal", "r"), (380, "Privaat", "r"), (540, "Rijk", "r")),
             line(96, (460, "Overig Publiek", "r")),
             row(115, "Programmamanagement", "105.000", "34.000", "60.000", "11.000", edges=edges),
             row(130, "Monitoring", "4.715.000", "325.000", "4.000.000", "390.000", edges=edges)]
    across = [rule(55, 76, 200, 76), rule(205, 76, 545, 76), rule(390, 92, 465, 92), rule(55, 108, 200, 108),
              rule(205, 108, 545, 108), rule(55, 125, 545, 125), rule(55, 140, 545, 140)]
    down = [rule(x, 76, x, 140) for x in (55, 200, 205, 305, 385, 465, 545)]
    page = layout(lines, across, down)
    (found,) = find_tables(page)
    table = build_table(Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                               x1=found.box[2] + 1, pages={1: page}, cuts=found.cuts), investment=None)
    assert [c.key for c in table.columns] == ["totaal", "privaat", "overig_publiek", "rijk"]


def test_a_groups_rule_over_its_members_labels_read_as_the_bodys_first_line_still_groups_them():
    """"Female students" over a rule over its members' labels, "Sample" and "Population",
    which the table's reading took as its body's first line: the rule has labels under it,
    not a row's figures, so it is the group's and the label spans both columns."""
    edges = (330, 420)
    group = line(80, (400, "Female students", "r"))
    members = line(94, (60, "Faculty cluster"), (330, "Sample", "r"), (420, "Population", "r"))
    rows = [row(110, "Sciences", "63", "597", edges=edges), row(124, "Social Sciences", "189", "2075", edges=edges)]
    page = layout([group, members, *rows], [rule(250, 91, 425, 91)])
    region = Region(header=[ln for ln in page.lines if ln.top < 90], body=[ln for ln in page.lines if ln.top > 90],
                    footnotes=[], x0=55, x1=430, pages={1: page}, cuts=[200, 375])
    table = build_table(region, investment=False)
    assert table.head_groups == [[("Female students", 0, 2)]]


def test_rows_are_told_apart_by_their_label_lines_whatever_their_first_words_glyphs():
    """A font embedded with its glyphs' own boxes makes "apparatuur" (no ascender) stand lower
    than "Indirecte" on the same baseline, and "Voorfinanciering" (its descender) reach lower
    than "waarvan": a wrapped label's lines, evenly set, are still one row, and only a line set
    a row's padding further down starts one."""
    from regio.extract.layout import Line, Word
    from regio.extract.settings import DEFAULT
    from regio.extract.tables import _spaced_lines

    def line(baseline: float, *words: tuple[str, float]) -> Line:
        # each word's box its glyphs': from the x-height or the cap height, to the baseline or the descender
        def box(text: str) -> tuple[float, float]:
            tall = any(c.isupper() or c.isdigit() or c in "bdfhkl%" for c in text)
            deep = any(c in "gjpqy" for c in text)
            return baseline - (6.8 if tall else 5.3), baseline + (1.9 if deep else 0.0)
        return Line(1, [Word(t, x, x + 5 * len(t), *box(t), 9.0) for t, x in words])

    lines = [line(723, ("Voorfinanciering", 62), ("waarvan", 138), ("10.000.000", 248)),
             line(734.7, ("Personeelslasten", 62), ("Practica", 166)),
             line(746.4, ("apparatuur", 62), ("Indirecte", 138), ("kosten", 180)),
             line(758.1, ("20%", 62)),
             line(776, ("Totaal", 62), ("10.000.000", 248))]
    assert [ln.text for ln in lines if id(ln) in _spaced_lines(lines, 211, DEFAULT)] == ["Totaal 10.000.000"]


def test_a_ruled_tables_last_column_no_row_fills_keeps_its_label_and_border():
    """troff's tbl rules every column of a table whose last, "Rijksbijdrage", no row fills:
    its label in the header stands inside the table, so the rule past it is the table's
    border, not a frame's, and the column is the table's, empty on every row."""
    words = [line(699.8, (296.8, "Publiek")),
             line(705.3, (75.4, "Opgaven/"), (114.3, "Investeringen"), (227.5, "Totaal"), (365.5, "Rijksbijdrage")),
             line(710.8, (262.1, "Provincie"), (302.8, "Overig"), (331.5, "Publiek")),
             line(723.8, (75.4, "Onderzoek"), (221.6, "2.025.000"), (262.3, "1.500.000"), (361.0, "525.000", "r")),
             line(747.8, (75.4, "TOTAAL"), (221.6, "2.025.000"), (262.3, "1.500.000"), (361.0, "525.000", "r"))]
    page = layout(words, [rule(71, y, 423, y) for y in (698, 722, 746, 759)],
                  [rule(x, 709 if x == 301 else 698, x, 759) for x in (71, 219, 260, 301, 363, 423)])
    header, body = page.lines[:3], page.lines[3:]
    table = build_table(Region(header=header, body=body, footnotes=[], x0=63, x1=424, pages={1: page}))
    assert [c.key for c in table.columns] == ["totaal", "provincie", "overig_publiek", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["2.025.000", "1.500.000", "525.000", ""]


def test_a_tables_header_line_repeated_where_pages_start_their_text_is_no_running_title():
    """Two pages open with a table under the same header, its cells centred over three lines
    ("Kennisin-" over "stellingen", "Overig" over "publiek" beside the labels' line): the
    lower line, at the place where the other pages start their text, repeats on two pages
    in a row as a running title would, but stands beside the header's line of labels over
    rows of amounts: it is the header's."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    def page(number, lines):
        return PageLayout(number, 595.0, 842.0, build_lines([w for ln in lines for w in ln], number))

    header = [line(58, (207, "Kennisin-"), (340, "Overig")),
              line(64, (45, "Kostenpost"), (130, "Bedrijven"), (280, "Gemeente"), (400, "Rijk"), (470, "Totaal")),
              line(70, (206, "stellingen"), (340, "publiek"))]
    rows = [row(84, "Communicatie", "210.000", "9.000", "1.969.000"), row(98, "Projecten", "2.800.000", "-", "5.705.000")]
    text = [line(69, (60, "Bereikbaarheid & Leefbaarheid"), size=16),
            *(line(100 + 14 * k, (60, "De regio investeert in de samenwerking tussen onderwijs en bedrijven.")) for k in range(3))]
    layouts = [page(1, text), page(2, header + rows), page(3, header + rows), page(4, text)]
    found = furniture(layouts, DEFAULT)
    assert not [ln.text for layout in layouts for ln in layout.lines if id(ln) in found]


def test_a_label_cut_without_a_hyphen_in_a_narrow_cell_is_made_whole():
    """Qt breaks a header's word where its narrow cell runs out, with no hyphen ("Rij" over
    "k"): where the whole names a source and its first part nothing, it is one word; labels
    of two words stay two, a hyphen's break is mended as before."""
    from regio.extract.tables import _unbroken

    assert _unbroken(["Rij", "k"]) == "Rijk"
    assert _unbroken(["Kennisinstel", "lingen"]) == "Kennisinstellingen"
    assert _unbroken(["Onder-", "wijs"]) == "Onderwijs"
    assert [_unbroken(parts) for parts in (["Totaal", "kosten"], ["Overig", "publiek"], ["Publieke", "partijen"],
                                           ["Bijdrage", "Rijk"])] == ["Totaal kosten", "Overig publiek",
                                                                     "Publieke partijen", "Bijdrage Rijk"]


def test_a_grid_that_rules_its_header_alone_takes_the_row_set_open_under_it():
    """A designer's table: the header on a dark band parted by rules, its one row (the total)
    set open under it, too few rows to show an alignment of their own."""
    xs = [60, 260, 400, 540]
    lines = [line(104, (396, "Privaat", "r")), line(116, (64, "Opgaven"), (396, "(incl. Invest-NL)", "r"), (536, "Rijk", "r")),
             row(140, "Totaal", "20 mln.", "4 mln.", edges=(396, 536))]
    page = layout(lines, [rule(60, 100, 540, 100), rule(60, 130, 540, 130)], [rule(x, 100, x, 130) for x in xs])
    (table,) = read_page_tables(page)
    assert table.grid() == [["Opgaven", "Privaat (incl. Invest-NL)", "Rijk"], ["Totaal", "20 mln.", "4 mln."]]


def test_the_label_columns_header_run_into_the_first_columns_label_still_names_it():
    """The row labels' header, too long for its column, printed against the first value
    column's label with no space between (one word, "Opgaven/InvesteringsTotaal", over both
    columns): its part after the capital names that column."""
    header = [Word("Opgaven/InvesteringsTotaal", 60, 183, 100, 110, SIZE), *line(100, (260, "Privaat", "r"), (340, "Rijk", "r"))]
    body = [line(114 + 12 * i, (60, label), *((x, v, "r") for x, v in zip((183, 260, 340), values)))
            for i, (label, *values) in enumerate([("Connect-U", "1.650.000", "1.250.000", "400.000"),
                                                  ("Alumni", "339.966", "-", "339.966")])]
    page = layout([header, *body])
    table = build_table(Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=50, x1=400, pages={1: page}))
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["1.650.000", "1.250.000", "400.000"]


def test_a_nil_dash_against_the_next_cells_amount_across_their_rule_is_the_cell_befores():
    """FOP lets a bold amount wider than its fixed column run back to the dash that stands
    for nothing in the cell before, and the two read as one word across the rule between the
    cells; a minus sign inside the amount's own cell stays its sign."""
    from regio.extract.layout import parted_at_rules

    rules = [Rule(x, 300, x, 330) for x in (346, 394, 442)]
    across = Word("-1.000.000", 388.0, 440.0, 310, 320, SIZE)
    inside = Word("-1.000.000", 396.0, 440.0, 310, 320, SIZE)
    parted = parted_at_rules([across], rules)
    assert [w.text for w in parted] == ["-", "1.000.000"] and parted[0].x1 < 394 < parted[1].x1
    assert parted_at_rules([inside], rules) == [inside]


def test_header_labels_overflowing_into_each_other_across_their_rule_are_two_words():
    """xhtml2pdf centres "Kennisinstellingen" in a cell too narrow for it: it runs out over
    the rule on both sides, against "Bedrijfsleven" before it, and the two read as one word.
    The rule parts them where the capital by it starts the second; a name in camel case
    inside its own cell stays one word."""
    from regio.extract.layout import parted_at_rules

    rules = [Rule(x, 300, x, 330) for x in (284, 348, 411)]
    across = Word("BedrijfslevenKennisinstellingen", 289.3, 417.4, 310, 320, SIZE)
    inside = Word("InnovateGO", 352.0, 400.0, 310, 320, SIZE)
    parted = parted_at_rules([across, inside], rules)
    assert [w.text for w in parted] == ["Bedrijfsleven", "Kennisinstellingen", "InnovateGO"]
    assert parted[0].x1 == parted[1].x0 and abs(parted[0].x1 - 348) < 8


def test_a_label_run_on_over_the_next_label_is_a_column_of_its_own():
    """A header label wider than its column runs on a few points over the next one's start
    (set left in narrow columns, as Sphinx sets them): two labels, not one."""
    header = [Word("Kostenpost", 60, 110, 100, 110, SIZE), Word("Bedrijven", 200, 245, 100, 110, SIZE),
              Word("Kennisinstellingen", 241, 331, 100, 110, SIZE), Word("Rijk", 340, 360, 100, 110, SIZE)]
    body = [line(114 + 12 * i, (60, label), (200, a), (241, b), (340, c))
            for i, (label, a, b, c) in enumerate([("Veldproeven", "287.500", "250.000", "350.000"),
                                                  ("Monitoring", "-", "360.000", "200.000")])]
    page = layout([header, *body])
    table = build_table(Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=50, x1=400, pages={1: page}))
    assert [c.label for c in table.columns] == ["Bedrijven", "Kennisinstellingen", "Rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["287.500", "250.000", "350.000"]


def _rules_stop_after_the_first_row(rows, xs, top=100, step=14):
    """A table on grounds of alternating grey whose column rules reach over its header and
    first row only (the rules the grounds draw between their cells stop where the rows'
    grounds alternate); the rows after it set in the same columns."""
    lines = [line(top + 2 + step * i, (xs[0] + 4, label), *((x - 4, v, "r") for x, v in zip(xs[2:], values)))
             for i, (label, *values) in enumerate(rows)]
    ruled = top + 2 * step
    grounds = [Fill(xs[0], top + step * i, xs[-1], top + step * (i + 1), 0.86 if i == 0 else 0.92)
               for i in range(len(rows)) if i < 2 or i % 2]
    return layout(lines, [rule(xs[0], top, xs[-1], top), rule(xs[0], ruled, xs[-1], ruled)],
                  [rule(x, top, x, ruled) for x in xs], fills=grounds)


def test_a_table_goes_on_in_its_columns_under_the_rules_that_stop_after_its_first_row():
    rows = [("Kostenpost", "Totaal", "Rijk", "Regio"), ("Bouw", "1.000.000", "600.000", "400.000"),
            ("Inrichting", "500.000", "250.000", "250.000"), ("Onderzoek", "400.000", "100.000", "300.000"),
            ("Totaal", "1.900.000", "950.000", "950.000")]
    (table,) = read_page_tables(_rules_stop_after_the_first_row(rows, [60, 260, 340, 420, 500]))
    assert table.grid() == [list(r) for r in rows]


def test_a_table_of_words_goes_on_under_the_rules_that_stop_after_its_first_row():
    """The same with a milestone table: words and dates, no amount, each row one line."""
    rows = [("Mijlpaal", "Gereed", "Trekker"), ("Ontwerp en vergunningen", "Q4 2024", "North Sea Port"),
            ("Oplevering werkplaatsen", "Q3 2025", "Gemeente"), ("Eerste proef", "Q1 2026", "Coalitie")]
    page = _rules_stop_after_the_first_row([(a, "", b, c) for a, b, c in rows], [60, 200, 260, 380, 500])
    (table,) = read_page_tables(page)
    assert [[cell for cell in r if cell] for r in table.grid()] == [list(r) for r in rows]


def test_the_last_lines_of_a_text_column_over_a_table_set_across_the_columns_are_no_header():
    """Two columns of running text end over a table set across both: the right column's last
    lines stand over the table's value columns, close over its header, but are the text's."""
    left = [line(100 + 14 * k, (60, text)) for k, text in enumerate(["De kosten van het project staan", "hieronder, per onderdeel."])]
    right = [line(100 + 14 * k, (310, text)) for k, text in enumerate(
        ["van de inrichting en de bouw", "van de nieuwe hallen voor de", "opleiding."])]
    table = [line(146, (60, "Kosten"), (420, "Totaal", "r"), (510, "Rijk", "r")),
             row(162, "Bouw", "1.000.000", "600.000", edges=(420, 510)),
             row(176, "Inrichting", "500.000", "250.000", edges=(420, 510)),
             row(190, "Totaal", "1.500.000", "850.000", edges=(420, 510))]
    page = layout([*left, *right, *table])
    page.columns = [(100, 140, (295.0,))]
    (found,) = read_page_tables(page)
    assert found.grid()[0] == ["Kosten", "Totaal", "Rijk"] and len(found.grid()) == 4


def test_labels_of_two_columns_run_into_one_another_are_each_their_columns():
    """A label too long for its narrow ruled cell that does not wrap runs on over the next
    cell, against its label: the text layer holds one word, "BedrijvenKennisinstellingen"."""
    xs, ys = [60, 260, 340, 410, 490, 545], [96, 114, 128, 142, 156]
    header = [Word("Begroting", 64, 109, 100, 110, SIZE), Word("Totaal", 305, 335, 100, 110, SIZE),
              Word("BedrijvenKennisinstellingen", 345, 480, 100, 110, SIZE), Word("Rijk", 520, 540, 100, 110, SIZE)]
    rows = [row(y + 2, label, *values, edges=(336, 406, 486, 541)) for y, (label, *values) in zip(ys[1:], [
        ("Bouw", "1.000.000", "400.000", "100.000", "500.000"), ("Inrichting", "500.000", "100.000", "-", "400.000"),
        ("Totaal", "1.500.000", "500.000", "100.000", "900.000")])]
    page = layout([header, *rows], [rule(xs[0], y, xs[-1], y) for y in ys], [rule(x, ys[0], x, ys[-1]) for x in xs])
    (table,) = read_page_tables(page)
    assert table.grid()[0] == ["Begroting", "Totaal", "Bedrijven", "Kennisinstellingen", "Rijk"]
    assert table.grid()[1] == ["Bouw", "1.000.000", "400.000", "100.000", "500.000"]


def test_labels_of_two_narrow_columns_set_close_are_each_their_columns():
    """tbl centres a long label in its narrow column, a few points from its neighbour's: one
    run of words over two columns, each word inside its own."""
    xs, ys = [60, 260, 340, 410, 490, 545], [96, 114, 128, 142, 156]
    header = [Word("Begroting", 64, 109, 100, 110, SIZE), Word("Totaal", 305, 335, 100, 110, SIZE),
              Word("Bedrijven", 370, 407, 100, 110, SIZE), Word("Kennisinstellingen", 411, 488, 100, 110, SIZE),
              Word("Rijk", 520, 540, 100, 110, SIZE)]
    rows = [row(y + 2, label, *values, edges=(336, 406, 486, 541)) for y, (label, *values) in zip(ys[1:], [
        ("Bouw", "1.000.000", "400.000", "100.000", "500.000"), ("Inrichting", "500.000", "100.000", "-", "400.000"),
        ("Totaal", "1.500.000", "500.000", "100.000", "900.000")])]
    # tbl rules the body's columns; the header's cells stand open between the frame's sides.
    inner = [rule(x, ys[1], x, ys[-1]) for x in xs[1:-1]]
    page = layout([header, *rows], [rule(xs[0], y, xs[-1], y) for y in ys],
                  [rule(xs[0], ys[0], xs[0], ys[-1]), *inner, rule(xs[-1], ys[0], xs[-1], ys[-1])])
    (table,) = read_page_tables(page)
    assert table.grid()[0] == ["Begroting", "Totaal", "Bedrijven", "Kennisinstellingen", "Rijk"]


def test_a_label_wrapped_beside_amounts_centred_between_its_lines_keeps_its_lines():
    """A slide's table centres each cell in its row: a label wrapped over two lines set close
    has its amounts half on the one line and half on the other, and is two lines all the same,
    the amounts with the first."""
    first = line(100, (60, "Kwartier maken: infrastructuur opzetten"), (420, "1.000.000", "r"), (510, "500.000", "r"))
    first = [Word(w.text, w.x0, w.x1, 99, 109.3, SIZE) if is_figure(w.text) else Word(w.text, w.x0, w.x1, 94, 104.3, SIZE)
             for w in first]
    second = [Word("marketing", 60, 105, 104, 114.3, SIZE)]
    lines = build_lines([*first, *second], 1)
    assert [ln.text for ln in lines] == ["Kwartier maken: infrastructuur opzetten 1.000.000 500.000", "marketing"]


def test_labels_set_flush_with_their_narrow_columns_figures_are_each_their_columns():
    """A table shrunk to fit a text column: each label set right, flush with its column's
    figures and a few points from the next, so the line of labels is one run of words. A label
    wider than its figures ("Provincie" over "10.000") runs past the cut halfway to the column
    before it, not into that column's figures; the unit wrapped under "Totaal" is its column's."""
    small = 7.0
    edges = (200, 238, 286, 309, 357, 390)
    header = [line(100, (200, "Totaal", "r")),
              line(111, (60, "Opgaven"), (200, "EUR", "r"), (238, "Privaat", "r"), (286, "Onderwijs", "r"),
                   (309, "Gem.", "r"), (357, "Provincie", "r"), (390, "Rijk", "r"))]
    rows = [line(y, (60, label, ), *((x, v, "r") for x, v in zip(edges, values)), size=small) for y, (label, *values) in [
        (126, ("Bouw", "70.000", "40.000", "-", "-", "10.000", "20.000")),
        (136, ("Inrichting", "30.000", "10.000", "-", "-", "10.000", "10.000")),
        (146, ("Onderzoek", "20.000", "-", "10.000", "-", "-", "10.000")),
        (156, ("Beheer", "10.000", "-", "-", "5.000", "-", "5.000")),
        (166, ("Totaal", "130.000", "50.000", "10.000", "5.000", "20.000", "45.000"))]]
    (table,) = read_page_tables(layout([*header, *rows]))
    assert table.grid()[0] == ["Opgaven", "Totaal EUR", "Privaat", "Onderwijs", "Gem.", "Provincie", "Rijk"]
    assert table.grid()[5] == ["Totaal", "130.000", "50.000", "10.000", "5.000", "20.000", "45.000"]


def test_a_table_in_smaller_type_than_the_justified_text_parts_its_cells_by_its_own_type():
    """Justified text stretches its word spaces (3.5 pt at 10 pt here); a table shrunk to fit
    the column, in 7 pt type, sets its cells 4.5 pt apart: wider than a space in its own type,
    so each is a cell, however narrow against the text's spaces."""
    prose = [Word(w, 60 + 40 * i, 96.5 + 40 * i, y, y + SIZE, SIZE) for y in (100, 112, 124) for i, w in
             enumerate("De kosten van het project zijn als volgt verdeeld".split())]
    labels = [Word(text, x, x + 3.5 * len(text), 140, 147, 7.0) for text, x in
              [("Totaal", 150.0), ("Privaat", 175.5), ("Onderwijs", 204.5), ("Rijk", 240.5)]]
    lines = build_lines([*prose, *labels], 1)
    (header,) = [ln for ln in lines if ln.top == 140]
    assert [join_words(seg) for seg in header.segments()] == ["Totaal", "Privaat", "Onderwijs", "Rijk"]
    assert all(len(ln.segments()) == 1 for ln in lines if ln.top < 140)


def test_a_numbered_list_justified_in_a_narrow_column_is_no_table():
    """Items of a numbered list set justified in a narrow text column: each item's number
    hangs left of its text, and the few words of each line are stretched to the column's
    width, their wide gaps lining up by chance."""
    items = [["1.", "Veldproeven", "op", "proefbedrijven", "op"], ["Schouwen-Duiveland", "en", "Noord-Beveland,"],
             ["waar", "zoutresistente", "rassen", "en", "teelt"], ["2.", "Kennisontwikkeling", "en", "monitoring:"],
             ["sensoren", "volgen", "het", "zoute", "grondwater"], ["3.", "Kennisdeling", "met", "telers", "en"]]
    lines = []
    for k, words in enumerate(items):
        number = words[0] if words[0].endswith(".") else None
        text = words[1:] if number else words
        x, y = 64.0, 100 + 13 * k
        if number:
            lines.append(Word(number, 53, 53 + width(number), y, y + SIZE, SIZE))
            x = 53 + width(number) + 2.5  # the number a word space from its text, not at the tab
        gap = (286 - x - sum(width(w) for w in text)) / (len(text) - 1)
        for w in text:
            lines.append(Word(w, x, x + width(w), y, y + SIZE, SIZE))
            x += width(w) + gap
    assert find_tables(layout([lines])) == []


def test_text_columns_under_a_rule_across_the_page_go_on_past_a_paragraphs_gap():
    """A rule under the title runs across both columns of text; a table in small type at the
    foot of the left column, a paragraph's gap under its text, is still the left column's,
    before the right column in reading order."""
    from regio.extract.layout import text_columns

    heading = line(70, (60, "Een titel over de volle breedte"))
    left = justified(60, 290, 100, WORDS)
    right = justified(305, 535, 100, WORDS[::-1])
    below = max(w.bottom for ln in left for w in ln) + 14
    table = [line(below + 9 * i, (60, label), *((x, v, "r") for x, v in zip((180, 235, 290), values)), size=6)
             for i, (label, *values) in enumerate([("Activiteit", "2024", "2025", "Totaal"), ("Werving", "450", "600", "1.050"),
                                                   ("Academie", "300", "550", "850"), ("Totaal", "750", "1.150", "1.900")])]
    rule = Rule(55, 88, 540, 88)
    lines, runs = text_columns(build_lines([w for ln in [heading, *left, *right, *table] for w in ln], 1), hrules=[rule])
    page = PageLayout(1, 595.0, 842.0, lines, hrules=[rule], columns=runs)
    texts = [ln.text for ln in page.lines]
    assert texts.index("Totaal 750 1.150 1.900") < texts.index(" ".join(w.text for w in right[0]))


def test_a_row_label_run_up_to_the_first_amount_is_its_own_cell():
    """Equal narrow columns (pandoc's pipe tables): a label as long as its column ends a word
    space from the first amount, set right in the next; the amounts after it show the row's
    cells, and an amount in thousands is no word of a label."""
    rows = [("Connect-U", "1.650.000", "1.250.000", "400.000"), ("Ondernemerschap", "2.300.000", "1.200.000", "1.100.000"),
            ("Alumni", "339.966", "-", "339.966"), ("Totaal", "4.289.966", "2.450.000", "1.839.966")]
    header = line(100, (60, "Opgaven"), (183, "Totaal", "r"), (260, "Privaat", "r"), (340, "Rijk", "r"))
    body = [line(114 + 12 * i, (60, label), *((x, v, "r") for x, v in zip((183, 260, 340), values)))
            for i, (label, *values) in enumerate(rows)]
    page = layout([header, *body])
    # As the walk reads a table under its line of column labels: its columns from its text alone.
    table = build_table(Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=50, x1=400, pages={1: page}))
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [r.label for r in table.rows] == ["Connect-U", "Ondernemerschap", "Alumni", "Totaal"]
    assert [c.raw for c in table.rows[1].cells] == ["2.300.000", "1.200.000", "1.100.000"]


def test_amounts_in_millions_keep_their_column_beside_labels_run_up_to_them():
    """The same in millions: a label ends a word space from "1,120 mln.", and the bold total
    ("€ 92,3 mln."), wider than any amount, reaches in under the end of the longest label.
    Its column's amounts all end at one edge: a column, not pieces of labels."""
    rows = [("Kennispark", "64 mln.", "36,5 mln.", "5,8 mln."), ("Positioneringen", "1,120 mln.", "-", "560.000"),
            ("XL-Park", "4,6 mln.", "-", "2,3 mln."), ("Totaal", "€ 92,3 mln.", "43,8 mln.", "14,1 mln.")]

    def set_right(x: float, text: str) -> tuple[float, str]:  # its last word ends at x
        return x - width(text.replace(" ", "")) - 0.25 * SIZE * text.count(" "), text

    header = line(100, (60, "Opgaven"), (183, "Totaal", "r"), (260, "Privaat", "r"), (340, "Rijk", "r"))
    body = [line(114 + 12 * i, (60, label), *(set_right(x, v) for x, v in zip((183, 260, 340), values)))
            for i, (label, *values) in enumerate(rows)]
    page = layout([header, *body])
    table = build_table(Region(header=page.lines[:1], body=page.lines[1:], footnotes=[], x0=50, x1=400, pages={1: page}))
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [r.label for r in table.rows] == [label for label, *_ in rows]
    assert [[c.raw for c in r.cells] for r in table.rows] == [values for _, *values in rows]


def test_a_table_closing_the_left_column_takes_nothing_from_the_top_of_the_right():
    """A table breaks at the left column's foot and goes on at the right column's top, its
    header again: the lines read after its last row stand higher on the page, in the next
    column, and no row of it is centred over them."""
    from regio.extract.layout import text_columns

    def table(x: float, y: float, rows: list[tuple[str, str, str]]) -> list[list[Word]]:
        return [line(y, (x, "Onderdeel"), (x + 150, "Totaal", "r"), (x + 225, "Rijk", "r")),
                *(line(y + 12 * (k + 1), (x, label), (x + 150, total, "r"), (x + 225, rijk, "r"))
                  for k, (label, total, rijk) in enumerate(rows))]

    left = justified(60, 290, 100, WORDS)
    left_table = table(60, 640, [("Beheer", "545.000", "150.000"), ("Communicatie", "3.076.000", "1.150.000")])
    wrapped = line(676, (60, "en evaluatie"))
    group = line(90, (530, "Bijdrage", "r"))  # over the Rijk column of the part on the right
    right_table = table(305, 100, [("Pilots", "4.025.000", "2.500.000"), ("Totaal", "8.246.000", "4.030.000")])
    right = justified(305, 535, 160, WORDS[::-1])
    words = [w for ln in [*left, *left_table, wrapped, group, *right_table, *right] for w in ln]
    lines, runs = text_columns(build_lines(words, 1))
    page = PageLayout(1, 595.0, 842.0, lines, columns=runs)
    boxes = sorted(region.box for region in find_tables(page))
    assert [(round(x0), round(top)) for x0, top, _, _ in boxes] == [(60, 640), (305, 90)]
    assert boxes[0][2] < 300 and boxes[0][3] >= 676



def test_an_amount_of_a_small_table_level_with_a_line_of_the_next_columns_text_is_no_row_across():
    """A table in the right column, set smaller than the text, wraps an amount onto a line of
    its own ("€" over "425.000"), level with the last line of a paragraph in the left column:
    a label and a value far right of the gutter, but in two types, so two columns' lines."""
    from regio.extract.layout import text_columns

    left = justified(60, 290, 100, WORDS)
    end = 100 + 12 * len(left)
    last = line(end, (60, "nieuwe technologie."))
    right = justified(305, 535, 100, WORDS[::-1])
    small = 7.0
    table = [line(end - 24, (305, "Onderdeel", "Gemeente", "Provincie"), size=small),
             line(end - 14, (305, "Kennisdeling"), (440, "350.000", "r"), (530, "€", "r"), size=small),
             line(end, (530, "425.000", "r"), size=small)]
    words = [w for ln in [*left, last, *right[:len(left) - 3], *table] for w in ln]
    lines, runs = text_columns(build_lines(words, 1))
    assert len(runs) == 1 and runs[0][1] >= end + small
    assert not any("technologie." in ln.text and "425.000" in ln.text for ln in lines)


def test_an_amount_after_an_amount_with_its_unit_starts_a_cell_however_close():
    """A dense table's cells a word space apart: "10,4 mln." is whole at its unit, the figure
    after it another cell's, as after a figure without one."""
    from regio.extract.layout import cells_of

    words = line(100, (60, "Totaal"), (150, "10,4 mln."), (196.5, "60.000"), (230, "14,66"), (262, "2.000"))
    (cells,) = [cells_of(ln) for ln in build_lines(words, 1)]
    assert [join_words(cell) for cell in cells] == ["Totaal", "10,4 mln.", "60.000", "14,66", "2.000"]


def test_a_nought_before_an_amount_set_close_is_a_cell_of_its_own():
    """A cramped table sets a column's "0" a word space from the next column's "725.000":
    a nought alone opens no number's digit groups, so they are two cells; "15 455" and
    "1 000 000" stay one."""
    from regio.extract.layout import cells_of

    words = line(100, (60, "Pilot"), (150, "725.000"), (196.5, "0"), (204, "725.000"), (250, "15 455"),
                 (300, "1 000 000"))
    (cells,) = [cells_of(ln) for ln in build_lines(words, 1)]
    assert [join_words(cell) for cell in cells] == ["Pilot", "725.000", "0", "725.000", "15 455", "1 000 000"]


@pytest.mark.parametrize("offset, pitch", [(0, 12), (5, 12), (-5, 11)],
                         ids=["on the table's baselines", "half a line lower", "lines of its own"])
def test_a_table_floated_across_two_of_three_columns_keeps_its_rows_and_the_third_column_its_lines(offset, pitch):
    """A magazine's table across the left two of three columns, at the top, the third column
    running on beside it: each row stays one line, its header too, the third column's text
    is read after the first two, and the table is found in the first column's place."""
    from regio.extract.layout import text_columns

    rows = [("Opgaven", "Totaal", "Rijk"), ("Educatie", "250.000", "100.000"), ("Beheer", "550.000", "200.000"),
            ("Totaal", "800.000", "300.000")]
    table = [line(100 + 12 * k, (40, label), (320, total, "r"), (372, rijk, "r")) for k, (label, total, rijk) in enumerate(rows)]
    first, second = justified(40, 200, 160, WORDS), justified(215, 375, 160, WORDS[::-1])
    if pitch != 12:  # a smaller table on a pitch of its own
        table = [line(100 + 13 * k, (40, label), (320, total, "r"), (372, rijk, "r"), size=7.5)
                 for k, (label, total, rijk) in enumerate(rows)]
    third = justified(390, 550, 100 + offset, "In de derde kolom loopt de tekst door naast de tabel.".split() + WORDS, pitch)
    lines, runs = text_columns(build_lines([w for ln in [*table, *first, *second, *third] for w in ln], 1))
    page = PageLayout(1, 595.0, 842.0, lines, columns=runs)
    texts_read = [ln.text for ln in page.lines]
    assert [t for t in texts_read if t.split()[0] in ("Opgaven", "Educatie", "Beheer", "Totaal")] == \
        ["Opgaven Totaal Rijk", "Educatie 250.000 100.000", "Beheer 550.000 200.000", "Totaal 800.000 300.000"]
    assert texts_read.index(" ".join(w.text for w in third[0])) > texts_read.index(" ".join(w.text for w in second[-1]))
    (region,) = find_tables(page)
    assert region.box[2] < 380 and len(region.body) == 3


def test_the_gutter_of_two_columns_under_a_table_floated_across_them_is_found_by_their_long_run():
    """A table across the left two of three columns, its row labels running text, the third
    column beside it and empty below, a note across the table's foot: a few lines stand
    side by side beside the rows, but the first two columns' long run of lines under the
    note shows their gutter; each of their lines is read in its own column."""
    from regio.extract.layout import text_columns

    labels = ["Ontwikkeling en inrichting", "Onderzoek naar circulaire", "Opleidingen voor de regio",
              "Evaluatie van het programma", "Monitoring van de voortgang", "Apparatuur voor het lab",
              "Totaal van de kosten"]
    table = [line(100 + 12 * k, (40, label), (320, f"{k + 1}00.000", "r"), (372, f"{k + 2}0.000", "r"))
             for k, label in enumerate(labels)]
    note = line(100 + 12 * len(labels), (40, "* Bijdrage Rijk niet uit de Regio Envelop maar uit eigen middelen."))
    third = justified(390, 550, 100, WORDS)[:8]
    first, second = justified(40, 200, 200, WORDS), justified(215, 375, 200, WORDS[::-1])
    footer = line(800, (40, "Regio Magazine Peel - Speciale editie Regio Deal 2026"))
    words = [w for ln in [*table, note, *third, *first, *second, footer] for w in ln]
    lines, runs = text_columns(build_lines(words, 1))
    texts_read = [ln.text for ln in lines]
    assert " ".join(w.text for w in first[1]) in texts_read
    assert " ".join(w.text for w in second[1]) in texts_read
    assert "Ontwikkeling en inrichting 100.000 20.000" in texts_read


def test_a_heading_beside_a_smaller_tables_header_under_the_title_rule_is_no_row_across_the_columns():
    """Under the rule beneath the title, the first column opens with a heading and the
    second with a table's header set smaller: two columns' lines, not a row of a table
    across them, so the stretch does not end at the first white band. The table the first
    column ends with is read before the second column's (its part going on there)."""
    from regio.extract.layout import text_columns

    def table(x0, x1, top, rows):
        return [line(top + 9 * k, (x0, label), *((x, v, "r") for x, v in zip((x1 - 60, x1), values)), size=6)
                for k, (label, *values) in enumerate(rows)]

    title = line(70, (55, "Groene Maakindustrie"), size=15)
    heading = line(108, (55, "Projectnaam"))
    text = justified(55, 290, 122, WORDS * 4)
    right = table(306, 538, 108, [("Opgaven", "Gemeente", "Rijk"), ("Kennisdeling", "525.000", "-"),
                                  ("Totaal kosten", "5.025.000", "12.230.000")])
    foot = table(57, 289, text[-1][0].bottom + 14, [("Opgaven", "Gemeente", "Rijk"), ("Apparatuur", "1.500.000", "7.750.000")])
    words = [w for ln in [title, heading, *text, *right, *foot] for w in ln]
    lines, runs = text_columns(build_lines(words, 1), hrules=[rule(55, 92, 540, 92)])
    texts_read = [ln.text for ln in lines]
    assert texts_read.index("Apparatuur 1.500.000 7.750.000") < texts_read.index("Kennisdeling 525.000 -")
    assert len(runs) == 2


def test_a_floated_tables_label_wrapped_over_its_last_cell_is_read_with_the_table():
    """The table across the left two of three columns heads its last column "Overig" over
    "publiek": the upper line stands in the second column alone, yet it is read where the
    table is, right over its header, not after the first column's text."""
    from regio.extract.layout import text_columns

    rows = [("Opgaven", "Totaal", "publiek"), ("Educatie", "250.000", "100.000"), ("Beheer", "550.000", "200.000"),
            ("Totaal", "800.000", "300.000")]
    table = [line(100 + 12 * k, (40, label), (320, total, "r"), (372, rest, "r")) for k, (label, total, rest) in enumerate(rows)]
    over = line(89, (372, "Overig", "r"))
    first, second = justified(40, 200, 160, WORDS), justified(215, 375, 160, WORDS[::-1])
    third = justified(390, 550, 100, WORDS)
    lines, runs = text_columns(build_lines([w for ln in [over, *table, *first, *second, *third] for w in ln], 1))
    texts_read = [ln.text for ln in PageLayout(1, 595.0, 842.0, lines, columns=runs).lines]
    assert texts_read[:2] == ["Overig", "Opgaven Totaal publiek"]


def test_columns_of_text_framed_by_rules_under_the_head_and_over_the_foot_are_columns():
    """A magazine page draws a rule under its title block and one over its footer, each close
    to the text: the columns between them are the page's text, not a table's row ruled in."""
    from regio.extract.layout import text_columns

    left, right = justified(60, 290, 100, WORDS * 2), justified(305, 535, 100, WORDS[::-1] * 2)
    bottom = 100 + 12 * max(len(left), len(right)) - 2
    rules, _ = merge_rules([rule(60, 97, 535, 97), rule(60, bottom + 2, 535, bottom + 2)])
    lines, runs = text_columns(build_lines([w for ln in left + right for w in ln], 1), hrules=rules)
    assert len(runs) == 1
    assert [ln.text for ln in lines] == [" ".join(w.text for w in ln) for ln in left + right]


@pytest.mark.parametrize("right_columns", [[305], [303, 308]], ids=["one page of two", "two pages, gutters a little apart"])
def test_a_page_with_a_short_second_column_takes_the_column_grid_the_other_pages_show(right_columns):
    """Pages set in two columns, the last page's right column holding only the end of the
    text and a small table in smaller type under a heading across both: too few lines side
    by side to show the gutter, which the other pages show (where each page finds it a
    little apart). In a document of two pages, the one page that shows it is enough."""
    from regio.extract.furniture import with_the_documents_columns
    from regio.extract.layout import text_columns
    from regio.extract.settings import DEFAULT

    shown = []
    for number, right in enumerate(right_columns, 1):
        lines, runs = text_columns(build_lines([w for ln in justified(60, 290, 100, WORDS * 3)
                                                + justified(right, 535, 100, WORDS[::-1] * 3) for w in ln], number))
        shown.append(PageLayout(number, 595.0, 842.0, lines, columns=runs))
    short = [line(100, (305, "Elke kennisinstelling verbindt proeftuinen")), line(112, (305, "voor nieuwe technologie.")),
             line(135, (305, "Begroting"), (420, "Privaat", "r"), (480, "Rijk", "r"), (535, "Totaal", "r"), size=7),
             line(147, (305, "Totaal"), (420, "4,2 mln.", "r"), (480, "60.000", "r"), (535, "4,26 mln.", "r"), size=7)]
    heading = line(80, (60, "Financiering van het programma in de regio"), size=14)
    last = build_lines([w for ln in [heading, *justified(60, 290, 100, WORDS * 3), *short] for w in ln], len(shown) + 1)
    assert all(page.columns for page in shown) and text_columns(last)[1] == []
    *_, read = with_the_documents_columns([*shown, PageLayout(len(shown) + 1, 595.0, 842.0, last)], DEFAULT)
    assert read.columns
    assert not any(w.x0 < 290 for ln in read.lines if "Begroting" in ln.text for w in ln.words)


@pytest.mark.parametrize(("right", "parted"), [(330, True), (440, False)], ids=["a panel", "notes in the margin"])
def test_a_panel_of_headings_and_rows_beside_the_text_is_a_column_but_notes_in_the_margin_are_not(right, parted):
    """A column of running text, and beside it lines of a panel's own that start at one edge
    (a heading, a table's rows with their labels) and hold no running text: no lines of running
    text side by side show a gutter, but the strip no word crosses does, where the panel is
    half as wide as the text or more; narrower, it is notes in the margin (read elsewhere)."""
    from regio.extract.layout import columns_and_panel

    text = justified(60, 290, 100, WORDS * 3)
    panel = [line(100, (right, "Financiering"), size=11), line(130, (right, "Kostenpost"), (535, "Totaal", "r"), size=7),
             line(142, (right, "Bouw"), (535, "4.000", "r"), size=7), line(154, (right, "Totaal"), (535, "4.000", "r"), size=7)]
    lines, runs, box, _ = columns_and_panel(build_lines([w for ln in text + panel for w in ln], 1))
    assert bool(runs) is parted and (box is not None) is parted
    if parted:
        assert box is not None and box.x0 < right < box.x1 and box.top < 100
        assert [ln.text for ln in lines[-4:]] == ["Financiering", "Kostenpost Totaal", "Bouw 4.000", "Totaal 4.000"]


def test_a_header_wrapped_over_lines_in_the_columns_goes_with_the_table_across_them():
    """A table across both text columns, its cost lines' labels wrapped over two or three
    lines (a matrix's header): only its last header line crosses the gutter, the lines over
    it each stand in one column, a label shrunk to fit its cell reaches down into the line
    under it. They are the table's header, read with it after both columns' text, not lines
    of the columns."""
    from regio.extract.layout import text_columns

    left, right = justified(60, 290, 100, WORDS * 2), justified(305, 535, 100, WORDS[::-1] * 2)
    below = max(w.bottom for ln in left + right for w in ln) + 20
    edges = (200, 270, 400, 470, 530)
    upper = [line(below, (200, "Operationeel/", "r"), size=7), line(below + 8, (200, "management/", "r"), (470, "Educatie", "r"), size=7),
             line(below + 14.5, (400, "Dorpshuizen en", "r"), size=5)]
    header = line(below + 18, (60, "Onderdeel"), *((x, text, "r") for x, text in zip(
        edges, ("samenwerking", "Fieldlab", "ontmoetingsplekken", "fase 2", "Totaal"))), size=7)
    rows = [row(below + 30 + 10 * k, label, *values, edges=edges)
            for k, (label, *values) in enumerate([("Prov.", "7.250", "9.500", "475", "-", "17.225"),
                                                  ("Rijk", "4.250", "360", "800", "225", "5.635")])]
    lines, runs = text_columns(build_lines([w for ln in [*left, *right, *upper, header, *rows] for w in ln], 1))
    assert runs
    read = texts(lines)
    start = read.index("Operationeel/")
    assert read[start:start + 3] == ["Operationeel/", "management/ Educatie", "Dorpshuizen en"]
    assert read[start + 3].startswith("Onderdeel samenwerking")
    assert start > max(read.index(" ".join(w.text for w in ln)) for ln in left + right)


def _ragged(x0: float, x1: float, y: float, words: list[str], pitch: float = 12) -> list[list[Word]]:
    """Prose set flush left between x0 and x1, each line as many words as fit, its right edge ragged."""
    lines: list[list[str]] = [[]]
    for w in words:
        if lines[-1] and width(" ".join([*lines[-1], w])) > x1 - x0:
            lines.append([])
        lines[-1].append(w)
    return [line(y + pitch * k, (x0, " ".join(ws))) for k, ws in enumerate(lines)]


def test_the_text_going_on_for_a_few_lines_at_the_top_of_a_third_column_is_a_column():
    """A newsletter in three columns: the first two full, ragged right, the third holding the
    last few lines of the text at its top, as wide as the columns' measure (wider than most of
    their ragged lines). The two full columns show their gutter; the third's lines are not
    joined to the second's beside them."""
    from regio.extract.layout import text_columns

    first, second = _ragged(60, 220, 100, WORDS * 4), _ragged(235, 395, 100, WORDS[::-1] * 4)
    third = justified(410, 570, 100, WORDS[:24])
    lines, runs = text_columns(build_lines([w for ln in first + second + third for w in ln], 1))
    assert [len(middles) for _, _, middles in runs] == [2]
    read = texts(lines)
    assert read[-len(third):] == [" ".join(w.text for w in ln) for ln in third]


def _cards(number: int) -> tuple[list[Line], list[list[Word]]]:
    """A page of two cards side by side: the left's text and its table under it, the right's
    few lines level with the left's first; the page's lines, and the printed lines in the
    order they are read in columns."""
    sentences = ["De samenwerking gaat verder met", "de bedrijven in de regio en met", "het onderwijs in de kernen van",
                 "de provincie, zodat de regio sterker", "wordt in de komende drie jaar."]
    right = [line(100 + 12 * k, (305, text)) for k, text in enumerate(sentences)]
    left = [line(100 + 12 * k, (60, text)) for k, text in enumerate(sentences * 2)]
    below = 100 + 12 * len(left) + 10
    table = [row(below, "Begroting", "Totaal", "Rijk", edges=(200, 280)),
             row(below + 12, "Educatie", "2.224.000", "24.000", edges=(200, 280)),
             row(below + 24, "Totaal", "2.224.000", "24.000", edges=(200, 280))]
    return build_lines([w for ln in left + table + right for w in ln], number), left + table + right


def test_a_page_whose_table_stays_in_its_column_takes_the_documents_column_grid():
    """Cards side by side: the left holds a project's fields and its table, the right the
    few lines that go on from the card before. The table is the left column's own (nothing
    stands beside its rows), so it does not keep the gutter the other pages show from
    parting the lines the two cards share."""
    from regio.extract.furniture import with_the_documents_columns
    from regio.extract.layout import text_columns
    from regio.extract.settings import DEFAULT

    first, runs = text_columns(build_lines([w for ln in justified(60, 290, 100, WORDS * 3)
                                            + justified(305, 535, 100, WORDS[::-1] * 3) for w in ln], 1))
    second, printed = _cards(2)
    _, read = with_the_documents_columns([PageLayout(1, 595.0, 842.0, first, columns=runs),
                                          PageLayout(2, 595.0, 842.0, second)], DEFAULT)
    assert read.columns
    assert [ln.text for ln in read.lines] == [" ".join(w.text for w in ln) for ln in printed]


def test_one_page_in_columns_from_head_to_foot_shows_the_documents_column_grid():
    """A cover, a page whose two columns run from its head to its foot in one run, and a page
    of cards whose table stays in its column: the one long run shows the grid, as two short
    runs would, and the cards' page is parted at it."""
    from regio.extract.furniture import with_the_documents_columns
    from regio.extract.layout import text_columns
    from regio.extract.settings import DEFAULT

    cover = build_lines(line(100, (60, "Regio Deal Achterhoek")), 1)
    long, runs = text_columns(build_lines([w for ln in justified(60, 290, 100, WORDS * 7)
                                           + justified(305, 535, 100, WORDS[::-1] * 7) for w in ln], 2))
    cards, printed = _cards(3)
    assert len(runs) == 1 and runs[0][1] - runs[0][0] >= 842.0 / 2
    *_, read = with_the_documents_columns([PageLayout(1, 595.0, 842.0, cover), PageLayout(2, 595.0, 842.0, long, columns=runs),
                                           PageLayout(3, 595.0, 842.0, cards)], DEFAULT)
    assert read.columns
    assert [ln.text for ln in read.lines] == [" ".join(w.text for w in ln) for ln in printed]


def test_the_documents_column_grid_leaves_boxes_set_one_under_the_other_in_their_order():
    """A dashboard: the first page in two columns, the second with a box of text at the top
    right and one under it at the left, side by side on no line. The grid the first page
    shows does not make the lower box come first."""
    from regio.extract.furniture import with_the_documents_columns
    from regio.extract.layout import text_columns
    from regio.extract.settings import DEFAULT

    first, runs = text_columns(build_lines([w for ln in justified(60, 290, 100, WORDS * 3)
                                            + justified(305, 535, 100, WORDS[::-1] * 3) for w in ln], 1))
    sentences = ["Aan het Rijk wordt een bijdrage", "gevraagd van een miljoen euro.", "De regio draagt de rest bij",
                 "uit de eigen middelen van de", "gemeenten en de provincie."]
    upper = [line(100 + 12 * k, (305, text)) for k, text in enumerate(sentences)]
    lower = [line(196 + 12 * k, (60, text)) for k, text in enumerate(reversed(sentences))]
    second = build_lines([w for ln in upper + lower for w in ln], 2)
    _, read = with_the_documents_columns([PageLayout(1, 595.0, 842.0, first, columns=runs),
                                          PageLayout(2, 595.0, 842.0, second)], DEFAULT)
    assert read.columns == [] and [ln.text for ln in read.lines] == [" ".join(w.text for w in ln) for ln in upper + lower]


def test_a_unit_wrapped_under_its_amount_in_a_row_of_cells_shrunk_to_fit_is_that_cells():
    """A narrow table sets the cells too wide for their columns smaller, most of the total's
    row among them; "mln." wrapped under "€ 2,45" is in that cell's type, not the row's."""
    small, shrunk = 7.0, 4.5
    edges = (200, 260, 320, 380)

    def cells(y: float, label: str, amounts: list[str], sizes: list[float]) -> list[Word]:
        return [*line(y, (60, label), size=small),
                *(w for x, amount, size in zip(edges, amounts, sizes) for w in line(y, (x, amount, "r"), size=size))]

    lines = [line(100, (60, "Begroting"), *((x, head, "r") for x, head in zip(edges, ["Totaal", "Privaat", "Gem.", "Rijk"])),
                  size=small),
             cells(112, "Veldproeven", ["1.137.500", "287.500", "250.000", "350.000"], [small, small, small, small]),
             cells(124, "Ketenontwikkeling", ["1.312.500", "250.000", "50.000", "350.000"], [small, small, small, small]),
             cells(136, "Totaal", ["€ 2,45", "537.500", "300.000", "700.000"], [small, shrunk, shrunk, shrunk]),
             line(145, (200, "mln.", "r"), size=small),
             line(170, (60, "De agrarische ondernemers brengen grond, arbeid en machines in."))]
    (table,) = read_page_tables(layout(lines))
    assert table.grid()[-1] == ["Totaal", "€ 2,45 mln.", "537.500", "300.000", "700.000"]


def test_a_table_drawn_with_its_sources_as_rows_is_read_turned_though_a_cost_line_names_a_party():
    """A ledger draws a funding table turned: a source per row, a cost line per column. One
    cost line ("Begeleiding van startende ondernemers") names a party and the last column is
    the total, yet most column labels name no source while every row label does: the cost
    lines are the table's rows."""
    edges = (230, 330, 430, 530)
    lines = [line(100, (60, "Financiering"), *((x, head, "r") for x, head in zip(edges, ["Opleidingen", "Fieldlab",
                                                                                            "ondernemers", "Totaal"]))),
             line(88, (430, "Begeleiding", "r")),
             line(112, (60, "Totale kosten"), *((x, v, "r") for x, v in zip(edges, ["850.000", "40.000", "946.000", "1.836.000"]))),
             line(124, (60, "Gemeente"), *((x, v, "r") for x, v in zip(edges, ["850.000", "0", "0", "850.000"]))),
             line(136, (60, "Provincie"), *((x, v, "r") for x, v in zip(edges, ["0", "40.000", "925.000", "965.000"]))),
             line(148, (60, "Rijk"), *((x, v, "r") for x, v in zip(edges, ["0", "0", "21.000", "21.000"])))]
    table = _as_a_projects_table(lines)
    assert [c.key for c in table.columns][-4:] == ["totaal", "gemeente", "provincie", "rijk"]
    assert [row.label for row in table.rows] == ["Opleidingen", "Fieldlab", "Begeleiding ondernemers", "Totaal"]


def test_signs_left_hanging_in_narrow_ruled_cells_keep_their_row_whole():
    """A grid too narrow for its amounts: "€" stays on a cell's first line and the amount
    wraps under it, beside a label that wraps too ("Communicatie en" over "evaluatie"); the
    label's lower-case rest goes on with the row though it stops short of its column's edge.
    "Totale", the total's header cut to fit, is the total column."""
    edges = (330, 390, 450, 510)
    top = 100
    lines = [row(top, None, "Totale", "Gem.", "Prov.", "Rijk", edges=edges)]
    rules = [rule(55, top - 3, 515, top - 3), rule(55, top + 12, 515, top + 12)]
    for label, first, second in [(["Fieldlab techniek in de regio"], ["€ 40.000", "0", "0", "€ 40.000"], None),
                                 (["Communicatie en", "evaluatie"], ["€", "€ 50.000", "0", "€"], ["2.950.000", None, None, "2.900.000"]),
                                 (["Totaal"], ["€ 2.990.000", "€ 50.000", "0", "€ 2.940.000"], None)]:
        y = rules[-1].top + 3
        lines.append(row(y, label[0], *first, edges=edges))
        if second:
            lines.append(row(y + 11, label[1], *(v or "" for v in second), edges=edges))
        rules.append(rule(55, y + (24 if second else 13), 515, y + (24 if second else 13)))
    table = _as_a_projects_table(lines, rules)
    assert [c.key for c in table.columns][-4:] == ["totaal", "gemeente", "provincie", "rijk"]
    assert len(table.rows) == 3 and table.grid()[-3:] == [["Fieldlab techniek in de regio", "€ 40.000", "0", "0", "€ 40.000"],
                                                          ["Communicatie en evaluatie", "€ 2.950.000", "€ 50.000", "0",
                                                           "€ 2.900.000"],
                                                          ["Totaal", "€ 2.990.000", "€ 50.000", "0", "€ 2.940.000"]]


def test_a_line_built_anew_beside_a_box_still_sees_the_amount_its_sign_left_hanging():
    """A line parted from a box beside it is built anew from its words: a "€" whose amount
    wrapped onto the next line of its narrow cell stays apart from the next column's "0"."""
    size = 7.5
    words = [Word("Opleidingen", 511.0, 551.0, 214.4, 223.2, size), Word("€", 638.5, 643.5, 214.4, 223.2, size),
             Word("0", 676.9, 681.1, 214.4, 223.2, size)]
    under = [[Word("6.500.000", 609.3, 642.7, 223.4, 232.2, size)]]
    assert texts(build_lines(words, 1)) == ["Opleidingen € 0"]  # nothing tells a sign set apart from its amount
    assert [w.text for w in build_lines(words, 1, around=under)[0].words] == ["Opleidingen", "€", "0"]


def test_a_tables_part_printed_pages_across_is_not_read_turned():
    """The other columns of a table too wide for its page, under their group on the next page:
    two sources are too few to make a funding table, and two of its row labels happen to
    name one ("... ondernemers", "TOTAAL"), yet it names its sources in its header: it is
    read as drawn, each source a column."""
    edges = (420, 510)
    lines = [line(86, (380, "Publiek")),
             row(98, None, "Provincie", "Rijk", edges=edges),
             row(112, "Begeleiding van startende ondernemers", "100.000", "50.000", edges=edges),
             row(124, "Inrichting van een fieldlab", "200.000", "75.000", edges=edges),
             row(136, "TOTAAL", "300.000", "125.000", edges=edges)]
    table = _as_a_projects_table(lines)
    assert [c.key for c in table.columns][-2:] == ["provincie", "rijk"]
    assert [r.label for r in table.rows] == ["Begeleiding van startende ondernemers", "Inrichting van een fieldlab", "TOTAAL"]


def test_a_budget_column_beside_two_sources_makes_a_funding_table_and_is_its_total():
    """An accountant's dekkingsplan names the whole of each cost line "Begroting" and only the
    two sources that cover this project's costs: two sources and the budget they cover are a
    funding table, the budget its total."""
    edges = (330, 450, 540)
    lines = [row(100, "Kostenpost", "Begroting", "Kennisinstellingen", "Rijk", edges=edges),
             row(112, "Kennisdeling", "€ 100.000", "€ 40.000", "€ 60.000", edges=edges),
             row(124, "Pilots", "€ 300.000", "€ 100.000", "€ 200.000", edges=edges),
             row(136, "Totaal", "€ 400.000", "€ 140.000", "€ 260.000", edges=edges)]
    table = _as_a_projects_table(lines)
    assert table.funding and [c.key for c in table.columns] == ["totaal", "onderwijs", "rijk"]


def test_a_table_turned_with_two_cost_lines_and_their_total_is_read_turned():
    """Two cost lines and their total as columns, one cost line naming a party ("...
    ondernemers"); the rows are sources. The total aside (a table turned has one), the header
    names a source in one column of two, the rows all theirs: the table is read turned."""
    edges = (330, 450, 540)
    lines = [row(100, "Investeringen", "Begeleiding ondernemers", "Inrichting fieldlab", "TOTAAL", edges=edges),
             row(112, "Totaal (€)", "1.250.000", "42.000", "1.292.000", edges=edges),
             row(124, "Bedrijfsleven", "250.000", "-", "250.000", edges=edges),
             row(136, "Gemeenten", "-", "18.000", "18.000", edges=edges),
             row(148, "Provincie", "1.000.000", "24.000", "1.024.000", edges=edges)]
    table = _as_a_projects_table(lines)
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie"]
    assert [r.label for r in table.rows] == ["Begeleiding ondernemers", "Inrichting fieldlab", "TOTAAL"]


def test_a_table_turned_with_one_cost_line_naming_a_party_is_read_turned():
    """One cost line and the total as columns, the cost line's name a phrase that ends in a
    party ("Begeleiding van startende ondernemers"), the rows the total and two sources: a
    phrase that names a party in passing is no source's label, and the table is read turned."""
    edges = (400, 540)
    lines = [row(100, "Kostenpost", "Begeleiding van startende ondernemers", "Totaal", edges=edges),
             row(112, "Totaal EUR", "12,45 mln.", "12,45 mln.", edges=edges),
             row(124, "Gem.", "9,75 mln.", "9,75 mln.", edges=edges),
             row(136, "Rijksbijdrage", "2,7 mln.", "2,7 mln.", edges=edges)]
    table = _as_a_projects_table(lines)
    assert [c.key for c in table.columns] == ["totaal", "gemeente", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Begeleiding van startende ondernemers", ["12,45 mln.", "9,75 mln.", "2,7 mln."]),
        ("Totaal", ["12,45 mln.", "9,75 mln.", "2,7 mln."])]


def test_a_label_in_a_headers_lower_tier_sharing_a_line_with_labels_of_its_whole_height_keeps_its_column():
    """A ruled header of two tiers: "Publiek" over Gem., Provincie and "Overig publiek", whose
    label wraps over two lines centred in the lower tier, its first line level with "Totaal"
    and "Rijk", centred in the whole header's height. The rules between the lower tier's
    columns do not reach that line's top, but they reach the label's own: it heads its column."""
    edges = (337, 385, 432, 480, 527)
    lines = [line(528, (396, "Publiek")),
             line(539, (63, "Financieringsoverzicht"), (303, "Totaal"), (497, "Rijk")) + line(542.5, (445, "Overig")),
             line(547, (352, "Gem."), (393, "Provincie")),
             line(551.5, (444, "publiek")),
             row(566, "Pilot zorg en wonen", "1.225.000", "400.000", "0", "825.000", "0", edges=edges),
             row(578, "Veldproeven", "7.783.000", "0", "33.000", "0", "7.750.000", edges=edges),
             row(590, "Totaal", "9.008.000", "400.000", "33.000", "825.000", "7.750.000", edges=edges)]
    rules = [rule(57, 524, 527, 524), rule(337.5, 541, 479.8, 541), rule(57, 562, 527, 562), rule(57, 602, 527, 602),
             *(rule(x, 524, x, 602) for x in (57, 290, 337, 480, 527)), *(rule(x, 541, x, 602) for x in (385, 432))]
    table = _as_a_projects_table(lines, rules)
    assert [(c.key, c.group) for c in table.columns] == [("totaal", None), ("gemeente", "publiek"), ("provincie", "publiek"),
                                                         ("overig_publiek", "publiek"), ("rijk", None)]


def test_a_group_named_as_its_one_member_is_read_once():
    """A header of two tiers whose group spans one column and bears that column's name again
    ("Provincie Zuidoost" / "Drenthe" over the same): the column's label is the name once,
    a source's, not the name twice."""
    edges = (440, 540)
    lines = [line(80, (440, "Provincie Zuidoost", "r")), line(90, (440, "Drenthe", "r")),
             line(104, (440, "Provincie Zuidoost", "r")),
             line(114, (60, "Kostenpost"), (440, "Drenthe", "r"), (540, "Rijksbijdrage", "r")),
             row(130, "Infrastructuur", "1.800.000", "5.000", edges=edges),
             row(142, "Totaal kosten", "1.800.000", "5.000", edges=edges)]
    table = _as_a_projects_table(lines, [rule(57, 126, 545, 126)])
    assert [(c.label, c.key) for c in table.columns] == [("Provincie Zuidoost Drenthe", "provincie"), ("Rijksbijdrage", "rijk")]


def test_a_row_of_amounts_over_the_tables_only_rule_is_a_row_not_the_headers():
    """A header without a rule under it, its rows shaded, the total on a dark band whose edge
    is the table's only rule: the first row, a label and its amounts over that rule, is a row,
    not a line of the header."""
    edges = (370, 510)
    lines = [line(160, (370, "Publieke partijen", "r")),
             row(178, "Begroting", "Provincie", "Rijk", edges=edges),
             row(195, "Infrastructuur", "1.800.000", "5.000", edges=edges),
             row(213, "Totaal kosten", "1.800.000", "5.000", edges=edges)]
    table = _as_a_projects_table(lines, [rule(57, 208, 515, 208)])
    assert [c.key for c in table.columns] == ["provincie", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("Infrastructuur", ["1.800.000", "5.000"]),
                                                                          ("Totaal kosten", ["1.800.000", "5.000"])]


def test_a_table_turned_with_two_sources_and_no_total_is_read_turned():
    """Cost lines as columns, no total among them, and two rows, each naming a source
    ("Waterschap", "Rijk"): too few sources to make a funding table by their names alone,
    but every row names one, and no column does. The table is read turned."""
    edges = (330, 450, 540)
    lines = [row(100, "Opgaven/Investeringen", "Communicatie", "Evaluatie", "Pilots", edges=edges),
             row(112, "Waterschap", "40.000", "900.000", "1.800.000", edges=edges),
             row(124, "Rijk", "26.000", "1.000.000", "950.000", edges=edges)]
    table = _as_a_projects_table(lines)
    assert [(c.label, c.key) for c in table.columns] == [("Waterschap", "overig_publiek"), ("Rijk", "rijk")]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Communicatie", ["40.000", "26.000"]), ("Evaluatie", ["900.000", "1.000.000"]), ("Pilots", ["1.800.000", "950.000"])]


@pytest.mark.parametrize("labels, leaves, each", [
    ((("Prov.", 380, 405), ("Waterschap", 404, 461), ("Rijksbijdrage", 459, 521)), [(363, 411), (411, 467), (467, 522)], True),
    ((("Overig", 320, 349), ("publiek", 351, 383)), [(252, 315), (315, 335), (335, 392)], False)])
def test_close_set_labels_each_name_their_column_unless_together_they_name_one(labels, leaves, each):
    """Words of one line of labels, each over a column of its own and each a column's name,
    are each that column's, however they run into each other; not where together they name
    one column ("Overig publiek" over a cut a stray figure made)."""
    from regio.extract.tables import _each_in_its_column

    seg = [Word(text, x0, x1, 100, 108, 8.0, bold=True) for text, x0, x1 in labels]
    region = Region(header=[Line(1, seg)], body=[], footnotes=[], x0=40, x1=560, pages={})
    assert _each_in_its_column(region, seg, leaves) is each


def test_two_lines_going_on_at_the_top_of_the_next_column_beside_a_table_take_the_documents_grid():
    """The last lines of a field going on at the top of the second column, two of them, while
    the first column holds the next field and its table: the grid the other page shows parts
    them from the lines they share a baseline with."""
    from regio.extract.furniture import with_the_documents_columns
    from regio.extract.layout import text_columns
    from regio.extract.settings import DEFAULT

    first, runs = text_columns(build_lines([w for ln in justified(60, 290, 100, WORDS * 3)
                                            + justified(305, 535, 100, WORDS[::-1] * 3) for w in ln], 1))
    right = [line(100, (305, "De samenwerking gaat verder met")), line(112, (305, "de bedrijven in de regio."))]
    left = [line(100 + 12 * k, (60, text)) for k, text in enumerate(["Financiering", "De kosten staan in de tabel",
                                                                      "hieronder, met de bijdrage van het Rijk."])]
    table = [row(140, "Begroting", "Totaal", "Rijk", edges=(200, 280)),
             row(152, "Educatie", "2.224.000", "24.000", edges=(200, 280)),
             row(164, "Totaal", "2.224.000", "24.000", edges=(200, 280))]
    _, read = with_the_documents_columns([PageLayout(1, 595.0, 842.0, first, columns=runs),
                                          PageLayout(2, 595.0, 842.0, build_lines([w for ln in left + table + right
                                                                                  for w in ln], 2))], DEFAULT)
    assert read.columns
    assert [ln.text for ln in read.lines] == [" ".join(w.text for w in ln) for ln in left + table + right]


def test_a_note_close_under_a_grid_one_of_whose_rules_reaches_past_it_is_the_grids():
    """A grid whose inner rule runs a few points past its bottom rule (a form's field boxes
    drawn over the table's rules), its note set close under that rule: the note is the
    table's, though its top lies within the rule's reach."""
    hrules = [rule(60, y, 500, y) for y in (100, 120, 140, 160)]
    vrules = [rule(x, 100, x, 160) for x in (60, 300, 500)] + [rule(400, 100, 400, 163.5)]
    note = "* Bijdrage Rijk niet uit de Regio Envelop."
    lines = [line(105, (62, "Kostenpost"), (302, "Bedrijven"), (402, "Rijk")),
             line(125, (62, "Kennisdeling"), (398, "70.000", "r"), (498, "325.000*", "r")),
             line(145, (62, "Totaal"), (398, "70.000", "r"), (498, "325.000", "r")),
             line(162.3, (60, note), size=7.5),
             line(190, (60, "Het bedrijfsleven investeert naar verwachting circa een miljoen euro."))]
    (found,) = find_tables(layout(lines, [*hrules, *vrules]))
    assert texts(found.footnotes) == [note]
    assert texts(found.body)[-1].startswith("Totaal")


@pytest.mark.parametrize("carried", [True, False])
def test_a_note_a_paragraphs_margin_under_a_grid_is_its_where_an_amount_carries_its_mark(carried):
    """An HTML table printed by Qt: its note a paragraph's margin under the grid, further
    than a table's lines stand apart. Opening with the mark an amount of the table carries
    ("625.000*"), it is the table's note; a line under a table none of whose amounts carries
    its mark stands too far from it to be one."""
    hrules = [rule(60, y, 500, y) for y in (100, 120, 140, 160)]
    vrules = [rule(x, 100, x, 160) for x in (60, 300, 400, 500)]
    note = "* Gemeenten investeren via het samenwerkingsverband."
    lines = [line(105, (62, "Begroting"), (302, "Gemeenten"), (402, "Rijk")),
             line(125, (62, "Apparatuur"), (398, "625.000*" if carried else "625.000", "r"), (498, "150.000", "r")),
             line(145, (62, "Monitoring"), (398, "650.000", "r"), (498, "2.100.000", "r")),
             line(172, (60, note), size=8),
             line(200, (60, "Het bedrijfsleven investeert naar verwachting circa een miljoen euro."))]
    (found,) = find_tables(layout(lines, [*hrules, *vrules]))
    assert texts(found.footnotes) == ([note] if carried else [])


def test_justified_text_in_the_bodys_larger_type_under_a_table_is_no_part_of_it():
    """Under a table without a total, a paragraph's gap lower, the next field's justified
    text in the body's larger type, its words apart where the table's columns part: text,
    not a row of the table."""
    rows = [row(100, "Header", "Onderwijs", "Gemeente", "Rijk"), row(118, "Programmamanagement", "1.400.000", "", "850.000"),
            row(136, "Huisvesting", "1.750.000", "18.000", "160.000")]
    below = [line(170, (60, "Borging."), (120, "De"), (180, "gemeente"), (260, "draagt"), (335, "de"), (402, "kosten"), size=12),
             line(186, (60, "na afloop van het programma, zodat het loket open blijft."), size=12)]
    (found,) = find_tables(layout([*rows, *below]))
    assert texts(found.body)[-1].startswith("Huisvesting")


def test_a_row_under_amounts_written_before_their_sign_is_a_row_of_its_own():
    """Amounts written with the euro sign after them ("5 750 000 €"): the sign ends its
    amount and awaits none, so the next line's amounts under them start a row of their own,
    its label too short to be the wrapped end of the label over it."""
    edges = (330, 420, 510)
    rows = [line(100, (60, "Kosten"), *((x, h, "r") for x, h in zip(edges, ("Privaat", "Overig", "Rijk")))),
            line(118, (60, "Apparatuur"), *((x, v, "r") for x, v in zip(edges, ("35 000 €", "5 750 000 €", "1 300 000 €")))),
            line(136, (60, "Fieldlab"), (420, "3 000 000 €", "r"), (510, "650 000 €", "r")),
            line(154, (60, "Communicatie"), (330, "500 000 €", "r"), (510, "70 000 €", "r"))]
    table = _as_a_projects_table(rows)
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Apparatuur", ["35 000 €", "5 750 000 €", "1 300 000 €"]), ("Fieldlab", ["", "3 000 000 €", "650 000 €"]),
        ("Communicatie", ["500 000 €", "", "70 000 €"])]


def test_a_total_whose_label_wraps_under_its_signs_takes_the_amounts_under_them():
    """The total's signs alone on its first line beside the first word of its label
    ("TOTAAL  €  €  €"), the rest of the label and the amounts on the next ("KOSTEN
    17.493.000 ..."): one row, though the second line fills every cell the first did and
    opens with a capital."""
    edges = (330, 420, 510)
    rows = [line(100, (60, "Kosten"), *((x, h, "r") for x, h in zip(edges, ("Totaal", "Privaat", "Rijk")))),
            line(118, (60, "Educatie"), *((x, v, "r") for x, v in zip(edges, ("€ 5.500.000", "€ 400.000", "€ 5.100.000")))),
            line(136, (60, "TOTAAL"), (270, "€"), (360, "€"), (450, "€")),
            line(147, (60, "KOSTEN"), *((x, v, "r") for x, v in zip(edges, ("5.500.000", "400.000", "5.100.000"))))]
    table = _as_a_projects_table(rows)
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Educatie", ["€ 5.500.000", "€ 400.000", "€ 5.100.000"]),
        ("TOTAAL KOSTEN", ["€ 5.500.000", "€ 400.000", "€ 5.100.000"])]


def test_a_short_section_in_two_columns_over_and_under_a_table_across_them():
    """Two columns of text, a table across both between them: the gutter's lines run down
    either side of the table, and where a row's words leave a point's gap over the gutter
    the two runs count as one, no wider: the gutter is the strip the runs share."""
    from regio.extract.layout import text_columns

    above = justified(60, 290, 100, WORDS[:50]) + justified(305, 535, 100, WORDS[20:70])
    top = max(w.bottom for ln in above for w in ln) + 10
    row = [*line(top, (60, "Kosten en financiering"), (140, "Dorpshuizen")),
           Word("ontmoetingsplekken", 210, 297.5, top, top + SIZE, SIZE), Word("en", 299, 320, top, top + SIZE, SIZE),
           *line(top, (400, "Huisvesting"), (535, "Totaal", "r"))]
    below = justified(60, 290, top + 30, WORDS[:50]) + justified(305, 535, top + 30, WORDS[20:70])
    lines, runs = text_columns(build_lines([w for ln in [*above, row, *below] for w in ln], 1))
    assert [len(gutters) for _, _, gutters in runs] == [1, 1]
    assert [ln.text for ln in lines][:len(above) // 2] == [" ".join(w.text for w in ln) for ln in above[:len(above) // 2]]


def test_a_column_that_goes_on_at_the_next_ones_top_under_a_heading_of_its_own():
    """A column break near a section's end: the next column holds a heading, a paragraph and
    a list whose item wraps under its text, set level with the first column's text under
    its heading; the running header's far end stands over the next column too."""
    from dataclasses import replace

    from regio.extract.layout import text_columns

    header = line(30, (55, "BIJLAGE | Regio Deal"), (420, "zaterdag 16 maart 2024"), size=7.5)
    heading = [replace(w, bold=True) for w in line(100, (55, "Naam Project"))]
    left = justified(55, 290, 114, WORDS)
    right = [[replace(w, bold=True) for w in line(114, (305, "Structureel karakter"))],
             line(128, (305, "Het consortium ontwikkelt oplossingen voor de zorg.")),
             line(140, (305, "-"), (313, "een regionaal loket voor de arbeidsmarkt")),
             line(152, (305, "-"), (313, "een fieldlab voor de samenwerking tussen")),
             line(164, (313, "onderwijs en bedrijfsleven."))]
    lines, runs = text_columns(build_lines([w for ln in [header, heading, *left, *right] for w in ln], 1))
    assert [len(gutters) for _, _, gutters in runs] == [1]
    texts = [ln.text for ln in lines]
    assert texts[-len(right):] == [" ".join(w.text for w in ln) for ln in right]
    assert texts[2:2 + len(left)] == [" ".join(w.text for w in ln) for ln in left]


def test_a_sign_whose_amount_wrapped_under_it_opens_no_amount_beside_it():
    """A narrow cell wraps "€ 3.500.000" as "€" over the figures; the next cell's amount, on
    the sign's line close beside it, is its own, whether it opens with its sign or not and
    however little room the cells leave between them (type shrunk to fit its cell)."""
    from regio.extract.layout import cells_of

    def word(text, x0, x1, top, size=7.0):
        return Word(text, x0, x1, top, top + size, size)

    signed = [word("Veldproeven", 310, 345, 100), word("€", 387.1, 390.4, 100, 6.7), word("€", 393.6, 396.9, 100, 6.7),
              word("230.000", 399.0, 421.4, 100, 6.7), word("proefbedrijven", 310, 352, 107.5),
              word("4.957.000", 365.0, 390.4, 107.2, 6.7)]
    shrunk = [word("Ontwikkeling", 310.5, 348.9, 200), word("€", 411.5, 414.4, 200, 5.8), word("500.000", 417.9, 440.6, 200),
              word("inrichting", 310.5, 337.7, 207), word("3.500.000", 391.2, 414.4, 206.8, 5.8)]
    lines = build_lines([*signed, *shrunk], 1)
    assert [[join_words(c) for c in cells_of(ln)] for ln in lines] == [
        ["Veldproeven", "€", "€ 230.000"], ["proefbedrijven", "4.957.000"],
        ["Ontwikkeling", "€", "500.000"], ["inrichting", "3.500.000"]]


def test_a_sign_in_a_sentence_over_a_figure_of_the_next_line_keeps_its_amount():
    """"gevraagd € 150.000" in a field's text, a figure of the sentence under it ("€ 3,2
    mln.") standing right under the sign by chance: the sign does not open a cell, so its
    amount has not wrapped; the sentence is one run of words."""
    sentence = "Aan het Rijk wordt gevraagd € 150.000 bij te dragen. De totale"
    second = line(112, (175, "projectomvang bedraagt € 3,2 mln."))
    figure = next(w for w in second if w.text == "3,2")
    sign = next(w for w in line(100, (175, sentence)) if w.text == "€")
    first = line(100, (175 + figure.x0 - sign.x0, sentence))
    lines = build_lines([*first, *second], 1)
    assert [len(ln.segments()) for ln in lines] == [1, 1]


def test_a_label_shrunk_to_fit_its_cell_is_a_cell_of_its_own_in_a_monospaced_header():
    """A typewritten header spaces its words a wide monospaced space apart; a label shrunk
    to fit its narrow cell stands as close to the label before it as that, in smaller type.
    Two words of one label in one type stay together at that gap."""
    from regio.extract.layout import Line

    def word(text, x0, x1, size):
        return Word(text, x0, x1, 672.1 - size, 672.1, size)

    header = Line(1, [word("Privaat", 246.1, 278.2, 7.6), word("Kennisinstellingen", 283.2, 340.6, 5.3),
                      word("Overig", 361.9, 389.2, 7.6), word("publiek", 394.2, 426.3, 7.6)], space=0.6)
    assert [join_words(seg) for seg in header.segments()] == ["Privaat", "Kennisinstellingen", "Overig publiek"]


def test_a_table_ruled_across_two_of_three_columns_keeps_its_rows_whole_where_its_cells_leave_the_gutter():
    """A magazine's table across the right two of three columns, at the top, its rows between
    rules drawn across those two columns: its short labels stand in the second column and its
    amounts in the third, close right of the gutter, none over it. The rules say the rows run
    across the gutter: each row is one line, the first column's text beside it its own."""
    from regio.extract.layout import text_columns

    rows = [("Onderdeel", "Onderwijs", "Rijk"), ("Educatie", "140.000", "-"), ("Monitoring", "2.100.000", "19.000"),
            ("Communicatie", "3.500.000", "3.800.000"), ("Totaal", "5.740.000", "3.819.000")]
    table = [line(104 + 16 * k, (215, label), (455, onderwijs, "r"), (550, rijk, "r"))
             for k, (label, onderwijs, rijk) in enumerate(rows)]
    rules = [rule(213, y, 552, y) for y in (100, 116, 132, 148, 164, 180)]
    first = justified(40, 200, 100, WORDS * 2)
    second, third = justified(215, 375, 200, WORDS), justified(390, 550, 200, WORDS[::-1])
    lines, runs = text_columns(build_lines([w for ln in [*table, *first, *second, *third] for w in ln], 1), hrules=rules)
    texts_read = [ln.text for ln in lines]
    assert [t for t in texts_read if t.split()[0] in ("Onderdeel", "Educatie", "Monitoring", "Communicatie", "Totaal")] == \
        ["Onderdeel Onderwijs Rijk", "Educatie 140.000 -", "Monitoring 2.100.000 19.000", "Communicatie 3.500.000 3.800.000",
         "Totaal 5.740.000 3.819.000"]
    assert " ".join(w.text for w in first[1]) in texts_read


def test_a_tables_rows_with_a_column_of_notes_are_no_two_columns_of_text():
    """A landscape table with a last column of notes in prose, wrapped over lines of their
    own: its long row labels and the notes beside the amounts are words enough either side
    of a gap between two amounts, but a side that holds amounts a gutter's width from the
    words before them is a row's cells, not a column of text: the rows stay whole."""
    from regio.extract.layout import text_columns

    rows = [("Communicatie en evaluatie en de kanaalzone", "-", "3 mln.", "375.000", "3.375.000"),
            ("Monitoring van de eerste fase in de regio", "3,3 mln.", "30.000", "-", "3,33 mln."),
            ("Communicatie en evaluatie van het programma", "8.000", "1,1 mln.", "0,7 mln.", "1.808.000"),
            ("Opleidingen voor werkenden en de kanaalzone", "250.000", "-", "1,2 mln.", "1.450.000"),
            ("Onderzoek naar circulaire textielketens", "40.000", "10.000", "-", "50.000"),
            ("Pilot zorg en wonen in kleine kernen", "-", "0,4 mln.", "2.000", "402.000"),
            ("Inrichting van een gezamenlijk fieldlab", "386.000", "-", "4.000", "390.000")]
    notes = ["Begrote inzet voor deze post; de bijdragen", "zijn door de partners schriftelijk", "toegezegd aan het Rijk."]
    words, wholes, top = [], [], 100.0
    for label, *amounts in rows:
        row = line(top, (40, label), *((x, a, "r") for x, a in zip((390, 460, 530, 600), amounts)), (615, notes[0]), size=8)
        words += row + [w for k, note in enumerate(notes[1:], 1) for w in line(top + 10 * k, (615, note), size=8)]
        wholes.append(" ".join(w.text for w in row))
        top += 40
    lines, runs = text_columns(build_lines(words, 1), width=842.0)
    assert all(whole in [ln.text for ln in lines] for whole in wholes) and not runs


def test_a_card_behind_a_table_and_the_text_under_it_is_no_band_of_its_first_row():
    """A dashboard's card, short enough to pass for a band, holds a table (its total row on
    a band of its own) and a sentence under it: it is the table's ground, not the band of its
    first row, so the header over that row stays the header."""
    lines = [line(100, (410, "Onderdeel"), (690, "Onderwijs", "r"), (780, "Rijk", "r")),
             line(116, (410, "Opleidingen regio"), (690, "6.000", "r"), (780, "320.000", "r")),
             line(132, (410, "Totaal kosten"), (690, "6.000", "r"), (780, "320.000", "r")),
             line(172, (410, "Aan het Rijk wordt gevraagd € 4 mln. bij te dragen."))]
    page = layout(lines, hrules=[rule(405, 112, 785, 112)], width=842.0, height=595.0,
                  fills=[Fill(400, 90, 790, 190, 0.95), Fill(405, 128, 785, 144, 0.8)])
    (region, *_) = find_tables(page)
    assert [ln.text for ln in region.header] == ["Onderdeel Onderwijs Rijk"]
    assert region.body[0].text == "Opleidingen regio 6.000 320.000"


def test_a_numbered_tables_total_alone_is_labelled_from_the_column_beside_the_numbers():
    """A numbered table ("Nr." over its line numbers, the cost lines beside them) whose only
    row is its total, unnumbered: the words beside the empty number are its label, and the
    column they stand in no column of amounts."""
    table = _as_a_projects_table([
        line(100, (60, "Nr."), (90, "Opgaven / Investeringen"), (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r")),
        line(116, (90, "Totaal"), (330, "3.892.000", "r"), (420, "880.000", "r"), (510, "1.200.000", "r"))],
        [rule(55, 112, 515, 112)])
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("Totaal", ["3.892.000", "880.000", "1.200.000"])]


@pytest.mark.parametrize("rows, first", [
    # the label over and under its values, a unit wrapped under its amount, the other cells
    # centred on a line of their own between the label's lines
    ([line(124, (60, "Begeleiding")), line(136, (60, "van startende"), (330, "1,12", "r")),
      line(141, (420, "0,5 mln.", "r"), (510, "0,12 mln.", "r")), line(148, (60, "ondernemers"), (330, "mln.", "r")),
      line(160, (60, "voor het mkb"))], "Begeleiding van startende ondernemers voor het mkb"),
    # the label's two lines either side of its values, the next row's label centred as well
    ([line(120, (60, "Mobiliteitshubs")), line(126, (330, "22.000", "r"), (420, "1.750.000", "r"), (510, "325.000", "r")),
      line(132, (60, "en deelvervoer")), line(150, (60, "Infrastructuur")),
      line(156, (330, "600.000", "r"), (420, "750.000", "r"), (510, "1.000.000", "r")), line(162, (60, "techniek"))],
     "Mobiliteitshubs en deelvervoer"),
    # the label's first line interleaved with the first line of the cells beside it
    ([line(120, (60, "Operationeel/")), line(126, (330, "11,45", "r"), (510, "1,55", "r")),
      line(132, (60, "management/"), (420, "0", "r")), line(138, (330, "mln.", "r"), (510, "mln.", "r")),
      line(144, (60, "samenwerking"))], "Operationeel/ management/ samenwerking"),
    # the label's second line interleaved with the cells, its first over them
    ([line(121, (60, "Ontwikkeling en")), line(133, (60, "inrichting van")),
      line(139, (330, "450.000", "r"), (420, "-", "r"), (510, "775.000", "r")), line(145, (60, "het innovatiecentrum"))],
     "Ontwikkeling en inrichting van het innovatiecentrum"),
], ids=["values on lines of their own", "the next row centred too", "interleaved", "interleaved under its first line"])
def test_a_row_centred_in_its_height_keeps_the_label_lines_over_its_values(rows, first):
    """Cells centred in the row's height (the header's too), a label of several lines beside
    cells of fewer: the label's lines over the values are the row's, not the header's last
    lines."""
    header = [line(94, (60, "Kosten en")), line(100, (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r")),
              line(106, (60, "financiering"))]
    total = line(180, (60, "Totaal"), (330, "1.000.000", "r"), (420, "500.000", "r"), (510, "500.000", "r"))
    table = _as_a_projects_table([*header, *rows, total])
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert table.rows[0].label == first and table.rows[-1].label == "Totaal"


def test_a_header_drawn_in_tiers_of_groups_ends_at_the_first_rule_across_the_table():
    """Groups over groups ("Financiering" over "Cofinanciering regio" over "Publiek"), each
    group's rule under its members only, the corner's, the total's and the Rijk's cells merged
    down beside them, their labels centred among the tiers' lines ("Totaal" level with a
    group's name): all of it is the header, down to the first rule across the table."""
    edges = [62, 200, 270, 330, 395, 440, 490, 533]
    header = [line(672, (350, "Financiering"), size=8),
              line(689, (215, "Totaal"), (330, "Cofinanciering regio"), size=8),
              line(694, (90, "Opgaven/Investeringen"), size=8),
              line(698, (222, "EUR"), (500, "Rijk"), size=8),
              line(704, (280, "Privaat"), (338, "Onderwijs"), (425, "Publiek"), size=8),
              line(719, (405, "Gem."), (447, "Provincie"), size=8)]
    rows = [("Kennisontsluiting", "1.500.000", "100.000", "700.000", "200.000", "-", "500.000"),
            ("Organisatie", "3.000.000", "500.000", "-", "-", "500.000", "2.000.000"),
            ("Totaal", "4.500.000", "600.000", "700.000", "200.000", "500.000", "2.500.000")]
    body = [line(734 + 15 * k, (66, label), *((x - 4, v, "r") for x, v in zip(edges[2:], values)), size=8)
            for k, (label, *values) in enumerate(rows)]
    across = [rule(62, y, 533, y) for y in (668, 730, 745, 760, 775)]
    groups = [rule(270, 685, 533, 685), rule(270, 700, 490, 700), rule(395, 715, 490, 715)]
    sides = [rule(x, 668, x, 775) for x in (62, 200, 270, 533)]
    inner = [rule(330, 700, 330, 775), rule(395, 700, 395, 775), rule(440, 715, 440, 775), rule(490, 685, 490, 775)]
    page = layout([*header, *body], [*across, *groups], [*sides, *inner])
    (table,) = read_page_tables(page)
    assert [(c.label, c.group) for c in table.columns] == [
        ("Totaal EUR", None), ("Privaat", "Cofinanciering regio"), ("Onderwijs", "Cofinanciering regio"),
        ("Gem.", "Publiek"), ("Provincie", "Publiek"), ("Rijk", "Financiering")]
    assert [[r.label, *(c.raw for c in r.cells)] for r in table.rows] == [list(r) for r in rows]


def test_a_budget_in_long_form_is_read_as_the_table_it_stands_for():
    """A finance system's flat report: a line per cost line and source ("Kostenpost |
    Financier | Bedrag"), the cost line's label on its first line only, wrapped over lines
    of its own, its total on a line of its own (wrapped over four); the table's total the
    last block. Read as a row per cost line and a column per source, the total's first."""
    def entry(y: float, label: str | None, source: str | None, amount: str) -> list[Word]:
        return line(y, *([(60, label)] if label else []), *([(250, source)] if source else []), (440, amount, "r"))

    lines = [line(100, (60, "Kostenpost"), (250, "Financier"), (400, "Bedrag")),
             entry(116, "Veldproeven", "Bedrijven", "210.000"), entry(130, None, "Provincie", "-"),
             entry(144, None, "Rijk", "110.000"),
             entry(158, "Totaal Veldproeven op", None, "320.000"), line(170, (60, "proefbedrijven in de")),
             line(182, (60, "regio Schouwen-")), line(194, (60, "Duiveland")),
             entry(210, "Huisvesting", "Bedrijven", "370.000"), line(222, (60, "en inrichting")),
             entry(236, None, "Rijk", "30.000"), entry(250, "Totaal Huisvesting", None, "400.000"),
             entry(266, "Totaal", "Bedrijven", "580.000"), entry(280, None, "Provincie", "-"),
             entry(294, None, "Rijk", "140.000"), entry(308, "Totaal Totaal", None, "720.000")]
    table = _as_a_projects_table(lines, [rule(56, y, 470, y) for y in (112, 207, 263)])
    assert [(c.key, c.label) for c in table.columns] == [("totaal", "Totaal"), ("privaat", "Bedrijven"),
                                                         ("provincie", "Provincie"), ("rijk", "Rijk")]
    assert [(r.label, r.kind, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Veldproeven", "body", ["320.000", "210.000", "-", "110.000"]),
        ("Huisvesting en inrichting", "body", ["400.000", "370.000", "", "30.000"]),
        ("Totaal", "total", ["720.000", "580.000", "-", "140.000"])]


def test_a_long_forms_first_cost_line_with_its_label_wrapped_keeps_its_header_and_first_line():
    """A page's foot cutting a long form's first block: its header, the cost line's first
    line with its label, the label's rest alone, its other sources under it. The lines from
    the label's rest on read as a record ("title", then a source and an amount a line), but
    the amounts over them are rows of the same table, whose header the table keeps."""
    def entry(y: float, label: str | None, source: str | None, amount: str) -> list[Word]:
        return line(y, *([(60, label)] if label else []), *([(250, source)] if source else []), (440, amount, "r"))

    lines = [line(100, (60, "Kostenpost"), (250, "Financier"), (400, "Bedrag")),
             entry(116, "Onderzoek naar circulaire", "Privaat", "140.000"), line(128, (60, "textielketens in Twente")),
             entry(144, None, "Onderwijs", "-"), entry(160, None, "Provincie", "-"),
             entry(176, None, "Waterschap", "3.500.000"), entry(192, None, "Rijk", "-")]
    (region,) = find_tables(layout(lines, [rule(56, 112, 470, 112)]))
    assert texts(region.header) == ["Kostenpost Financier Bedrag"]
    assert texts(region.body)[0] == "Onderzoek naar circulaire Privaat 140.000" and len(region.body) == 6


def test_a_row_numbering_the_columns_under_the_header_is_no_cost_line():
    """A ministry's finance table numbers its columns under the header, the total's by the
    sum it is ("(3)=(1)+(2)"): no row of the table, nor are its figures negative amounts."""
    lines = [line(100, (60, "Kostenpost"), (330, "Privaat", "r"), (420, "Rijk", "r"), (510, "Totaal", "r")),
             line(114, (330, "(1)", "r"), (420, "(2)", "r"), (510, "(3)=(1)+(2)", "r")),
             row(130, "Bouw", "100.000", "50.000", "150.000"), row(144, "Onderzoek", "20.000", "30.000", "50.000"),
             row(158, "Totaal", "120.000", "80.000", "200.000")]
    table = _as_a_projects_table(lines)
    assert [(r.label, r.kind) for r in table.rows] == [("Bouw", "body"), ("Onderzoek", "body"), ("Totaal", "total")]
    assert [c.key for c in table.columns] == ["privaat", "rijk", "totaal"]


def test_a_note_of_what_the_amounts_are_under_a_table_is_one_of_its_notes():
    """A short line right under the rows saying what the amounts are ("Bedragen in euro's,
    excl. btw"), the text going on under it: a note of the table, as a source's is, with
    no mark; a sentence that happens to open so is text."""
    from regio.extract.finder import footnotes_below
    from regio.extract.settings import DEFAULT

    page = layout([line(100, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Rijk", "r")),
                   row(114, "Bouw", "100.000", "50.000"), row(128, "Totaal", "100.000", "50.000"),
                   line(140, (60, "Bedragen in euro's, excl. btw"), size=7.5),
                   line(156, (60, "Bedragen in de begroting zijn geraamd op basis van offertes van aannemers."))])
    lines = page.lines
    assert texts(footnotes_below(lines, lines[2], DEFAULT)) == ["Bedragen in euro's, excl. btw"]


def test_a_templates_rows_left_in_for_cost_lines_to_come_are_no_rows():
    """A template's budget table keeps its placeholder rows ("Kostenpost …" with "€ …" in
    each cell, "…" alone in the next) between the author's rows and the total: no cost
    lines, nor do their signs and dots make columns of their own."""
    lines = [line(100, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r")),
             row(114, "Bouw", "100.000", "40.000", "60.000"), row(128, "Onderzoek", "50.000", "-", "50.000"),
             line(142, (60, "Kostenpost …"), *((x, "€ …", "r") for x in (330, 420, 510))),
             line(156, (60, "…"), *((x, "€ …", "r") for x in (330, 420, 510))),
             row(170, "Totaal", "150.000", "40.000", "110.000")]
    table = _as_a_projects_table(lines)
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Bouw", ["100.000", "40.000", "60.000"]), ("Onderzoek", ["50.000", "-", "50.000"]),
        ("Totaal", ["150.000", "40.000", "110.000"])]


def test_a_numbered_heading_a_few_lines_under_a_table_is_no_part_of_it():
    """Under a ministry's table (ruled across, one column rule), its source, a field's label
    and three lines of text, then the next project's heading with its number set apart in
    the margin, in bold ("2.2   Slimme Werkplaats"): a number and words, no cells of a table,
    so nothing joins the heading to the table."""
    text = "Het netwerk ondersteunt de arbeidsmarkt in de regio met regionale partners."
    lines = [line(263, (307, "Financier"), size=8),
             line(277, (82, "Opgaven/Investeringen"), (409, "Totaal", "r"), (469, "Provincie", "r"), (530, "Rijk", "r"), size=8),
             line(291, (409, "(1)", "r"), (469, "(2)", "r"), (530, "(3)", "r"), size=7),
             line(307, (99, "Totaal"), (409, "€ 2.612.000", "r"), (469, "€ 12.000", "r"), (530, "€ 2.600.000", "r"), size=8),
             line(325, (79, "Bron: projectaanvraag"), size=7), line(349, (79, "Structureel karakter"), size=9.5),
             *(line(364 + 15 * k, (79, text), size=9.5) for k in range(3)),
             [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, bold=True)
              for w in line(426, (47, "2.2"), (79, "Slimme Werkplaats Zeeland"), size=11)]]
    rules = [rule(79, y, 533, y) for y in (259, 288, 303, 320)] + [rule(352, 259, 352, 320)]
    regions = find_tables(layout(lines, rules))
    assert all("Slimme Werkplaats Zeeland" not in texts(r.lines)[-1] for r in regions)


def test_a_single_cost_line_numbered_one_in_a_column_of_its_own_is_no_part_of_its_label():
    """A ministry numbers the cost lines of every table in a narrow first column; a table of
    one cost line shows a "1" alone there, set apart from the label as a cell is."""
    lines = [line(100, (80, "Kostenpost"), (330, "Totaal", "r"), (420, "Rijk", "r")),
             line(114, (64, "1"), (80, "Loonkosten"), (330, "840.000", "r"), (420, "840.000", "r")),
             line(128, (80, "Totaal"), (330, "840.000", "r"), (420, "840.000", "r"))]
    rules = [rule(58, y, 430, y) for y in (96, 111, 125, 139)] + [rule(x, 96, x, 139) for x in (58, 250, 430)]
    table = _as_a_projects_table(lines, rules)
    assert [r.label for r in table.rows] == ["Loonkosten", "Totaal"]


def test_a_category_over_runs_of_rows_of_one_or_two_and_a_total_across_is_no_row_label():
    """A province groups cost lines under a category written once in a first column merged
    over the run, blank beside the run's other rows, a run of one row among them; the total's
    label stands across both columns. The cost lines' own words are the row labels."""
    lines = [line(100, (60, "Categorie"), (150, "Kostenpost"), (380, "Totaal", "r"), (460, "Rijk", "r")),
             line(116, (60, "Personeel"), (150, "Bouw"), (380, "100.000", "r"), (460, "50.000", "r")),
             line(130, (150, "Onderzoek"), (380, "40.000", "r"), (460, "20.000", "r")),
             line(144, (60, "Materieel"), (150, "Apparatuur"), (380, "60.000", "r"), (460, "30.000", "r")),
             line(158, (60, "Totaal"), (380, "200.000", "r"), (460, "100.000", "r"))]
    table = _as_a_projects_table(lines)
    assert [r.label for r in table.rows] == ["Bouw", "Onderzoek", "Apparatuur", "Totaal"]
    assert [c.raw for c in table.rows[2].cells] == ["Materieel", "60.000", "30.000"]


def test_rules_in_some_rows_only_make_no_rows_grids_of_their_own():
    """A table read by its aligned text, thin data bars of small values standing as short
    rules in two of its rows only, a few points apart from row to row: no grid of the row's
    own, so its columns stay those its text shows."""
    lines = [line(100, (60, "Kostenpost"), (330, "Totaal", "r"), (420, "Privaat", "r"), (510, "Rijk", "r")),
             row(114, "Projecten", "2.105.000", "1.000.000", "1.105.000"),
             row(128, "Kennisdeling", "2.075.000", "1.900.000", "175.000"),
             row(142, "Monitoring", "150.000", "-", "150.000"),
             row(156, "Totaal", "4.330.000", "2.900.000", "1.430.000")]
    rules = [rule(344, 126, 344, 138), rule(352, 126, 352, 138), rule(345, 140, 345, 152), rule(436, 140, 436, 152)]
    table = _as_a_projects_table(lines, rules)
    assert [[c.raw for c in r.cells] for r in table.rows] == [["2.105.000", "1.000.000", "1.105.000"],
                                                             ["2.075.000", "1.900.000", "175.000"],
                                                             ["150.000", "-", "150.000"],
                                                             ["4.330.000", "2.900.000", "1.430.000"]]


def test_a_table_of_partners_that_are_public_bodies_holds_no_money():
    """A table of the project's partners whose names name sources ("Gemeente Terneuzen",
    "Rijkswaterstaat", "Provincie Zeeland"), their roles and what they bring in kind in its
    cells: no amount anywhere, so no funding table, however it reads turned."""
    lines = [line(100, (60, "Partner"), (250, "Rol"), (380, "Bijdrage in natura")),
             line(116, (60, "Gemeente Terneuzen"), (250, "Trekker"), (380, "2 fte")),
             line(132, (60, "Rijkswaterstaat"), (250, "Kennispartner"), (380, "verkeersdata")),
             line(148, (60, "Provincie Zeeland"), (250, "Partner"), (380, "1 fte"))]
    assert not _as_a_projects_table(lines).funding
