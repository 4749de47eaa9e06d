"""A sentence in every language the reports speak, with {named} places for a finding's data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class Text:
    en: str
    nl: str

    def render(self, lang: str, params: Mapping[str, str]) -> str:
        return (self.nl if lang == "nl" else self.en).format_map(params)


# The rules' titles in Dutch, by code; the English titles are the rules' own (``Rule.title``).
TITLES_NL: dict[str, str] = {
    "RD001": "Geen investeringstabel gevonden",
    "RD002": "Een deel van het dossier kon niet worden gelezen",
    "RD301": "De inhoudsopgave verwijst naar de verkeerde pagina",
    "RD101": "Een regel telt niet op tot het totaal",
    "RD102": "Een kolom telt niet op tot het totaal",
    "RD103": "Het eindtotaal klopt niet met de regels of de kolommen",
    "RD104": "Een totaal ontbreekt terwijl de delen er wel staan",
    "RD105": "De tabel heeft geen totaal",
    "RD106": "Een kolom aandelen telt niet op tot het totaal",
    "RD201": "De tekst noemt een bedrag uit de tabel anders",
    "RD202": "De tekst noemt een bedrag zonder getal",
    "RD203": "Aandelen van één geheel tellen niet op tot 100%",
    "RD204": "Bedrag per eenheid maal aantal klopt niet met de uitkomst",
    "RD205": "De opgesomde delen tellen niet op tot het genoemde geheel",
    "RD206": "Een percentage van een geheel geeft niet het genoemde bedrag",
}

# What each note of the reading (ExtractionWarning.code) is about, in a few words.
NOTE_KINDS: dict[str, Text] = {
    "page-unreadable": Text("page could not be read", "pagina onleesbaar"),
    "page-without-text": Text("page without text", "pagina zonder tekst"),
    "table-unreadable": Text("table could not be read", "tabel onleesbaar"),
    "table-without-rows": Text("table without rows", "tabel zonder regels"),
    "project-without-table": Text("project without a table", "project zonder tabel"),
    "no-project-heading": Text("no project heading", "geen projectkop"),
    "toc-entry-not-found": Text("contents entry not found", "regel uit de inhoudsopgave niet gevonden"),
    "unlabelled-columns": Text("columns without labels", "kolommen zonder kop"),
    "subheader-in-row": Text("column label in a row", "kolomkop in een regel"),
    "cross-check": Text("second reading differs", "tweede lezing wijkt af"),
    "cross-check-failed": Text("second reading failed", "tweede lezing mislukt"),
}

# The notes of the reading, by code: the English sentence as the reading writes it, whose
# {named} places hold the document's own words, and the same in Dutch. A note that none
# matches is told by its kind (NOTE_KINDS) and its English sentence.
NOTES: dict[str, tuple[Text, ...]] = {
    "page-unreadable": (Text("page could not be read ({reason})", "pagina kon niet worden gelezen ({reason})"),),
    "page-without-text": (Text("page has no text layer (scanned image?)", "pagina heeft geen tekstlaag (een scan?)"),),
    "table-unreadable": (
        Text("table in field '{field}' could not be read ({reason})",
             "tabel in veld '{field}' kon niet worden gelezen ({reason})"),
        Text("table '{table}' could not be read ({reason})", "tabel '{table}' kon niet worden gelezen ({reason})"),
        Text("table at {box} could not be read ({reason})", "tabel op {box} kon niet worden gelezen ({reason})")),
    "table-without-rows": (Text("table '{table}' has a header but no rows", "tabel '{table}' heeft een kop maar geen regels"),),
    "project-without-table": (Text("no investment table found", "geen investeringstabel gevonden"),),
    "no-project-heading": (
        Text("content starts on page {page} without a project heading that could be recognised; read as project "
             "'{project}'",
             "de inhoud begint op pagina {page} zonder herkenbare projectkop; gelezen als project '{project}'"),),
    "toc-entry-not-found": (
        Text("contents entry '{entry}' (page {page}): no heading with this text was found near that page, so it is not "
             "read as a project of its own",
             "regel '{entry}' uit de inhoudsopgave (pagina {page}): bij die pagina staat geen kop met deze tekst, dus "
             "is die niet als apart project gelezen"),),
    "unlabelled-columns": (
        Text("table '{table}': the columns under '{group}' have no labels of their own; named {keys}",
             "tabel '{table}': de kolommen onder '{group}' hebben geen eigen kop; ze heten hier {keys}"),),
    "subheader-in-row": (
        Text("table '{table}': '{cell}' stands in row '{row}' where a value belongs; read as the label of column "
             "{old} (now {new})",
             "tabel '{table}': '{cell}' staat in regel '{row}' waar een bedrag hoort; gelezen als kop van kolom "
             "{old} (nu {new})"),),
    "cross-check": (
        Text("table '{table}', row '{row}', column {column}: read as '{ours}', but {route} reads '{theirs}' there",
             "tabel '{table}', regel '{row}', kolom {column}: gelezen als '{ours}', maar {route} leest daar "
             "'{theirs}'"),),
    "cross-check-failed": (Text("the {route} cross-check could not run ({reason})",
                                "de tweede lezing met {route} kon niet draaien ({reason})"),),
}
