"""Words of the reports in English and Dutch.

Findings carry their numbers as data, so a report in another language renders its rule's
own sentence from them instead of translating the English one.
"""

from __future__ import annotations

from regio.validate import RULES
from regio.validate.diagnosis import describe
from regio.validate.findings import Finding

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

def message(f: Finding, lang: str) -> str:
    return RULES.message(f, lang)


def action(f: Finding, lang: str) -> str | None:
    return RULES.action(f, lang)


def diagnosis(f: Finding, lang: str) -> str | None:
    return describe(f.cause, lang) if f.cause else f.diagnosis
