"""The layout zoo: the same dossiers drawn in other house styles and by other engines.

Every rendering in samples/zoo/ is read and scored against the renderer's record of each
project's pages and the hand-written cell lists in tests/golden/: every project with its
title and page range, every cell (project, table, row, column, raw text and value), every
field with its label and whole text, and the same findings as the source document gives.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from zoo import ROOT, ZOO, renderings, score

# The findings of every Zeeland rendering: tests/golden/zeeland_discrepancies.md, as
# (code, project, row, column, stated, computed) of each error and warning.
ZEELAND_FINDINGS = {
    ("RD101", "Vitale Kernen", "Dorpshuizen en ontmoetingsplekken", "totaal", D(1_600_000), D(1_500_000)),  # 1
    ("RD105", "Vitale Kernen", None, None, None, None),  # 1: the table has no Totaal row
    ("RD102", "Innovatiecentrum Vlissingen-Oost", "Totaal", "provincie", D(1_520_000), D(1_250_000)),  # 2
    ("RD103", "Innovatiecentrum Vlissingen-Oost", "Totaal", None, D(6_500_000), D(6_770_000)),  # 2'
    ("RD104", "Zeeuws Techniekpact", "Totaal", "totaal", None, D(3_000_000)),  # 3, by rows
    ("RD104", "Zeeuws Techniekpact", "Totaal", None, None, D(3_000_000)),  # 3, by columns
    ("RD201", "Slimme Mobiliteit Kanaalzone", None, "totaal", D(4_200_000), D(4_600_000)),  # 4
    ("RD202", "Zeeuws Techniekpact", None, "rijk", None, D(1_000_000)),  # 5
    ("RD103", "Zorgtalent Zeeland", "Totaal", "totaal", D(3_400_000), D(3_450_000)),  # 6 (x € 1.000), by rows
    ("RD103", "Zorgtalent Zeeland", "Totaal", None, D(3_400_000), D(3_450_000)),  # 6, by columns
}


def _read(name: str):
    from regio.extract import extract

    path = ZOO / f"{name}.pdf" if name != "twente-word" else ROOT / "samples" / "twente-word.pdf"
    return extract(path, cross_check="none")


@pytest.fixture(scope="module")
def read():
    return {}


def _dossier(cache: dict, name: str):
    if name not in cache:
        cache[name] = _read(name)
    return cache[name]


def _findings(dossier) -> set:
    from regio.validate import check

    return {(f.code, f.project, f.row, f.column, f.stated, f.computed)
            for f in check(dossier).findings if f.severity.value in ("error", "warning")}


def _rows_in_any_case(findings: set) -> set:
    """A finding names its row as printed: in capitals, where the house sets its labels so."""
    return {(code, project, row and row.casefold(), *rest) for code, project, row, *rest in findings}


# Renderings whose tables the reading still gets wrong, with the reason; strict, so that a fix shows here.
_TRACKED = "a changed amount whose old value wraps over the new one in a narrow cell makes two rows"
_LEADERS = ("in a narrow column of a table inside a field, a cell set at the foot of its row over three lines "
            "(\"€ 75.000 per\" / \"broedplaats = €\" / \"750.000\") gives its first line to the column's label")
_CARDS = ("project cards two to a landscape page: a title wrapped over two lines on the next card's strip, with "
          "\"(vervolg)\", stays in the field; where a card opens level with another's first label, the two labels "
          "are read as one line")
_WRAPPED_CELL = ("in a table inside a field, a cell of words and an amount wrapped over two or three lines "
                 "(\"€ 75.000 per\" / \"broedplaats = € 750.000\") makes a row of its own of its second line")
_TRIPLE = ("a magazine in three columns with each funding table floated across two of them: the table's rows and "
           "the text of the column beside it are read as one")
_TRIPLE_CELLS = ("a magazine in three columns with each funding table floated across two of them: a group label "
                 "over some of the columns (\"Publiek\") stands in the next column's reading, so its members are not "
                 "keyed by it, and a float whose header wraps in narrow columns (Mineral Valley) loses its columns")
_DEKKING = ("an accountant's dekkingsplan whose group \"Dekking\" stands over every source: the columns a source "
            "names only by the group \"Publiek\" are printed without a label of their own under it and cannot be keyed "
            "so, and Leonardo's \"Gem.\" and \"Prov.\" in its body row join the amounts beside them")
_EXCELSHEET = ("an Excel sheet printed without gridlines: a milestone table whose header row ends a page is read "
               "from its first row on the next, its header left in the field before it; the Leonardo, Creatieve "
               "Broedplaatsen and Circulair Textiel tables are still misread")
_DATABARS = ("a dashboard's fields in a grid of two columns of cards: a card going on at the next page without its "
             "label is read as more of the card before it; in the small tables inside a card, a row label wrapped "
             "beside a cell of words wrapped too is split between rows")
_CHARTS = ("a donut chart under each funding table: a label set farther from the chart than the chart is large "
           "(\"Privaat (incl. Invest-NL) 55%\") is read as text of the field the table stands in")
_PATCHWORK = ("partners' documents bound into one: a part's running header set on every other page of its three or "
              "four only is too seldom to tell from text, and joins a field; the letter's sender column beside its "
              "text joins fields")
_HALVES = ("a province's factsheets in two halves that flow apart, prose left and money right: lines of both halves on one "
           "baseline are read as one (a table's rows take the prose beside them, an amount wrapped in its narrow column "
           "loses its row), and the scale stated in the prose of the other half is not found")
_CATCOL = ("funding tables that open with a category column, one cell merged down the rows it groups: where a "
           "cost line's label and a cell of words beside it both wrap, the label's second line makes a row of its own")
_A3FOLD = ("an A4 report whose funding tables stand on A3 fold-out pages after each project: the scale a table's "
           "amounts are in, stated in the field the table belongs to, is not found on the fold-out")
_TOTALFIRST = ("a ministry's annex printing its columns in reverse: the two columns that have no labels of their "
               "own under \"Publiek\" are keyed in the order printed, the other way round from the transcription's")
_COLBREAK = ("a two-column report whose tables, at a text column's width, break from one column into the next: "
             "amounts shrunk to fit their narrow cells in type of every size lose their columns and rows (Creatieve "
             "Broedplaatsen, Gebiedsontwikkeling, Skills Twente, Leonardo)")
_SLANTED = ("the house's PDF maps the list marker \"○\" to \"■\" in its text layer (TopFit's results): the field "
            "reads as the text layer says")
_BULLETBUDGET = ("every table written as a bulleted list (a bullet for each row, a dash item \"Totaal: 1.650.000\" for "
                 "each of its columns under it): a list whose items hold words (\"Trekker: North Sea Port\", \"Per "
                 "jaar: € 75.000 per broedplaats\") or name a group's members after it (\"Publiek Gem.\") is not read "
                 "as a table, and the notes under a list stay text of its field")
_OCRNOISE = ("an OCR text layer that misreads figures in amounts: where too few figures are left to tell a letter "
             "for one (\"2O mln.\", \"30O\"), or a comma for a group's dot makes the table's notation look English "
             "(\"1,425 mln.\" then reads as 1.425 million thousand), the amount has no value or another; and a misread "
             "amount in the prose reads as the text layer says")
_BROKENNUM = ("narrow fixed columns in which a word wider than its cell breaks at the character that no longer fits: "
              "the Leonardo table's columns are not found, a unit broken inside itself (\"43,8ml\" / \"n.\") keeps a "
              "space, and the list marker \"○\" is printed as \"■\" (TopFit's results)")
_CENTRED = ("tables without rules whose every cell is centred, row labels too: a cell of words wrapped beside a "
            "label of one line parts from its row (\"Zeeuwse\" / \"Waterstofcoalitie\", whose second line joins the "
            "field before the table), and a bullet the PDF draws as another glyph than the source's (\"■\" for \"○\")")
_JUSTIFIED = ("tables whose every cell is justified: a justified cell of words splits into columns (Creatieve "
              "Broedplaatsen)")
_LATEX = ("the house prints the markers \"○\" and \"●\" as \"◦\" and \"•\", and \"₂\" as a lowered plain digit "
          "(\"CO 2\"); a note's mark in a superior figure right after a figure (\"2030¹\") reads as the number's")
_ABIWORD = "the body font lacks \"₂\", which AbiWord prints as a box holding its code (\"CO 2082\")"
_GROFF = ("two cells of a row under a group (\"Publiek\") that spans two columns of its own read as one "
          "(\"- 100.000\", Twente); a compound broken at its own hyphen (\"mbo-\" / "
          "\"afgestudeerden\"), in a document that breaks words at line ends, loses it; \"⁴\" and \"₂\" are set as "
          "raised and lowered digits and \"○\" is drawn without text")
_CONTEXT = ("a compound broken at its own hyphen (\"ICT-\" / \"bedrijven\"), written nowhere else, loses it "
            "(in a document that hyphenates)")
_FOP = ("FOP lets text wider than its fixed column run on into the next cell: a header label run into the next "
        "loses that column's name, and a year header takes the first row's amounts for its own (\"2024 450\")")
_ASCIIDOC = "the project's notes after its last field, one broken over a page, run into that field's text"
_KOMA = ("as latex's, the markers \"○\" and \"●\" print as \"◦\" and \"•\", and English hyphenation breaks "
         "compounds at their own hyphen")
_LOHTML = "LibreOffice prints its own list bullets and numbers before the source's markers (\"••\", \"1. 1.\")"
_PANDOC = ("as latex's, the markers \"○\" and \"●\" print as \"◦\" and \"•\", \"CO₂\" as \"CO 2\" and a mark "
           "after a figure (\"2030¹\") as the number's")
_RINOH = ("rinohtype: a table of words (milestones) broken over a page and laid out anew there is not joined, its "
          "last row read as the field's text")
_XELATEX = ("memoir's justified text under English hyphenation: a compound's own hyphen at a line's end "
            "(\"TRL-\" / \"niveaus\") is taken for a break and dropped")
_SPHINX = "Sphinx prints the markers \"○\" and \"●\" as \"◦\" and \"•\", and \"CO₂\" as \"CO 2\""
_PANDOCDOCX = ("pandoc's DOCX tables in equal columns printed by LibreOffice: row labels wrapped over many lines are "
               "split into rows, amounts wrap inside the number (\"1.250.00\" / \"0\"), a table of amounts in "
               "millions is read column by column; fields whose labels stand in pandoc's heading styles are missed")
_DOCBOOK = ("FOP under the DocBook stylesheets: a row label wrapped over lines parts the Leonardo row, and a note's "
            "lines after its first join the last field")
_MOM = ("groff draws \"○\" as a shape, not text, and sets \"⁴\" as a raised plain digit; a compound's own "
        "hyphen at a justified line's end is taken for a break")
_PIVOT = ("budgets in long form: where the lines name no source the reading knows (\"Publiek 1\", \"Regio\", the "
          "years of a \"Jaar\" column) or the table's first line wraps its source's name (\"Privaat (incl.\" / "
          "\"Invest-NL)\"), the table is read as drawn; a table's caption right after a field's last line joins it")
_SCALE_AWAY = ("tables moved to a page of their own, side by side: the scale the field states over the table in the "
               "source (\"bedragen x € 1.000\") stays in the field, pages before it")
_BILINGUAL = ("header cells in Dutch with their English under them: a column no source names is keyed by both "
              "(\"per_jaar_per_year\"), and the unlabelled columns under \"Publiek / Public\" take the group's English")
_LOCALE = ("a cell of Dutch words (\"€ 75.000 per broedplaats = € 750.000\") in a table whose amounts are written "
           "the English way reads its figure the English way")
_FRAGMENTS = ("a table pasted row by row: the two columns under \"Publiek\" that name no source, in rows whose grids "
              "stand a few points off each other, take a figure from the column beside them")
_GOVTABLE = ("a ministry's table broken over a page repeats its header under a diagonal corner: the repeated header "
             "is read as a row, and the numbers of the cost lines over it stay in their labels; a table's caption "
             "over the corner's \"Financier\" joins the text")
_ROWSPAN = ("cost lines grouped under a category in a merged first column: a single cost line's category is read as "
            "its label, and a table of years beside the categories is read turned")
_HANDPLACED = ("a table typeset by hand: where a row's figures stand off its label's first line, half a line and "
               "more, two rows are read as one")
_TYPST = "a compound broken at its own hyphen (\"mbo-\" / \"geschoold\") in a document that hyphenates loses it"
TABLE_MISSES = {
    "zeeland-tracked": _TRACKED,
    "twente-leaders": _LEADERS,
    "twente-ledgerprint": _WRAPPED_CELL, "twente-province": _WRAPPED_CELL,
    "twente-dekking": _DEKKING, "zeeland-dekking": _DEKKING, "twente-excelsheet": _EXCELSHEET,
    "twente-databars": _DATABARS, "twente-colbreak": _COLBREAK,
    "twente-bulletbudget": _BULLETBUDGET, "zeeland-bulletbudget": _BULLETBUDGET, "twente-ocrnoise": _OCRNOISE,
    "zeeland-ocrnoise": _OCRNOISE, "twente-brokennum": _BROKENNUM,
    "twente-justified": _JUSTIFIED,
    "twente-pivot": _PIVOT, "zeeland-pivot": _PIVOT,
    "twente-groff": _GROFF, "zeeland-fop": _FOP,
    "twente-pandocdocx": _PANDOCDOCX, "twente-docbook": _DOCBOOK,
}
_KPITILES = ("a dashboard's funding table as a matrix with a \"Subtotaal\" column after each group: after a group of "
             "two unlabelled columns it shifts their keys (Skills Twente)")
_FICHE2COL = ("project sheets in landscape, prose left and a panel of money right: a box of key facts under the panel's "
              "table (\"Ficheno.\", \"Looptijd\") is read as one of the project's tables, and a table inside a field "
              "broken over a page is not joined across the panel read between its parts; in the panel's narrow table a "
              "word set 3 points after an amount (\"5.000.000 Gem.\") is read as its cell, and the Zorgtalent table "
              "under the panel's heading loses its scale (\"x € 1.000\")")
_CAPTIONBELOW = ("a LibreOffice report that prints every amount to the cent (\"€ 6.330.000,00\" for \"6,33 mln.\"), stating "
                 "an exactness the source does not, and sets table footnotes as numbered notes at the page's foot: sums "
                 "within the source's rounding become discrepancies, and Connect Forward's \"*\" note is no longer its "
                 "table's, so the Privaat total is a plain discrepancy instead of one its footnote explains")
_WORDFORMS = ("an application form nesting tables inside a field's cell of the form's grid: Leonardo's \"Structureel "
              "karakter\", going on in a row of its own on the next page under a nested table, is read empty")
_MARGINALIA = ("a book's side-heads in the outer margin, pushed down a line by a sidenote beside the field's first "
               "line (Twents Fonds) or by the end of a table: the field's first line is read into the field before")
_THOUSANDS = ("a finance annex printing every funding table in thousands, exact (\"6.330\" for \"6,33 mln.\"): sums "
              "within the source's rounding become discrepancies; and the second paragraph of a note, carried over to "
              "the next page without a mark, is read as the end of the field before it (Creatieve Broedplaatsen)")
_PRINTHEADINGS = ("an Excel workbook printed with every gridline, a field's text cut into one line a row: the grid "
                  "of a field's lines under a merged label is read as a table, the fields inside it")
_TWOCOLNARROW = ("a report in two columns with every table at one column's width: a group \"Publiek\" over two ruled "
                 "columns with no labels of their own is read as one column, its cells run together (Skills Twente); a "
                 "project's first field run in at a column's top on its first page is not found (Zeeland)")
_KILOEURO = ("a controller's report printing every amount in k€ to the euro (\"6.330,0\" for \"6,33 mln.\"), stating an "
             "exactness the source does not: sums within the source's rounding become discrepancies")
_WIKI = ("a wiki's pages printed from the browser: the tags, reactions and comments at a page's foot are read as "
         "the last field's text")
_EDGETITLES = ("a design agency's book whose tables have no rules, each row a band of tinted column backgrounds: a "
               "table in a field whose header is not tinted is read with its first row (\"Gereed Q4 2024\"), and the "
               "label \"Structureel karakter (Hoe verder zonder rijksbijdrage)\" wraps round the photo into its text")
_COMPARE = ("a steering group's print with two or three projects side by side in columns, each going on in its own "
            "column over the pages: the columns' projects are read as one, under the band over them")
_ARTICLES = ("a subsidy decision set as legislation, every field a numbered member whose label is worded into its "
             "sentence (\"2.2 De partijen die het project uitvoeren, zijn: ...\"): no field is found")
_ARTICLES_CELLS = ("a subsidy decision set as legislation: numbered members whose wrapped lines line up over the one "
                   "under them are read as a table of words in front of the funding table (Advanced Manufacturing "
                   "Program)")
_TOPLABELS = ("labels hung from the top of their text in small capitals: the label \"STRUCTUREEL KARAKTER (HOE VERDER "
              "ZONDER RIJKSBIJDRAGE)\" wrapped over three lines goes partly into the margin's notes (Twente); two "
              "letter-spaced header words that touch (\"ONDERWIJSBEDRIJFSLEVEN\") are read as one column (Zeeland)")
_FIELDMATRIX = ("an Excel project list pasted as one landscape table, a row per project and a column per field: "
                "the list is read as a table and no project is found")
_FIELDMATRIX_ROWS = ("an Excel project list pasted as one landscape table, a row per project and a column per field, "
                     "the budgets in an annex under each title: the projects are found by their budgets' titles, but "
                     "the rows of the list are no project's (its pages and fields)")
_BLANKFORM = ("a pre-printed form filled in with a typewriter tool: a row label the typist continued into the grid's "
              "next rows is read as rows of its own (\"Operationeel/\", \"management/\"), and a field's typed lines on "
              "their rules under a table in the field are read with it")
_STACKEDCELLS = ("every cell holds its amount and its share under it: the share under an amount marked for a "
                 "footnote (\"7.500.000*\" over \"1000%\") is read as a row of its own (Talent)")
_HEADERBOTTOM = ("a monitoring annex whose tables carry only short codes over their columns (\"T P O G Pr R\"), the "
                 "source's header printed under the Totaal row with a legend: the columns are named after the codes")
_TITLESBELOW = ("a picture book whose only title is the caption under each project's opening photograph: captions "
                "are read as the picture's, so each project is found by its name field and titled as that names it, "
                "the first under the book's own heading (\"Projecten in beeld\", Zeeland)")
_WHOLE_EUROS = ("every amount printed in whole euros (\"6.330.000\" for \"6,33 mln.\"), stating an exactness the source "
                "does not: sums within the source's rounding become discrepancies")
_COMBFIELDS = (f"a form typing its amounts into comb fields, {_WHOLE_EUROS}, and a nil as \"0\": the total the source "
               "leaves out (Zeeuws Techniekpact) is stated as zero; a label wrapped in the form's label column "
               "(\"Structureel karakter (Hoe\" over \"verder zonder rijksbijdrage)\") is read as text")
_QUARTO = (f"a data analyst's report, {_WHOLE_EUROS}, its footnote marks dropped (Connect Forward's 7.500.000 is counted); "
           "a table of one row whose labels are set flush left over figures set flush right, over two wrapped lines, "
           "has its Totaal and Privaat labels read as one column (Circulair Textiel)")
_MILLIONS = ("a ministry's overview in millions with two decimals, every amount and total rounded on its own: the Talent "
             "table's sums change (its Privaat total \"10,05\" over parts adding to 10,06), and so do their findings")
_MAILMERGE = ("a database's report: a key wrapped in the key column (\"Structureel karakter (Hoe\" over \"verder zonder "
              "rijksbijdrage):\") is read as a label with text")
_NOTESPAGES = ("slides printed as notes pages: a slide's title naming a field (\"Beoogde resultaten\" while the notes "
               "still go on with \"Aanpak\") opens that field, and the slide's own footer (\"Regio Deal Zeeland 4\") is "
               "read as text and as a table's row")
_MERGED = ("partners' submissions merged onto the bundle's pages: a submission's source note set small under its last "
           "field (\"Bron: CBS ...\") is read into it (Creatieve Broedplaatsen); the unit line over a table inside a "
           "field (\"bedragen x € 1.000\") is lost (Zorgtalent)")
_CANVAS = ("a project canvas: boxes of fields in rules over an A3 sheet, read across the rules: the box beside "
           "Creatieve Broedplaatsen's investments is read as their columns, a label in a box under another box of its "
           "column is read as text (\"STRUCTUREEL KARAKTER\")")
_HANDOUT6 = ("a deck printed six slides to a page: a table going on onto the next slide under its header again "
             "(Creatieve Broedplaatsen's) is read as a table of its own that takes the text under its total as rows, "
             "and its repeated header stays in the field's text")
_LEADERLABELS = ("a typed form with dot leaders: a row label wrapped over three lines beside a cell wrapped over two, "
                 "both set at their foot, is cut where the cell's first line ends (Creatieve Broedplaatsen)")
_CHECKBOXES = ("an online form printed from the browser: the steps bar over each step (the next step's number and "
               "name, \"3 Projectplan\") and the declaration ticked before sending are read as the last field's text, "
               "a table of input boxes whose header has no source's name takes its first row for the header (Creatieve "
               "Broedplaatsen) or loses its last (Zorgtalent), and a theme is only the ticked one of the checkboxes")
_KOSTENDEKKING = ("a subsidy application's \"begroting en dekkingsplan\": the costs and then the funding sources listed "
                  "one under the other in two columns, the cost lines' sources not printed, so the cells cannot be "
                  "compared with the grid; read as the costs and the funding apart, whose sums are found on the costs' "
                  "column and the funding's row, not on the grid's rows and columns")
_PILLLABELS = ("a web page's tables whose header cells are rounded tiles over plain rows: in a table that names no "
               "funding source the first row is read into the header")
_TITLEINROW = ("every project one Word table titled in its first row: a field going on under \"(vervolg)\" beside a "
               "paragraph's last line is read as a field of its own")
_OUTLINEDTITLES = ("a brochure whose titles, themes and cover are drawn as outlines, not text: each project is found by "
                   "its \"Naam Project\" field and titled by that field's words, which name it otherwise (\"Advanced "
                   "Manufacturing Program (AMP)\")")
_TILEDPRINT = ("A3 pages printed tiled onto A4 sheets that overlap: each sheet is read as a page of its own, so a title "
               "cut at a tile's edge is found twice, tables are read in halves and text columns across the cut")
_SSRS = ("a paginated report's tablix: a table nested in a field's value textbox (Creatieve Broedplaatsen) takes the "
         "field's text beside it for its header, and the field after it is read empty")
_EXCELPRINT = "budgets printed from Excel, each sheet under a page header of its own: a sheet's page header joins a field"
_EXCELPRINT_SCALE = ("each budget printed on a sheet of its own after the project's text: the scale the field states "
                     "(\"bedragen x € 1.000\") stays with the text on the page before, and the year table is read in euros")
_JOURNAL2COL = ("a two-column paper whose tables float to the top of a later page: a float over the next project's text "
                "is no page of its project (Zorgtalent), the run-in line \"zie Tabel N.\" joins the field before it, the "
                "first page's footer joins the fields, and Leonardo's \"Gem.\" and \"Prov.\" under a group are lost")
_LINEARISED = ("a large-print edition writing every table out as lists: a milestone table's entries hold words, not "
               "amounts, and are read as the field's text, and Leonardo's \"Publiek, Gem.\" entries leave its sources "
               "unread")
_COLORLEGEND = ("source columns headed only by coloured bars and named by a legend of colour swatches over the table: "
                "Skills Twente's two public columns, both named \"Publiek\" in the legend, are keyed publiek and "
                "publiek_2, where the source numbers them publiek_1 and publiek_2")
_DEED = ("a notarial deed's annex: amounts the source rounds (\"6,33 mln.\") are written out in full (\"€ 6.330.000,--\"), "
         "so sums within the source's rounding are no longer so; the total said in words under a table with notes "
         "(\"Totaal zegge: ...\") joins the field")
_FLOATBOXES = ("a brochure of floating text boxes: boxes stacked close under a table of boxes (a milestone table, the "
               "next field's box, the funding table) are read as one grid, the field between them with it")
_TWOUPBOOKLET = ("a booklet imposed for saddle stitching, two pages a sheet in the printer's order: the pages are read "
                 "in the file's order, so every project opening on a sheet before one already read is lost")
_PROSEBUDGET = ("a memo writing every table as sentences, a row a paragraph (\"Projecten: € 2.000.000 (privaat € 1.000.000; "
                "...)\"): a budget's paragraphs are read as its rows, but not tables of other things written so, which "
                "name no funding source (\"gereed: Q4 2024; trekker: North Sea Port\", \"2024: 450\"), nor a paragraph "
                "whose cells are the source's labels (Leonardo's \"publiek Gem.; publiek Prov.\"), nor one naming only "
                "\"Regio\" beside the Rijk")
_PIVOTCOMPACT = ("budgets as pivot tables in compact form: the report filter's \"(Alle)\" and \"Kolomlabels ▼\" over "
                 "the first value column join its label, and the caption over the pivot joins the field before it")
_SHAREPOINTLIST = ("list items printed as forms of rows: a row label that opens with words and a colon (\"Kwartier "
                   "maken: ...\") loses them")
_STICKYHEADER = ("a web page printed with its cookie banner painted over the text at a page's foot: the banner's last "
                 "words join the text under it (Leonardo)")
_LABELABOVE = ("a narrow column's tables printing each row on two lines, its label alone over its amounts: "
               "Leonardo's table, with \"Gem.\" and \"Prov.\" in its body row, loses its columns, and a cell of words and "
               "an amount wrapped over three lines (Creatieve Broedplaatsen) loses its row")
_ENGLISH = ("a template translated to English: its column labels are read (\"Education\", \"Municipality\", \"National "
            "government\"), but not \"Public\" over its members, which English statistics tables (ICDAR's) use as a "
            "column of its own, nor \"Region\" (the region's money)")
_LINKURLS = ("a web page printed with each link's address after it: the partners' names in a field's text keep theirs, "
             "as printed (\"Universiteit Twente (https://www.utwente.nl)\"); titles and row labels are read without")
_LINKURLS_CELL = ("a web page's table sized by the browser: \"€ 75.000 per broedplaats = € 750.000\" wrapped in its "
                  "narrow cell, its \"€\" on a line of its own, is read as two columns")
_DATATABLES = ("tables as a web widget: a table without rows prints \"Geen gegevens beschikbaar in tabel\" across its "
               "one row, which is read into the label of the column it stands under")
_DATATABLES_RULED = ("a web table whose rows are ruled apart and centred in their height: Zorgtalent Zeeland's funding "
                     "table, its labels wrapped over three lines round their amounts, breaks in two under the rule over a "
                     "row that leaves its last column empty, and the second part's first row is read as its header")
# Renderings whose projects the reading does not all find by title, or not on their pages.
TITLE_MISSES: dict[str, str] = {
    "twente-fieldmatrix": _FIELDMATRIX,
    **{f"{d}-titlesbelow": _TITLESBELOW for d in ("twente", "zeeland")},
    **{f"{d}-outlinedtitles": _OUTLINEDTITLES for d in ("twente", "zeeland")}, "twente-tiledprint": _TILEDPRINT,
    **{f"{d}-twoupbooklet": _TWOUPBOOKLET for d in ("twente", "zeeland")},
}
# Houses read wrong in more than titles, the same way in every test of their reading.
_READ_WRONG = {"zeeland-tiledprint": _TILEDPRINT, "zeeland-floatboxes": _FLOATBOXES, "twente-ssrs": _SSRS,
               "zeeland-pivotcompact": _PIVOTCOMPACT, "twente-labelabove": _LABELABOVE,
               **{f"{d}-{house}": reason for d in ("twente", "zeeland")
                  for house, reason in (("linearised", _LINEARISED), ("prosebudget", _PROSEBUDGET))}}
_NEW_TABLES = {**{f"{d}-{house}": reason for d in ("twente", "zeeland")
                  for house, reason in (("blankform", _BLANKFORM), ("headerbottom", _HEADERBOTTOM))}}
# Renderings whose projects are found by title, but not all of them on their pages.
_COMPARED = {f"{d}-compare": _COMPARE for d in ("twente", "zeeland")}
PAGE_MISSES = {**TITLE_MISSES, **_COMPARED, "zeeland-fieldmatrix": _FIELDMATRIX_ROWS,
               "zeeland-journal2col": _JOURNAL2COL}
_ANNUAL = "three lines set in two columns above a table, too few to show a gutter, are read across"
_NIGHT = ("a table inside a field goes on over a page without its header, its rows centred on bands: the first "
          "lines on the new page are read as a header, and a row label's first line goes to the field's text")
_PULLQUOTE = ("a pull quote in the margin that the designer shrank to the text's own size, told from the text beside "
              "it by its colour alone, joins the lines it shares baselines with")
# Renderings whose findings are right but some of whose cells are not.
_LEONARDO = ("the Leonardo table's \"Publiek\" spans two columns that have no labels, and \"Gem.\" and \"Prov.\" stand in "
             "its body row instead, set apart from the amounts under them: a column too many")
_COFINANCE = ("a programme office groups every regional source under \"Regionale cofinanciering\": columns the "
              "source names only by the group \"Publiek\" are printed without a label of their own and cannot be keyed "
              "so, and Leonardo's \"Gem.\" and \"Prov.\" stand in its body row")
_RAAD = ("a council proposal that prints every regional source under one group \"Cofin. regio\": of the two columns "
         "under its \"Publiek\" that have no labels of their own, the second is keyed publiek instead of publiek_2 "
         "(Skills Twente)")
CELL_MISSES = {**TABLE_MISSES, "zeeland-night": _NIGHT, "twente-percent": _LEONARDO,
               "twente-cofinance": _COFINANCE,
               "zeeland-centred": _CENTRED, "zeeland-rinoh": _RINOH, "twente-triple": _TRIPLE_CELLS,
               "twente-catcol": _CATCOL, "twente-totalfirst": _TOTALFIRST, "zeeland-excelsheet": _EXCELSHEET,
               "twente-bilingual": _BILINGUAL, "zeeland-bilingual": _BILINGUAL, "twente-locale": _LOCALE,
               "twente-fragments": _FRAGMENTS, "twente-govtable": _GOVTABLE, "twente-rowspan": _ROWSPAN,
               "zeeland-rowspan": _ROWSPAN, "zeeland-handplaced": _HANDPLACED, "twente-raad": _RAAD,
               "twente-kpitiles": _KPITILES, "twente-fiche2col": _FICHE2COL, "twente-datatables": _DATATABLES,
               "zeeland-datatables": _DATATABLES_RULED,
               "zeeland-fiche2col": _FICHE2COL,
               "twente-printheadings": _PRINTHEADINGS, "zeeland-printheadings": _PRINTHEADINGS,
               "twente-twocolnarrow": _TWOCOLNARROW, **TITLE_MISSES, **_COMPARED, "twente-edgetitles": _EDGETITLES,
               "zeeland-edgetitles": _EDGETITLES, "zeeland-toplabels": _TOPLABELS, **_NEW_TABLES,
               "twente-stackedcells": _STACKEDCELLS, "twente-quarto": _QUARTO,
               "twente-canvas": _CANVAS, "twente-handout6": _HANDOUT6, "twente-leaderlabels": _LEADERLABELS,
               **{f"{d}-{house}": reason for d in ("twente", "zeeland")
                  for house, reason in (("kostendekking", _KOSTENDEKKING), ("pilllabels", _PILLLABELS))},
               **_READ_WRONG, "twente-journal2col": _JOURNAL2COL,
               "twente-sharepointlist": _SHAREPOINTLIST, **{f"{d}-english": _ENGLISH for d in ("twente", "zeeland")},
               "twente-colorlegend": _COLORLEGEND, "twente-linkurls": _LINKURLS_CELL,
               "twente-articles": _ARTICLES_CELLS, **{f"{d}-checkboxes": _CHECKBOXES for d in ("twente", "zeeland")}}


def _expected_to_fail(misses: dict[str, str]) -> list:
    return [pytest.param(n, marks=pytest.mark.xfail(reason=misses[n], strict=True)) if n in misses else n
            for n in renderings()]


# A word broken at a narrow cell's edge without a hyphen (Google Docs) is read back with a
# space in it: the cell is right, the row's label in a finding is not.
_BROKEN_WORD = ("a row label broken mid-word at a narrow cell's edge (\"Oriëntatiep\" / \"rogr. WIMM\") is read "
                "back with a space in it, so a finding names the row otherwise")
_BEGROTING = ("a budget annex that adds a subtotal row under each cluster of cost lines: \"Subtotaal cluster B\" counts "
              "Connect Forward's 7.500.000, which the table's footnote keeps out of the total, so the Privaat column's "
              "discrepancy is found at that subtotal and no longer at the Totaal row, which agrees with the subtotals")
FINDING_MISSES = {**TABLE_MISSES, "twente-gdocs": _BROKEN_WORD, "zeeland-gdocs": _BROKEN_WORD, "zeeland-pandocdocx": _BROKEN_WORD,
                  "zeeland-halves": _HALVES, "zeeland-a3fold": _A3FOLD,
                  "zeeland-sidebyside": _SCALE_AWAY, "twente-bilingual": _BILINGUAL, "twente-locale": _LOCALE,
                  "zeeland-rowspan": _ROWSPAN, "zeeland-handplaced": _HANDPLACED, "twente-begroting": _BEGROTING,
                  "twente-fiche2col": _FICHE2COL, "zeeland-fiche2col": _FICHE2COL, "twente-captionbelow": _CAPTIONBELOW, "zeeland-captionbelow": _CAPTIONBELOW,
                  "twente-thousands": _THOUSANDS, "zeeland-thousands": _THOUSANDS,
                  "twente-printheadings": _PRINTHEADINGS, "zeeland-printheadings": _PRINTHEADINGS,
                  "twente-twocolnarrow": _TWOCOLNARROW, "twente-kiloeuro": _KILOEURO,
                  **{n: reason for n, reason in TITLE_MISSES.items() if n != "twente-titlesbelow"}, **_COMPARED,
                  "zeeland-kiloeuro": _KILOEURO, "twente-edgetitles": _EDGETITLES, "zeeland-edgetitles": _EDGETITLES,
                  **_NEW_TABLES, "twente-combfields": _COMBFIELDS, "zeeland-combfields": _COMBFIELDS,
                  "twente-quarto": _QUARTO, "zeeland-quarto": _QUARTO, "twente-millions": _MILLIONS,
                  "zeeland-notespages": _NOTESPAGES,
                  "twente-handout6": _HANDOUT6, "twente-leaderlabels": _LEADERLABELS,
                  **{f"{d}-{house}": reason for d in ("twente", "zeeland")
                                               for house, reason in (("kostendekking", _KOSTENDEKKING),
                                                                     ("pilllabels", _PILLLABELS))},
                  **{n: reason for n, reason in _READ_WRONG.items()
                     if n not in ("zeeland-linearised", "zeeland-floatboxes")},
                  "zeeland-excelprint": _EXCELPRINT_SCALE, "twente-pivotcompact": _WHOLE_EUROS,
                  "twente-sharepointlist": _SHAREPOINTLIST,
                  **{f"{d}-deed": _DEED for d in ("twente", "zeeland")},
                  "twente-linkurls": _LINKURLS_CELL, "twente-articles": _ARTICLES_CELLS, "zeeland-fieldmatrix": _FIELDMATRIX_ROWS,
                  "zeeland-datatables": _DATATABLES_RULED,
                  **{f"{d}-checkboxes": _CHECKBOXES for d in ("twente", "zeeland")}}


# Houses that print a nil, or an amount left out, as "0,00" (a financial system's report): a
# total the source leaves out (RD104) is stated there as zero, and what is checked against
# it differs; every other finding must be the same.
NILS_AS_ZERO = {"twente-ledgerprint", "zeeland-ledgerprint"}


# Slides printed several to a page: the contents slide gives each project's slide, not the
# page it is printed on, and that is rightly found (RD301); every other finding must be the same.
CONTENTS_OF_THE_SLIDES = {"twente-handout3", "zeeland-handout3"}


# Houses that write amounts coarser than they are ("€ 2M" for 2.000.000 states ± € 500.000):
# a sum that is off by less than that is within the rounding the house wrote. Their findings
# may be fewer, never other.
COARSER = {"zeeland-kilo", "zeeland-studio"}


# Houses that add a column of their own reckoning (a programme office's "Subtotaal regio"):
# it carries the source's discrepancies into a column of its own, and the findings about it
# are set aside; every other finding must be the same.
DERIVED_COLUMNS = {"twente-cofinance": "subtotaal_regio", "zeeland-cofinance": "subtotaal_regio"}


# Houses that insert scanned pages without a text layer: each is rightly reported as a part
# not checked (RD002); every other finding must be the same.
WITH_SCANS = {"twente-scannedinserts", "zeeland-scannedinserts"}


@pytest.mark.parametrize("name", _expected_to_fail(FINDING_MISSES))
def test_the_same_findings_in_every_rendering(name, read):
    expected = _rows_in_any_case(ZEELAND_FINDINGS if name.startswith("zeeland") else _findings(_dossier(read, "twente-word")))
    got = _rows_in_any_case(_findings(_dossier(read, name)))
    if name in NILS_AS_ZERO:
        expected = {f for f in expected if f[0] != "RD104"}
        got = {f for f in got if 0 not in (f[4], f[5])}
    if name in CONTENTS_OF_THE_SLIDES:
        got = {f for f in got if f[0] != "RD301"}
    if name in DERIVED_COLUMNS:
        got = {f for f in got if f[3] != DERIVED_COLUMNS[name]}
    if name in WITH_SCANS:
        assert ("RD002", None, None, None, None, None) in got
        got = {f for f in got if f[0] != "RD002"}
    if name in COARSER:
        assert got < expected
        return
    assert got == expected


@pytest.mark.parametrize("name", _expected_to_fail(TITLE_MISSES))
def test_every_project_is_found_by_title(name, read):
    missing = [p for p in score(name, _dossier(read, name)).problems if p.endswith("not found")]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("name", _expected_to_fail(PAGE_MISSES))
def test_every_project_has_its_page_range(name, read):
    scored = score(name, _dossier(read, name))
    assert scored.projects_right == scored.projects_expected, "\n".join(scored.problems)


@pytest.mark.parametrize("name", _expected_to_fail(CELL_MISSES))
def test_every_cell_is_read(name, read):
    scored = score(name, _dossier(read, name))
    assert scored.cells_right == scored.cells_expected, "\n".join(scored.problems[:40])


# Fields the reading still gets wrong, with the reason; strict, so that a fix shows here.
FIELD_MISSES = {
    "zeeland-annual": _ANNUAL,
    "zeeland-night": _NIGHT,
    "twente-pullquote": _PULLQUOTE, "zeeland-pullquote": _PULLQUOTE,
    "twente-cards": _CARDS,
    "twente-triple": _TRIPLE, "zeeland-excelsheet": _EXCELSHEET,
    "twente-databars": _DATABARS, "twente-charts": _CHARTS,
    "twente-patchwork": _PATCHWORK, "twente-halves": _HALVES,
    "twente-slanted": _SLANTED,
    "twente-bulletbudget": _BULLETBUDGET, "zeeland-bulletbudget": _BULLETBUDGET, "twente-ocrnoise": _OCRNOISE,
    "twente-brokennum": _BROKENNUM, "twente-centred": _CENTRED,
    "zeeland-centred": _CENTRED,
    "twente-justified": _JUSTIFIED, "twente-pivot": _PIVOT,
    "twente-latex": _LATEX, "zeeland-latex": _LATEX,
    "twente-abiword": _ABIWORD, "twente-groff": _GROFF, "zeeland-groff": _GROFF, "twente-context": _CONTEXT,
    "twente-typst": _TYPST, "twente-asciidoc": _ASCIIDOC, "twente-beamer": _LATEX, "zeeland-beamer": _LATEX,
    "twente-koma": _KOMA, "twente-lohtml": _LOHTML, "zeeland-lohtml": _LOHTML,
    "twente-pandoc": _PANDOC, "zeeland-pandoc": _PANDOC, "zeeland-rinoh": _RINOH,
    "twente-xelatex": _XELATEX, "twente-sphinx": _SPHINX,
    "twente-pandocdocx": _PANDOCDOCX, "zeeland-pandocdocx": _PANDOCDOCX, "twente-docbook": _DOCBOOK,
    "zeeland-docbook": _DOCBOOK, "twente-mom": _MOM, "twente-govtable": _GOVTABLE, "zeeland-govtable": _GOVTABLE,
    "twente-marginalia": _MARGINALIA,
    "zeeland-marginalia": _MARGINALIA, "twente-wordforms": _WORDFORMS, "twente-thousands": _THOUSANDS,
    "twente-printheadings": _PRINTHEADINGS, "zeeland-printheadings": _PRINTHEADINGS,
    "zeeland-twocolnarrow": _TWOCOLNARROW,
    **TITLE_MISSES, **_COMPARED, "twente-wiki": _WIKI, "zeeland-wiki": _WIKI, "twente-edgetitles": _EDGETITLES,
    "twente-toplabels": _TOPLABELS, **_NEW_TABLES, "twente-combfields": _COMBFIELDS, "twente-mailmerge": _MAILMERGE,
    "twente-merged": _MERGED, "zeeland-merged": _MERGED, "twente-notespages": _NOTESPAGES,
    "zeeland-notespages": _NOTESPAGES, "twente-canvas": _CANVAS, "zeeland-canvas": _CANVAS,
    "twente-handout6": _HANDOUT6, "twente-titleinrow": _TITLEINROW, "zeeland-datatables": _DATATABLES_RULED,
    **_READ_WRONG,
    **{f"{d}-{house}": reason for d in ("twente", "zeeland")
       for house, reason in (("deed", _DEED), ("journal2col", _JOURNAL2COL), ("linkurls", _LINKURLS))},
    "twente-stickyheader": _STICKYHEADER,
    "twente-excelprint": _EXCELPRINT, **{f"{d}-articles": _ARTICLES for d in ("twente", "zeeland")},
    **{f"{d}-checkboxes": _CHECKBOXES for d in ("twente", "zeeland")}, "zeeland-fieldmatrix": _FIELDMATRIX_ROWS,
}


@pytest.mark.parametrize("name", _expected_to_fail(FIELD_MISSES))
def test_every_field_with_its_whole_text(name, read):
    scored = score(name, _dossier(read, name))
    assert scored.fields_right == scored.fields_expected, "\n".join(scored.field_problems)


def test_any_run_of_pages_of_a_rendering_is_read():
    """A page range may start inside a project and inside a ruled table (regio extract --pages):
    the first field then has no label, and the reading must go on from there."""
    from regio.extract import extract

    for first in range(2, 9):
        dossier = extract(ZOO / "twente-consultancy.pdf", pages=range(first, first + 4), cross_check="none")
        assert dossier.projects


def test_a_long_forms_total_wrapped_over_four_lines_keeps_its_table_whole():
    """A budget in long form whose cost line's total wraps its label over four lines, a rule
    under it (zeeland-pivot, Proeftuin Zilte Teelt): one table still, not two."""
    import pypdfium2 as pdfium

    from regio.extract.finder import find_tables
    from regio.extract.pdfium_layout import read_page

    document = pdfium.PdfDocument(ZOO / "zeeland-pivot.pdf")
    try:
        (found,) = find_tables(read_page(document[4], 5))
    finally:
        document.close()
    assert [ln.text for ln in found.header] == ["Kostenpost Financier Bedrag Opmerking"]
    assert found.body[-1].text.startswith("Totaal Totaal")
