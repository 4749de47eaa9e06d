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
    "RD107": "Een bedrag staat nog niet vast (p.m.)",
    "RD108": "De dekking dekt de kosten niet",
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
    "page-text-undecodable": Text("page text undecodable", "paginatekst onleesbaar"),
    "table-unreadable": Text("table could not be read", "tabel onleesbaar"),
    "table-without-rows": Text("table without rows", "tabel zonder regels"),
    "project-without-table": Text("project without a table", "project zonder tabel"),
    "no-project-heading": Text("no project heading", "geen projectkop"),
    "heading-not-text": Text("project headings are no text", "projectkoppen zijn geen tekst"),
    "struck-through": Text("text struck through", "doorgehaalde tekst"),
    "markup-balloons": Text("comments beside the text", "opmerkingen naast de tekst"),
    "toc-entry-not-found": Text("contents entry not found", "regel uit de inhoudsopgave niet gevonden"),
    "unlabelled-columns": Text("columns without labels", "kolommen zonder kop"),
    "subheader-in-row": Text("column label in a row", "kolomkop in een regel"),
    "cross-check": Text("second reading differs", "tweede lezing wijkt af"),
    "cross-check-failed": Text("second reading failed", "tweede lezing mislukt"),
    "number-out-of-range": Text("number too long to be an amount", "getal te lang voor een bedrag"),
    "misread-figures": Text("amount with other characters than figures", "bedrag met andere tekens dan cijfers"),
}

# The notes of the reading, by code: the English sentence as the reading writes it, whose
# {named} places hold the document's own words, and the same in Dutch. A note that none
# matches is told by its kind (NOTE_KINDS) and its English sentence.
NOTES: dict[str, tuple[Text, ...]] = {
    "number-out-of-range": (
        Text("{where}: '{number}' has more digits than any amount; it is read as text",
             "{where}: '{number}' heeft meer cijfers dan welk bedrag ook; gelezen als tekst"),),
    "misread-figures": (
        Text("table '{table}', row '{row}', column '{column}': '{raw}' is read as {read}, the text layer giving other "
             "characters than figures (an OCR misreading?)",
             "tabel '{table}', regel '{row}', kolom '{column}': '{raw}' is gelezen als {read}; de tekstlaag geeft er "
             "andere tekens dan cijfers (een OCR-leesfout?)"),),
    "page-unreadable": (Text("page could not be read ({reason})", "pagina kon niet worden gelezen ({reason})"),),
    "page-without-text": (Text("page has no text layer (scanned image?)", "pagina heeft geen tekstlaag (een scan?)"),),
    "page-text-undecodable": (
        Text("the page's text layer does not decode to text (its fonts map their glyphs to no characters): run OCR on it",
             "de tekstlaag van de pagina geeft geen leesbare tekst (de lettertypen koppelen hun tekens aan geen letters): "
             "laat er OCR op los"),),
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
    "heading-not-text": (
        Text("the project headings on page(s) {pages} are no text (drawn as outlines or set in a picture): each project "
             "is named after its contents entry and starts at its first field label",
             "de projectkoppen op pagina('s) {pages} zijn geen tekst (als vormen getekend of in een afbeelding gezet): "
             "elk project heet naar zijn regel in de inhoudsopgave en begint bij zijn eerste veldlabel"),),
    "struck-through": (
        Text("{count} word(s) struck through (a draft printed with its tracked changes?) are left out: '{words}'",
             "{count} doorgehaalde woord(en) (een concept met zichtbare wijzigingen?) zijn weggelaten: '{words}'"),),
    "markup-balloons": (
        Text("{count} comment(s) or tracked change(s) in balloons beside the text (a document printed with its markup) "
             "are left out: '{first}'",
             "{count} opmerking(en) of wijziging(en) in ballonnen naast de tekst (een document afgedrukt met zijn "
             "markeringen) zijn weggelaten: '{first}'"),),
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

# What each rule checks and what to do about its findings, in Dutch, by code; the English
# texts are the rules' own (``Rule.description`` and ``Rule.help``).
DESCRIPTIONS_NL: dict[str, str] = {
    "RD001": "Een Regio Deal-voorstel vermeldt zijn investeringen in tabellen met de kolommen Totaal, Privaat, ..., "
             "Rijk; er is er geen gevonden.",
    "RD002": "Een pagina of tabel kon niet worden gelezen, dus de controles van dat deel ontbreken.",
    "RD101": "Het Totaal van elke regel moet gelijk zijn aan de som van de cellen van de financieringsbronnen.",
    "RD102": "De Totaal-regel moet in elke kolom van een financieringsbron gelijk zijn aan de som van de regels.",
    "RD103": "Het eindtotaal (Totaal-regel × Totaal-kolom) moet gelijk zijn aan zowel de som van de totalen van de "
             "regels als de som van de financieringsbronnen in de Totaal-regel.",
    "RD104": "De controles van regels, kolommen en eindtotaal vinden een totaal dat als '-' is geschreven of leeg is "
             "gelaten, terwijl de bedragen die het moet optellen samen meer dan nul zijn.",
    "RD105": "Een tabel met meerdere regels hoort zijn totalen te vermelden, zodat een lezer ze kan nakijken.",
    "RD106": "Een kolom percentages met een totaal (meestal 100%) moet daartoe optellen, binnen de afronding waarmee "
             "de aandelen zijn geschreven (33,3% staat voor 33,25% tot 33,35%).",
    "RD107": "Een cel met 'p.m.' (pro memorie) noemt een kostenpost of bijdrage zonder bedrag, dus de sommen van "
             "regel en kolom waarin hij meetelt, zijn niet te controleren.",
    "RD108": "Een begroting getekend als de kosten en daarna de dekking ervan (\"begroting en dekkingsplan\") moet in "
             "beide delen hetzelfde totaal geven.",
    "RD201": "Een bedrag in de tekst dat de omvang van het project of de bijdrage van het Rijk noemt, moet "
             "overeenkomen met de tabel.",
    "RD202": "Een zin als \"een omvang van miljoen euro\" is zijn getal kwijt.",
    "RD203": "Percentages die samen de delen van één geheel noemen (\"Personeelslasten 65%, ... 15% ... 20%\") moeten "
             "optellen tot 100%.",
    "RD204": "\"€ 75.000 per broedplaats = € 750.000\" voor 10 broedplaatsen, of een kolom per jaar maal het aantal "
             "jaren, moet uitkomen.",
    "RD205": "Een opsomming van kosten per onderdeel (\"Kosten per onderdeel: ...\") moet optellen tot het totaal van "
             "het project.",
    "RD206": "\"15% van de regionale middelen, totaal € 14,1 miljoen\" moet kloppen: 15% van het regionale deel is het "
             "bedrag.",
    "RD301": "De pagina van elk project in de inhoudsopgave moet de pagina zijn waar het project begint.",
}

HELP_NL: dict[str, str] = {
    "RD001": "Ga na of het bestand het voorstel is (geen begeleidende brief) en of de tabellen tekst zijn, geen "
             "afbeeldingen.",
    "RD002": "Bekijk de genoemde pagina; de bevindingen van deze controle dekken haar niet.",
    "RD101": "Vergelijk het Totaal van de regel met de som van de andere cellen, rekening houdend met de precisie "
             "waarmee de bedragen zijn geschreven (6,33 mln. staat voor 6.325.000 tot 6.335.000).",
    "RD102": "Tel de cellen van de kolom op en vergelijk met de Totaal-regel, rekening houdend met de geschreven "
             "precisie.",
    "RD103": "Een eindtotaal dat de ene kant op klopt en de andere niet, wijst op een regel waarvan het totaal "
             "fout is of ontbreekt.",
    "RD104": "Vul het totaal in, of licht toe waarom het leeg is.",
    "RD105": "Voeg een Totaal-regel toe (en een Totaal-kolom bij een financieringstabel).",
    "RD106": "Bereken de aandelen opnieuw; zeg het in een noot waar de afronding ze optelt tot 99% of 101%.",
    "RD107": "Vraag naar het bedrag, of naar wanneer het bekend is; de sommen worden gecontroleerd zodra het vaststaat.",
    "RD108": "Vergelijk het totaal van de kosten met dat van de dekking; zoek de kostenpost of bijdrage die ontbreekt "
             "of niet klopt.",
    "RD201": "Vergelijk de zin met de Totaal-regel van de tabel; verbeter wat er fout is.",
    "RD202": "Vul het getal in; het bedrag uit de tabel dat de zin waarschijnlijk bedoelt, wordt gegeven.",
    "RD203": "Controleer de verdeling; aandelen in hele procenten kunnen elk een half procent afwijken.",
    "RD204": "Bereken het product opnieuw en verbeter het bedrag of het aantal.",
    "RD205": "Tel de genoemde delen op en vergelijk met het totaal; verbeter het deel of het totaal.",
    "RD206": "Bereken het percentage opnieuw uit de bedragen; verbeter het percentage, de basis of het bedrag.",
    "RD301": "Werk de inhoudsopgave bij.",
}

# The words of `regio check`'s text, concise and Markdown output and of `regio rule`, with
# {named} places for counts and amounts.
WORDS: dict[str, Text] = {
    "error": Text("error", "fout"),
    "warning": Text("warning", "waarschuwing"),
    "info": Text("info", "info"),
    "page": Text("page {page}", "pagina {page}"),
    "p.": Text("p. {page}", "p. {page}"),
    "stated": Text("stated", "vermeld"),
    "computed": Text("computed", "berekend"),
    "difference": Text("difference", "verschil"),
    "cause": Text("likely cause:", "waarschijnlijke oorzaak:"),
    "todo": Text("what to do:", "wat te doen:"),
    "footnote": Text("footnote:", "voetnoot:"),
    "where": Text("where:", "waar:"),
    "file": Text("file {name}", "bestand {name}"),
    "project": Text("project {name}", "project {name}"),
    "table": Text("table {name}", "tabel {name}"),
    "row": Text("row {name}", "regel {name}"),
    "column": Text("column {name}", "kolom {name}"),
    "counts": Text("{files} file(s), {projects} projects, {tables} tables: ",
                   "{files} bestand(en), {projects} projecten, {tables} tabellen: "),
    "errors": Text("{n} error(s)", "{n} fout(en)"),
    "warnings": Text("{n} warning(s)", "{n} waarschuwing(en)"),
    "within": Text("{n} within rounding", "{n} binnen de afronding"),
    "hidden": Text(" (hidden; --show-info lists them)", " (verborgen; --show-info toont ze)"),
    "baselined": Text("{n} accepted by the baseline", "{n} geaccepteerd door de baseline"),
    "money": Text("investments {total}; asked of the Rijk {rijk}; by source: {sources}",
                  "investeringen {total}; gevraagd van het Rijk {rijk}; per bron: {sources}"),
    "invested": Text("Investments {total}; asked of the Rijk {rijk}.",
                     "Investeringen {total}; gevraagd van het Rijk {rijk}."),
    "prose": Text("prose: {found} amounts found, {linked} linked to a table figure",
                  "tekst: {found} bedragen gevonden, {linked} gekoppeld aan een bedrag in een tabel"),
    "files": Text("files:", "bestanden:"),
    "not_read": Text("not read: {reason}", "niet gelezen: {reason}"),
    "file_counts": Text("{projects} projects, ", "{projects} projecten, "),
    "check_title": Text("regio check", "regio-controle"),
    "what": Text("what", "wat"),
    "code": Text("code", "code"),
    "where_col": Text("where", "waar"),
    "cause_md": Text("Likely cause:", "Waarschijnlijke oorzaak:"),
    "scope_table": Text("every table", "elke tabel"),
    "scope_project": Text("every project", "elk project"),
    "scope_dossier": Text("the dossier as a whole", "het dossier als geheel"),
    "severity": Text("severity", "ernst"),
    "scope": Text("checks", "controleert"),
    "name": Text("name", "naam"),
    "title": Text("title", "titel"),
    "checks": Text("What it checks", "Wat wordt gecontroleerd"),
    "do": Text("What to do", "Wat te doen"),
    "more": Text("More", "Meer"),
    "rules_title": Text("Rules", "Regels"),
    "rules_intro": Text(
        "Every check of `regio check` is a rule with a stable code: a baseline or a code-scanning alert refers to "
        "it. Choose rules with `--select` and `--ignore` by code, by prefix (`RD1`) or by name (`row-sum`); "
        "`regio rule CODE` explains one on the command line (`--lang nl` in Dutch). This page is what `regio rule "
        "--format markdown` writes.",
        "Elke controle van `regio check` is een regel met een vaste code: een baseline of een melding van code "
        "scanning verwijst ernaar. Kies regels met `--select` en `--ignore`, op code, op begin van de code (`RD1`) of "
        "op naam (`row-sum`); `regio rule CODE` legt er één uit op de opdrachtregel. Deze pagina is wat `regio rule "
        "--format markdown --lang nl` schrijft."),
}


def term(key: str, lang: str, **values: object) -> str:
    """One of the WORDS in ``lang``, its places filled."""
    return WORDS[key].render(lang, {k: str(v) for k, v in values.items()})
