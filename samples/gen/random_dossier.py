"""A random dossier in the transcription format (samples/README.md, "Source format"), to
render in the zoo's house styles as the hand transcriptions are.

    python -m samples.gen.random_dossier SEED OUTDIR

writes OUTDIR/dossier.json, OUTDIR/projects/NN-<title>.json and OUTDIR/cells.csv: every
table cell listed as tests/golden/<dossier>_cells.csv lists them (project, table,
table_label, row, row_label, column, raw, value, kind, marks), derived from the generated
source itself. A house that looks up a dossier's cell list finds cells.csv beside
dossier.json (zoo_common.cell_list).

Each dossier draws what the two transcriptions vary in: Twente's or Zeeland's field
labels and their variants, a field left out, added or swapped, lists, note marks,
amounts in the prose; tables of two to six sources with the public ones grouped under
"Publiek" or not, the total column first or last or none, a Totaal row or none, a table
of the total alone, amounts written with thousands dots, with "€ ", in millions or
mixed, nils as "-", "0" or an empty cell, starred cells with their notes, a table
inside a field, a second table, a table broken over pages.

A seed gives the same dossier on every machine: one random.Random(seed) draws
everything, in an order fixed by the code, and nothing else (no time, no set order)
goes in. The order and number of the draws are therefore part of the output: a change
to them gives every seed another dossier, and moves the scores tests/test_zoo_random.py
measured on its seeds. That is why, where a list of wordings each draws its own parts,
every wording is drawn before one of them is chosen.

Amounts are whole euros, held as int; an amount in millions ("2,5 mln.") is read back
with Decimal.
"""

from __future__ import annotations

import csv
import json
import random
import re
import shutil
import sys
from decimal import Decimal
from pathlib import Path

# --- prose ------------------------------------------------------------------

SUBJECTS = ["De regio", "Het consortium", "De provincie", "Het programma", "De samenwerking",
            "Het onderwijs", "De maakindustrie", "Het mkb", "De gemeente", "Het netwerk",
            "Elke kennisinstelling", "Het project", "Iedere werkgever", "Deze aanpak", "Het innovatiecentrum"]
VERBS = ["versterkt", "ontwikkelt", "stimuleert", "ondersteunt", "verbindt", "richt zich op",
         "investeert in", "vergroot", "verbetert", "versnelt", "organiseert", "bundelt"]
OBJECTS = ["de arbeidsmarkt in de regio", "innovatieve oplossingen voor de zorg",
           "de kennisinfrastructuur van Oost-Nederland", "nieuwe leerwerktrajecten",
           "de bereikbaarheid van de werklocaties", "circulaire productieketens",
           "de samenwerking tussen onderwijs en bedrijfsleven", "talentvolle jongeren",
           "duurzame energieoplossingen", "de brede welvaart", "proeftuinen voor nieuwe technologie",
           "de leefbaarheid van kleine kernen", "digitale vaardigheden van werkenden",
           "startende ondernemers", "de vitaliteit van binnensteden", "het vestigingsklimaat"]
# Most sentences end at their object.
ENDINGS = ["", "", "", " in de komende drie jaar", " met regionale partners", " door gerichte investeringen",
           " op basis van de behoefte van bedrijven", " in nauwe afstemming met het Rijk",
           ", zodat de regio sterker wordt", " en draagt zo bij aan de opgave"]
STOCK_SENTENCES = ["Daarbij wordt nadrukkelijk samengewerkt met de Universiteit Twente en Saxion.",
                 "Er ontstaan telkens nieuwe uitdagingen, bijvoorbeeld op het gebied van digitalisering.",
                 "Werkgevers geven aan dat het werven van personeel steeds moeilijker wordt.",
                 "De resultaten worden jaarlijks gemonitord en gedeeld met andere regio's.",
                 "Hiermee wordt een structurele verbetering van de regionale economie beoogd.",
                 "Het gebied is sterk afhankelijk van een beperkt aantal grote werkgevers.",
                 "Dit vraagt om een gezamenlijke inspanning van overheden, bedrijven en onderwijs."]
PARTIES = ["Universiteit Twente", "Saxion", "ROC van Twente", "Scalda", "HZ University of Applied Sciences",
           "provincie Overijssel", "provincie Zeeland", "gemeente Enschede", "gemeente Hengelo",
           "gemeente Terneuzen", "Oost NL", "Impuls Zeeland", "Novel-T", "VNO-NCW", "Kennispark Twente",
           "North Sea Port", "Rijkswaterstaat", "Dow Benelux", "Thales", "Werkplein Zeeland", "MKB Nederland"]
COUNTED_NOUNS = ["bedrijven", "studenten", "werkenden", "projecten", "pilots"]
COUNT_PHRASES = ["betrokken bij het programma", "per jaar bereikt", "in een leerroute", "opgestart in de regio"]
OUTCOMES = ["versterkt", "uitgebreid", "in gebruik genomen"]
FACILITIES = ["openbaar dashboard", "regionaal loket", "fieldlab", "netwerkorganisatie"]
NAME_PREFIXES = ["", "Programma ", "Project "]


def with_thousand_dots(euros: int) -> str:
    return f"{euros:,}".replace(",", ".")


def prose_amount(rng: random.Random) -> str:
    """An amount as the prose writes it, in one of four manners."""
    manner = rng.randrange(4)
    if manner == 0:
        return f"€ {rng.choice(['1', '2,5', '3,2', '6', '0,75', '12'])} mln."
    if manner == 1:
        return f"{with_thousand_dots(rng.choice([250, 1200, 750, 4800, 2000]) * 1000)} euro"
    if manner == 2:
        return f"€ {with_thousand_dots(rng.choice([50, 150, 400, 1250]) * 1000)}"
    return f"€{rng.choice(['4', '6', '1,8'])} mln."


def plain_sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(ENDINGS)}."


def money_sentence(rng: random.Random) -> str:
    # Every wording draws its amount before one is chosen (see the module's note on draws).
    wordings = [f"De totale projectomvang bedraagt {prose_amount(rng)}",
                f"Aan het Rijk wordt gevraagd {prose_amount(rng)} bij te dragen",
                f"De regio draagt {prose_amount(rng)} bij aan het programma",
                f"Het bedrijfsleven investeert naar verwachting circa {prose_amount(rng)}"]
    text = rng.choice(wordings)
    return text if text.endswith(".") else text + "."  # "mln." ends the sentence too


def paragraph(rng: random.Random, sentences: int, money_share: float = 0.0) -> str:
    out = []
    for _ in range(sentences):
        if rng.random() < money_share:
            out.append(money_sentence(rng))
        elif rng.random() < 0.25:
            out.append(rng.choice(STOCK_SENTENCES))
        else:
            out.append(plain_sentence(rng))
    return " ".join(out)


def list_item(rng: random.Random) -> str:
    # Every wording is drawn before one is chosen (see the module's note on draws).
    wordings = [f"{rng.randint(2, 40)} {rng.choice(COUNTED_NOUNS)} {rng.choice(COUNT_PHRASES)};",
                f"{rng.choice(OBJECTS)} {rng.choice(OUTCOMES)};",
                f"een {rng.choice(FACILITIES)} voor {rng.choice(OBJECTS)}."]
    return rng.choice(wordings)


def list_items(rng: random.Random, count: int) -> list[str]:
    """List items, each its own paragraph with the marker the source shows."""
    marker = rng.choice(["•", "•", "-", "numbered"])
    items = []
    for number in range(1, count + 1):
        text = list_item(rng)
        items.append(f"{number}. {text}" if marker == "numbered" else f"{marker} {text}")
    return items


def field_paragraphs(rng: random.Random, kind: str) -> list[str]:
    """The paragraphs of a field of `kind`: a project's name, its parties, the money it
    takes (prose full of amounts), or plain text with the odd list."""
    if kind == "name":
        return [rng.choice(NAME_PREFIXES) + rng.choice(OBJECTS).capitalize()]
    if kind == "parties":
        return [", ".join(rng.sample(PARTIES, rng.randint(2, 8))) + "."]
    if kind == "money":
        return [paragraph(rng, rng.randint(1, 3), money_share=0.6) for _ in range(rng.choice([1, 1, 2, 3]))]
    paragraphs = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        if rng.random() < 0.2:
            paragraphs.append(paragraph(rng, 1))  # the sentence that leads in to the list
            paragraphs.extend(list_items(rng, rng.randint(2, 5)))
        else:
            paragraphs.append(paragraph(rng, rng.choice([1, 2, 3, 4, 6]), money_share=0.05))
    return paragraphs


# --- tables -----------------------------------------------------------------

# Each source's header labels; a label listed twice is drawn twice as often.
COLUMN_LABELS = {
    "totaal": ["Totaal", "Totaal", "Totaal EUR", "Totaal (€)", "Totale kosten"],
    "privaat": ["Privaat", "Privaat", "Bedrijven", "Bedrijfsleven"],
    "onderwijs": ["Onderwijs", "Onderwijs", "Onderw.", "Kennisinstellingen"],
    "gemeente": ["Gemeente", "Gem.", "Gemeenten"],
    "provincie": ["Provincie", "Provincie", "Prov."],
    "overig_publiek": ["Overig publiek", "Overig Publiek", "Waterschap"],
    "rijk": ["Rijk", "Rijk", "Rijksbijdrage"],
}
PUBLIC_SOURCES = ("gemeente", "provincie", "overig_publiek")
COLUMN_ORDER = ["totaal", "privaat", "onderwijs", *PUBLIC_SOURCES, "rijk"]
PUBLIC_GROUP_LABELS = ["Publiek", "Publiek", "Publieke partijen"]
TABLE_LABELS = ["Opgaven/Investeringen", "Opgaven/ Investeringen", "Opgaven / Investeringen", "Investeringen",
                "Begroting", "Kostenpost", "Kosten en financiering", "Financieringsoverzicht", "Onderdeel"]
ROW_WORDS = ["Projecten", "Educatie", "Infrastructuur", "Programmamanagement", "Communicatie",
             "Onderzoek", "Kennisdeling", "Evaluatie", "Huisvesting", "Personeelskosten", "Apparatuur",
             "Opleidingen", "Pilots", "Fieldlab", "Monitoring"]
ROW_WORD_QUALIFIERS = ["fase 1", "fase 2", "mkb", "zorg", "techniek", "regio"]
ROW_PHRASES = ["Ontwikkeling en inrichting van het innovatiecentrum", "Operationeel/ management/ samenwerking",
               "Kennisontsluiting en -toepassing", "Pilot zorg en wonen in kleine kernen",
               "Mobiliteitshubs en deelvervoer", "Omscholing van werkenden", "Opzetten regionale leerwerkplaatsen",
               "Veldproeven op proefbedrijven", "Communicatie en evaluatie", "Dorpshuizen en ontmoetingsplekken",
               "Inrichting van een gezamenlijk fieldlab", "Begeleiding van startende ondernemers",
               "Loonkosten o.b.v. integraal uurtarief", "Monitoring en evaluatie van de verkeersstromen",
               "Onderzoek naar circulaire textielketens in Twente"]
ROW_PHRASE_ENDINGS = ["in de regio", "en de kanaalzone", "voor het mkb", "met partners"]
TOTAL_ROW_LABELS = ["Totaal", "Totaal", "Totaal", "TOTAAL", "Totaal kosten"]
TABLE_NOTES = ["Het bedrijfsleven investeert naar verwachting circa 7.500.000 euro in salaris en opleidingskosten.",
               "Bijdrage Rijk niet uit Regio Envelop.",
               "De bijdrage van de provincie is onder voorbehoud van besluitvorming door Provinciale Staten.",
               "Gemeenten investeren via het samenwerkingsverband Novel-T."]
# How a table writes its amounts ("mixed": each amount its own way); its nil ("" is an empty cell).
NOTATIONS = ["dotted", "dotted", "dotted", "millions", "euro", "mixed"]
NILS = ["-", "-", "-", "", "0"]
ROW_COUNTS = [1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 9]  # the Totaal row included


def in_millions(euros: int) -> str:
    whole, rest = divmod(euros, 1_000_000)
    text = str(whole)
    if rest:
        text += "," + f"{rest:06d}".rstrip("0")
    return f"{text} mln."


def written_amount(euros: int, notation: str, rng: random.Random, nil: str) -> str:
    if euros == 0:
        return nil
    if notation == "mixed":
        notation = rng.choice(["dotted", "millions", "euro"])
    # In millions only where two decimals say it exactly, and from "0,1 mln." up.
    if notation == "millions" and euros % 10_000 == 0 and euros >= 100_000:
        return in_millions(euros)
    if notation == "euro":
        return f"€ {with_thousand_dots(euros)}"
    return with_thousand_dots(euros)


def column_keys(rng: random.Random) -> list[str]:
    """The table's columns by source key, in the order printed."""
    keys = []
    if rng.random() < 0.85:
        keys.append("totaal")
    if rng.random() < 0.7:
        keys.append("privaat")
    if rng.random() < 0.55:
        keys.append("onderwijs")
    public = [k for k in PUBLIC_SOURCES if rng.random() < 0.6]
    if rng.random() < 0.15:
        public = []
    keys += public
    if rng.random() < 0.9:
        keys.append("rijk")
    sources = [k for k in keys if k != "totaal"]
    while len(sources) < 2:  # a table that splits its cost over one source only is no funding table
        key = rng.choice(["privaat", "onderwijs", "provincie", "rijk", "gemeente"])
        if key not in keys:
            keys.append(key)
            sources.append(key)
    keys.sort(key=COLUMN_ORDER.index)
    if "totaal" in keys and rng.random() < 0.12:  # the total last, as Zeeland has it
        keys.remove("totaal")
        keys.append("totaal")
    return keys


def header_lines(rng: random.Random, keys: list[str]) -> list[list[list]]:
    """The header: one line of labels, or two with the public sources under a group label
    (COLUMN_ORDER keeps them side by side)."""
    labels = {k: rng.choice(COLUMN_LABELS[k]) for k in keys}
    public = [k for k in keys if k in PUBLIC_SOURCES]
    if not public or rng.random() >= 0.55:
        return [[[labels[k], 1] for k in keys]]
    first, second = [], []
    for k in keys:
        if k in PUBLIC_SOURCES:
            if k == public[0]:
                first.append([rng.choice(PUBLIC_GROUP_LABELS), len(public)])
            second.append([labels[k], 1])
        else:
            first.append([labels[k], 1])
            second.append(["", 1])  # the label above spans both lines
    return [first, second]


def new_row_label(rng: random.Random, used: set[str]) -> str:
    """A cost line's label not yet in the table."""
    for _ in range(50):
        shape = rng.choice(["word", "word", "qualified word", "phrase", "phrase", "long phrase"])
        if shape == "word":
            label = rng.choice(ROW_WORDS)
        elif shape == "qualified word":
            label = f"{rng.choice(ROW_WORDS)} {rng.choice(ROW_WORD_QUALIFIERS)}"
        elif shape == "long phrase":
            label = f"{rng.choice(ROW_PHRASES)} {rng.choice(ROW_PHRASE_ENDINGS)}"
        else:
            label = rng.choice(ROW_PHRASES)
        if label not in used:
            used.add(label)
            return label
    label = f"Onderdeel {len(used)}"
    used.add(label)
    return label


def random_amount(rng: random.Random) -> int:
    unit = rng.choice([10_000, 25_000, 50_000, 100_000, 250_000, 1_000])
    return unit * rng.randint(1, 40)


def table_rows(rng: random.Random, sources: list[str], count: int, with_total: bool) -> list[tuple[str, dict[str, int]]]:
    """`count` rows of a table (label, each source's amount): cost lines, then their Totaal
    `with_total`; a Totaal alone (as Twente's small projects have it) where `count` is 1."""
    lines = count - 1 if with_total else count
    used: set[str] = set()
    rows = []
    for _ in range(lines):
        amounts = {k: (0 if rng.random() < 0.3 else random_amount(rng)) for k in sources}
        if all(v == 0 for v in amounts.values()):
            amounts[rng.choice(sources)] = random_amount(rng)
        rows.append((new_row_label(rng, used), amounts))
    if not with_total:
        return rows
    if rows:
        total = {k: sum(amounts[k] for _, amounts in rows) for k in sources}
    else:
        total = {k: (0 if rng.random() < 0.2 else random_amount(rng) * 4) for k in sources}
        if all(v == 0 for v in total.values()):
            total[sources[0]] = 2_000_000
    rows.append((rng.choice(TOTAL_ROW_LABELS), total))
    return rows


def star_cells(rng: random.Random, rows: list[list[str]]) -> list[str]:
    """Marks one cell, or two, with "*" (and "**") and returns the notes they point at."""
    notes = []
    for mark in ["*"] if rng.random() < 0.7 else ["*", "**"]:
        r = rng.randrange(len(rows))
        c = rng.randrange(1, len(rows[r]))
        if rows[r][c].endswith("*"):
            continue  # the cell "*" marks already: "***" would be neither mark
        rows[r][c] = (rows[r][c] or "-") + mark  # a mark needs something to follow: an empty cell shows the nil
        notes.append(f"{mark} {rng.choice(TABLE_NOTES)}")
    return notes


def random_table(rng: random.Random, nested: bool = False) -> tuple[dict, list[str]]:
    """A table in the source format and its columns' keys; `nested`: inside a field, where
    it cannot break over pages."""
    keys = column_keys(rng)
    header = header_lines(rng, keys)
    sources = [k for k in keys if k != "totaal"]
    count, with_total = rng.choice(ROW_COUNTS), rng.random() < 0.9
    notation, nil = rng.choice(NOTATIONS), rng.choice(NILS)
    rows = []
    for label, by_source in table_rows(rng, sources, count, with_total):
        amounts = dict(by_source, totaal=sum(by_source.values()))
        rows.append([label] + [written_amount(amounts[k], notation, rng, nil) for k in keys])
    notes = star_cells(rng, rows) if rng.random() < 0.2 else []
    table = {"label": rng.choice(TABLE_LABELS), "header": header, "rows": rows}
    if notes or rng.random() < 0.5:  # an empty list of notes, as a transcriber may leave it
        table["footnotes"] = notes
    if not nested and len(rows) >= 4 and rng.random() < 0.1:
        table["page_break_before_row"] = rng.randint(1, len(rows) - 1)
    return table, keys


def cell_record(raw: str) -> tuple[str, str, str]:
    """(value, kind, marks) of a cell as the golden cell lists give them."""
    found = re.search(r"\*+$", raw)
    marks = found.group(0) if found else ""
    text = raw[: len(raw) - len(marks)].strip()
    if text == "":
        return "", ("nil" if marks else "empty"), marks
    if text == "-":
        return "", "nil", marks
    text = text.removeprefix("€").strip()
    if text.endswith("mln."):
        return str(int(Decimal(text[:-4].strip().replace(",", ".")) * 1_000_000)), "amount", marks
    return str(int(text.replace(".", ""))), "amount", marks


def table_cells(title: str, index: int, table: dict, keys: list[str]) -> list[list]:
    """The rows of cells.csv for the project's table number `index`."""
    out = []
    for r, row in enumerate(table["rows"]):
        for key, raw in zip(keys, row[1:]):
            out.append([title, index, table["label"], r, row[0], key, raw, *cell_record(raw)])
    return out


# --- projects ---------------------------------------------------------------

# The fields of a project as each transcription has them; None: the investment table.
FIELD_PLANS = {
    "twente": [("name", "Naam Project"), ("parties", "Partijen"), ("text", "Opgave"),
               ("text", "Voorgestelde aanpak"), ("text", "Resultaten"), ("money", "Inzet en co-financiering"),
               ("table", None), ("text", "Structureel karakter")],
    "zeeland": [("name", "Projectnaam"), ("parties", "Betrokken partijen"), ("text", "Aanleiding"),
                ("text", "Aanpak"), ("text", "Beoogde resultaten"), ("money", "Financiering"),
                ("table", None), ("text", "Borging")],
}
LABEL_VARIANTS = {"Opgave": ["Probleemstelling", "Opgave en aanleiding"], "Resultaten": ["Verwachte resultaten"],
                  "Structureel karakter": ["Structureel karakter (Hoe verder zonder rijksbijdrage)",
                                           "Structurele borging"],
                  "Inzet en co-financiering": ["Inzet en cofinanciering", "Kosten en financiering"],
                  "Partijen": ["Samenwerkingspartners"], "Financiering": ["Financiële onderbouwing"],
                  "Aanleiding": ["Opgave"], "Borging": ["Structurele borging"]}
OPTIONAL_FIELDS = [("text", "Planning"), ("text", "Looptijd"), ("text", "Doelstelling"), ("text", "Governance")]
THEMES = ["Techniek als motor", "Arbeidsmarkt & Talent", "Leefbaarheid en vitaliteit", "Energietransitie",
          "Bereikbaarheid & Leefbaarheid", "Innovatie en economie", "Zorg en welzijn"]
TITLE_ADJECTIVES = ["Advanced", "Slimme", "Circulaire", "Vitale", "Zilte", "Digitale", "Groene", "Regionale", "Sterke"]
TITLE_NOUNS = ["Maakindustrie", "Mobiliteit", "Kernen", "Teelt", "Transformatie", "Campus", "Werkplaats",
               "Talentontwikkeling", "Havens", "Energie", "Zorg", "Broedplaatsen"]
TITLE_ENDINGS = ["", "", " Twente", " Zeeland", " Kanaalzone", " Oost", " 2.0", " voor het mkb", " en Innovatie"]
NOTE_MARKS = ["¹", "²", "³"]
# The label of the field some projects set between their two tables.
BETWEEN_TABLES = "Planning"


def field_plan(rng: random.Random, plan: str) -> list[tuple[str, str | None]]:
    """The project's fields (kind, label) in order: the transcription's plan with the odd
    label in a variant, the odd field left out, one added, or two neighbours swapped."""
    fields = []
    for kind, label in FIELD_PLANS[plan]:
        if label in LABEL_VARIANTS and rng.random() < 0.12:
            label = rng.choice(LABEL_VARIANTS[label])
        if kind in ("text", "parties") and rng.random() < 0.1:
            continue
        fields.append((kind, label))
    if rng.random() < 0.2:
        extra = rng.choice(OPTIONAL_FIELDS)
        if extra[1] not in [label for _, label in fields]:
            # After the first fields and before the last two; a plan left with three or four
            # fields has no room there, and takes it after the name.
            last = len(fields) - 2
            fields.insert(rng.randint(min(3, last), last), extra)
    if rng.random() < 0.1:
        texts = [i for i, (kind, _) in enumerate(fields) if kind == "text"]
        if len(texts) >= 2:
            i = rng.choice(texts[:-1])
            j = texts[texts.index(i) + 1]
            fields[i], fields[j] = fields[j], fields[i]
    return fields


class _Project:
    """A project's rows, notes and table cells as they are drawn."""

    def __init__(self, title: str):
        self.title = title
        self.rows: list[dict] = []
        self.notes: list[dict] = []
        self.cells: list[list] = []
        self.tables = 0

    def add_cells(self, table: dict, keys: list[str]) -> None:
        """Lists the table's cells under the next table number: tables are drawn in
        document order, nested ones where they stand, as the golden lists number them."""
        self.cells += table_cells(self.title, self.tables, table, keys)
        self.tables += 1

    def field(self, label: str, content: list, note: dict | None = None) -> None:
        # A label the project has already (the Planning between two tables where a Planning
        # field was added): the field is left out, its note with it, as a project names each
        # field once.
        if any(row.get("label") == label for row in self.rows):
            return
        self.rows.append({"label": label, "content": content})
        if note:
            self.notes.append(note)


def investment_tables(rng: random.Random, project: _Project) -> None:
    count = 2 if rng.random() < 0.12 else 1
    for k in range(count):
        table, keys = random_table(rng)
        project.rows.append({"table": table})
        project.add_cells(table, keys)
        if k == 0 and count == 2 and rng.random() < 0.5:
            project.field(BETWEEN_TABLES, field_paragraphs(rng, "text"))


def random_project(rng: random.Random, theme: str, title: str, plan: str) -> tuple[dict, list[list]]:
    """The project in the source format and its rows of cells.csv."""
    fields = field_plan(rng, plan)
    with_table = rng.random() >= 0.08  # the odd project has no investment table
    project = _Project(title)
    for kind, label in fields:
        if kind == "table":
            if with_table:
                investment_tables(rng, project)
            continue
        content: list[str | dict] = list(field_paragraphs(rng, kind))
        if kind == "money" and rng.random() < 0.2:
            table, keys = random_table(rng, nested=True)
            at = rng.randint(0, len(content))
            content.insert(at, {"table": table})
            project.add_cells(table, keys)
        note = None
        if kind == "text" and rng.random() < 0.06 and len(project.notes) < 3:
            mark = NOTE_MARKS[len(project.notes)]
            content[0] += mark  # a text field opens with a paragraph
            note = {"mark": mark, "text": [paragraph(rng, rng.randint(1, 2))]}
        project.field(label, content, note)
    source = {"theme": theme, "title": title, "rows": project.rows, "notes": project.notes}
    return source, project.cells


# --- the dossier ------------------------------------------------------------

# A house names the dossier after its folder ("Regio Deal Twente" on a letterhead), so a
# generated dossier sits in a folder named after a region: region_name(seed).
REGIONS = ["Achterhoek", "Drenthe", "Parkstad", "Rivierenland", "Noordoost-Brabant", "Zuidoost-Drenthe",
           "Hart van Brabant", "Westerkwartier", "Noord-Limburg", "Foodvalley", "Midden-Groningen",
           "Friese Wouden", "Regio Zwolle", "Cleantech Regio", "Holland Rijnland", "Zaanstreek",
           "Kop van Noord-Holland", "Fryslan", "Flevoland", "Rotterdam-Zuid", "Oost-Achterhoek",
           "West-Brabant", "Noord-Veluwe", "Walcheren", "Betuwe", "Salland", "Peel", "Kempen",
           "Gooi en Vechtstreek", "Amstelland", "Duin- en Bollenstreek", "Alblasserwaard",
           "Hoeksche Waard", "Voorne-Putten", "Goeree-Overflakkee", "Noordoostpolder", "Veenkoloniën",
           "Oldambt", "Eemsdelta", "Liemers"]
CELLS_HEADER = ["project", "table", "table_label", "row", "row_label", "column", "raw", "value", "kind", "marks"]


def region_name(seed: int) -> str:
    return REGIONS[(seed - 1) % len(REGIONS)]


def _titles(rng: random.Random, count: int) -> list[str]:
    titles: list[str] = []
    while len(titles) < count:
        title = f"{rng.choice(TITLE_ADJECTIVES)} {rng.choice(TITLE_NOUNS)}{rng.choice(TITLE_ENDINGS)}"
        if title not in titles:
            titles.append(title)
    return titles


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")


def generate(seed: int, outdir: str | Path) -> Path:
    """Writes the dossier of `seed` into `outdir` (its projects/ replaced) and returns the
    path of its dossier.json."""
    rng = random.Random(seed)
    outdir = Path(outdir)
    if (outdir / "projects").is_dir():
        shutil.rmtree(outdir / "projects")  # a project file of an earlier dossier would linger
    (outdir / "projects").mkdir(parents=True)
    themes = rng.sample(THEMES, rng.randint(1, 3))
    count = rng.randint(1, 4)
    plan = rng.choice(sorted(FIELD_PLANS))
    titles = _titles(rng, count)
    # Projects grouped by theme, as a dossier's contents are.
    theme_numbers = sorted(rng.randrange(len(themes)) for _ in titles)
    files, toc, cells = [], [], []
    for i, (title, number) in enumerate(zip(titles, theme_numbers)):
        project, project_cells = random_project(rng, themes[number], title, plan)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        name = f"projects/{i + 1:02d}-{slug}.json"
        _write_json(outdir / name, project)
        files.append(name)
        toc.append({"text": f"{themes[number]} {title}", "page": 2 + 2 * i})  # the houses print their own
        cells += project_cells
    _write_json(outdir / "dossier.json", {"toc_heading": "Inhoud", "toc": toc, "projects": files})
    with open(outdir / "cells.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")  # as tests/golden/*_cells.csv
        writer.writerow(CELLS_HEADER)
        writer.writerows(cells)
    return outdir / "dossier.json"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or not args[0].isdigit():
        print("usage: python -m samples.gen.random_dossier SEED OUTDIR", file=sys.stderr)
        return 2
    print(generate(int(args[0]), args[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
