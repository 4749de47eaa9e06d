"""Words of the reports in English and Dutch.

Findings carry their numbers as data, so a report in another language writes its own
sentence from them instead of translating the English one.
"""

from __future__ import annotations

import re

from regio.validate.findings import Finding, euros

LABELS = {
    "en": {
        "title": "regio report", "glance": "The dossier at a glance", "project": "Project", "theme": "Theme",
        "pages": "Pages", "total": "Total", "rijk": "Asked of the Rijk", "errors": "Errors", "warnings": "Warnings",
        "status": "Status", "clean": "clean", "by_source": "Totals per funding source", "by_theme": "Totals per theme",
        "source": "Source", "amount": "Amount", "findings": "Findings", "stated": "Stated", "computed": "Computed",
        "difference": "Difference", "cause": "Likely cause", "footnote": "Footnote", "todo": "What to do",
        "page": "page", "open_page": "open page", "table": "Table", "no_findings": "No findings.",
        "legend": "Outlined on the page: the stated total in red, the amounts that should make it up in blue, "
                  "amounts a footnote keeps outside the total in orange.",
        "within": "within rounding", "intervals": "Intervals", "generated": "Checked with regio",
        "rijk_total": "Total asked of the Rijk", "investments": "Total investments",
        "error": "error", "warning": "warning", "info": "info", "notes": "Extraction notes",
    },
    "nl": {
        "title": "regio-rapport", "glance": "Het dossier in één oogopslag", "project": "Project", "theme": "Thema",
        "pages": "Pagina's", "total": "Totaal", "rijk": "Gevraagd van het Rijk", "errors": "Fouten",
        "warnings": "Waarschuwingen", "status": "Status", "clean": "in orde", "by_source": "Totalen per financieringsbron",
        "by_theme": "Totalen per thema", "source": "Bron", "amount": "Bedrag", "findings": "Bevindingen",
        "stated": "Vermeld", "computed": "Berekend", "difference": "Verschil", "cause": "Waarschijnlijke oorzaak",
        "footnote": "Voetnoot", "todo": "Wat te doen", "page": "pagina", "open_page": "open pagina",
        "table": "Tabel", "no_findings": "Geen bevindingen.",
        "legend": "Op de pagina omlijnd: het vermelde totaal in rood, de bedragen waaruit het moet bestaan in "
                  "blauw, bedragen die een voetnoot buiten het totaal houdt in oranje.",
        "within": "binnen de afronding", "intervals": "Intervallen", "generated": "Gecontroleerd met regio",
        "rijk_total": "Totaal gevraagd van het Rijk", "investments": "Totale investeringen",
        "error": "fout", "warning": "waarschuwing", "info": "info", "notes": "Opmerkingen bij het inlezen",
    },
}

_NL_ACTIONS = {
    "row-sum": "Herbereken de delen uit de begroting en verbeter het totaal of het onjuiste deel.",
    "column-sum": "Herbereken de delen uit de begroting en verbeter het totaal of het onjuiste deel.",
    "grand-total": "Herbereken de delen uit de begroting en verbeter het totaal of het onjuiste deel.",
    "missing-total": "Vul het totaal in, of leg uit waarom het leeg is.",
    "missing-total-row": "Vermeld de totalen, zodat ze te controleren zijn.",
    "prose-mismatch": "Laat tekst en tabel met elkaar overeenkomen.",
    "prose-missing-amount": "Vul het ontbrekende getal in.",
    "percent-sum": "Verbeter de aandelen zodat ze samen 100% zijn.",
    "unit-times-count": "Verbeter het bedrag of het aantal.",
    "parts-sum": "Verbeter de genoemde delen of het totaal.",
    "percent-of": "Verbeter het percentage, de grondslag of het bedrag.",
    "toc-page": "Werk het paginanummer in de inhoudsopgave bij.",
    "no-investment-table": "Controleer het bestand; zijn de tabellen afbeeldingen, laat dan eerst OCR lopen.",
    "partial-extraction": "Controleer dit deel met de hand of herstel het bestand.",
}


def message(f: Finding, lang: str) -> str:
    if lang != "nl":
        return f.message
    where = " / ".join(x for x in (f.row, f.column) if x)
    where = f"{where}: " if where else ""
    s, c, d = euros(f.stated), euros(f.computed), euros(f.difference)
    if f.check in ("row-sum", "column-sum", "grand-total"):
        if f.severity.value == "info":
            return f"{where}vermeld {s}, de delen geven {c}; het verschil valt binnen de afronding."
        if f.footnote and f.severity.value == "warning":
            return f"{where}het totaal {s} laat een bedrag buiten, zoals de voetnoot zegt."
        if f.footnote:
            return f"{where}het totaal {s} telt een bedrag mee dat de eigen voetnoot buiten het totaal houdt; " \
                   f"zonder dat bedrag tellen de delen op tot {c}."
        return f"{where}het totaal is {s}, maar de delen tellen op tot {c} (verschil {d}), meer dan de afronding toelaat."
    if f.check == "missing-total":
        return f"{where}het totaal ontbreekt terwijl de delen optellen tot {c}."
    if f.check == "prose-missing-amount":
        return f"de tekst noemt een bedrag zonder getal; waarschijnlijk bedoeld: {c}."
    if f.check == "prose-mismatch":
        return f"de tekst noemt {s}, de tabel {c}."
    if f.check == "percent-sum":
        return f"de percentages tellen op tot {f.computed}%, niet 100%."
    if f.check in ("unit-times-count", "parts-sum", "percent-of"):
        return f"vermeld {s}, berekend {c} (verschil {d})."
    if f.check == "toc-page":
        return "de inhoudsopgave noemt een andere pagina dan die waarop het project begint."
    if f.check == "no-investment-table":
        return "geen investeringstabel gevonden."
    if f.check == "missing-total-row":
        return "de tabel heeft meerdere regels maar geen totaalregel."
    return f.message


def action(f: Finding, lang: str) -> str | None:
    return _NL_ACTIONS.get(f.check, f.action) if lang == "nl" else f.action


# The diagnoses are built from a few fixed phrases; in Dutch the same phrases, in order.
_NL_DIAGNOSIS = [
    (r"which its footnote keeps outside the total", "dat de voetnoot buiten het totaal houdt"),
    (r": the total probably counts it twice, or a part is missing from the table",
     ": het totaal telt het waarschijnlijk dubbel, of een deel ontbreekt in de tabel"),
    (r": the total probably leaves it out", ": het totaal laat het waarschijnlijk weg"),
    (r"^the difference \((.+?)\) equals ", r"het verschil (\1) is gelijk aan "),
    (r"the missing total of row '(.+?)' \((.+?)\)", r"het ontbrekende totaal van regel '\1' (\2)"),
    (r"the footnoted amount (\S+) \((.+?)\)", r"het bedrag met voetnoot \1 (\2)"),
    (r"the total of row '(.+?)'", r"het totaal van regel '\1'"),
    (r"the cell (.+?) \((.*?)\)", r"de cel \1 (\2)"),
    (r" plus ", " plus "),
    (r"^two adjacent digits appear swapped: the parts add up to (\d+), the total reads (\d+) "
     r"\(a transposition; the difference is a multiple of 9\)",
     r"twee cijfers lijken verwisseld: de delen tellen op tot \1, het totaal luidt \2 "
     r"(het verschil is een veelvoud van 9)"),
    (r"^the stated total is 1.000 times the other: a unit slip \(euros written as thousands, or the reverse\)",
     "het vermelde totaal is 1.000 keer het andere: een eenheidsfout (euro's als duizenden geschreven, of andersom)"),
    (r"^the sum of the parts is 1.000 times the other: a unit slip \(euros written as thousands, or the reverse\)",
     "de som van de delen is 1.000 keer het totaal: een eenheidsfout (euro's als duizenden geschreven, of andersom)"),
    (r"^explained by footnote ", "verklaard door voetnoot "),
    (r"^the total contradicts its footnote ", "het totaal spreekt de eigen voetnoot tegen: "),
    (r"^the number was probably lost; the likely intended value is ", "het getal is waarschijnlijk weggevallen; bedoeld is waarschijnlijk "),
    (r"^(.+?) is ([\d.]+)% of (.+)$", r"\1 is \2% van \3"),
    (r"^extraction warning ", "waarschuwing bij het inlezen: "),
]


def diagnosis(f: Finding, lang: str) -> str | None:
    if lang != "nl" or not f.diagnosis:
        return f.diagnosis
    text = f.diagnosis
    for pattern, replacement in _NL_DIAGNOSIS:
        text = re.sub(pattern, replacement, text)
    return text
