"""Words of the reports in English and Dutch.

Findings carry their numbers as data, so a report in another language renders its rule's
own sentence from them instead of translating the English one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from regio.schema import ExtractionWarning
from regio.validate import RULES
from regio.validate.diagnosis import describe
from regio.validate.findings import Finding, Phrase
from regio.validate.texts import NOTE_KINDS, NOTES, TITLES_NL

LABELS = {
    "en": {
        "title": "regio report", "glance": "The dossier at a glance", "project": "Project", "theme": "Theme",
        "pages": "Pages", "total": "Total", "rijk": "Asked of the Rijk", "errors": "Errors", "warnings": "Warnings",
        "status": "Status", "clean": "clean", "by_source": "Totals per funding source", "by_theme": "Totals per theme",
        "source": "Source", "amount": "Amount", "findings": "Findings", "stated": "Stated", "computed": "Computed",
        "difference": "Difference", "cause": "Likely cause", "footnote": "Footnote", "todo": "What to do",
        "page": "page", "open_page": "open page", "table": "Table", "no_findings": "No findings.",
        "within": "within rounding", "generated": "Checked with regio",
        "rijk_total": "Total asked of the Rijk", "investments": "Total investments",
        "error": "error", "warning": "warning", "info": "info", "notes": "Extraction notes",
        "outlined": "Outlined on the page:", "marked": "Marked in the table:",
        "role_stated": "the stated total", "role_part": "the amounts that should make it up",
        "role_excluded": "an amount a footnote keeps outside the total", "role_prose": "the sentence in the text",
        "role_footnote": "the footnote",
        "red": "red", "blue": "blue", "orange": "orange", "purple": "purple", "green": "green",
        "header_from": "column headers from page",
        "rounding": "Allowing for how the amounts are rounded, the stated figure lies {stated} and the computed one "
                    "{computed}.",
        "between": "between {low} and {high}", "exactly": "at exactly {value}",
        "index": "All findings", "where": "Where", "check": "Check", "dossier": "the dossier as a whole",
        "project_notes": "Notes from reading this project",
        "notes_only": "No findings in what was read; the notes above say which part to check by hand.",
        "note": "reading note", "note_plural": "reading notes",
        "approx": "≈ written rounded in the dossier, shown here in full euros; — no amount written.",
        "sources_sum": "Sum of the sources",
        "sources_gap": "The sources add up to {sources}, {gap} {direction} than the total investments ({total}): in "
                       "{count} the sources in the Totaal row do not add up to its total.",
        "less": "less", "more": "more", "one_project": "one project", "projects": "{n} projects",
        "gap_row": "total {total}, sources {sources}",
        "column_n": "{label} (column {n})",
    },
    "nl": {
        "title": "regio-rapport", "glance": "Het dossier in één oogopslag", "project": "Project", "theme": "Thema",
        "pages": "Pagina's", "total": "Totaal", "rijk": "Gevraagd van het Rijk", "errors": "Fouten",
        "warnings": "Waarschuwingen", "status": "Status", "clean": "in orde", "by_source": "Totalen per financieringsbron",
        "by_theme": "Totalen per thema", "source": "Bron", "amount": "Bedrag", "findings": "Bevindingen",
        "stated": "Vermeld", "computed": "Berekend", "difference": "Verschil", "cause": "Waarschijnlijke oorzaak",
        "footnote": "Voetnoot", "todo": "Wat te doen", "page": "pagina", "open_page": "open pagina",
        "table": "Tabel", "no_findings": "Geen bevindingen.",
        "within": "binnen de afronding", "generated": "Gecontroleerd met regio",
        "rijk_total": "Totaal gevraagd van het Rijk", "investments": "Totale investeringen",
        "error": "fout", "warning": "waarschuwing", "info": "info", "notes": "Opmerkingen bij het inlezen",
        "outlined": "Op de pagina omlijnd:", "marked": "In de tabel gemarkeerd:",
        "role_stated": "het vermelde totaal", "role_part": "de bedragen waaruit het moet bestaan",
        "role_excluded": "een bedrag dat een voetnoot buiten het totaal houdt", "role_prose": "de zin in de tekst",
        "role_footnote": "de voetnoot",
        "red": "rood", "blue": "blauw", "orange": "oranje", "purple": "paars", "green": "groen",
        "header_from": "kolomkoppen van pagina",
        "rounding": "Rekening houdend met de afronding van de bedragen ligt het vermelde bedrag {stated} en het "
                    "berekende {computed}.",
        "between": "tussen {low} en {high}", "exactly": "op precies {value}",
        "index": "Alle bevindingen", "where": "Waar", "check": "Controle", "dossier": "het dossier als geheel",
        "project_notes": "Opmerkingen bij het inlezen van dit project",
        "notes_only": "Geen bevindingen in wat gelezen is; de opmerkingen hierboven zeggen welk deel u met de hand "
                      "moet nakijken.",
        "note": "opmerking bij het inlezen", "note_plural": "opmerkingen bij het inlezen",
        "approx": "≈ in het dossier afgerond geschreven, hier voluit in euro's; — geen bedrag geschreven.",
        "sources_sum": "Som van de bronnen",
        "sources_gap": "De bronnen tellen op tot {sources}, {gap} {direction} dan de totale investeringen ({total}): "
                       "in {count} tellen de bronnen in de Totaal-regel niet op tot het totaal.",
        "less": "minder", "more": "meer", "one_project": "één project", "projects": "{n} projecten",
        "gap_row": "totaal {total}, bronnen {sources}",
        "column_n": "{label} (kolom {n})",
    },
}

# The usual funding sources by their column key.
SOURCES = {
    "en": {"privaat": "Private", "onderwijs": "Education", "gemeente": "Municipalities", "provincie": "Province",
           "overig_publiek": "Other public", "rijk": "Rijk (national government)"},
    "nl": {"privaat": "Privaat", "onderwijs": "Onderwijs", "gemeente": "Gemeenten", "provincie": "Provincie",
           "overig_publiek": "Overig publiek", "rijk": "Rijk"},
}

# Parameters that hold a number as Python writes it ("18.0"); euros ("€ 1.650.000") never
# match, and document text ("1.650" as written) is never in these keys.
_NUMBER_KEYS = ("ratio", "share", "computed", "stated")
_NUMBER = re.compile(r"-?\d+\.\d+")
_NUMBER_BEFORE_PERCENT = re.compile(r"(?<![\d.,])(\d+)\.(\d+)(?=%)")
_PLACE = re.compile(r"\{(\w+)\}")  # a {named} place in a template
_COLON = re.compile(": ")
_PREFIXES = 4  # names before a note ("Project: ...") tried


def title(f: Finding, lang: str) -> str:
    """The rule's name for a reader: its title, in the report's language."""
    rule = RULES.get(f.code)
    if rule is None:
        return f.check
    return TITLES_NL.get(f.code, rule.title) if lang == "nl" else rule.title


def message(f: Finding, lang: str) -> str:
    if lang == "nl":
        params = _dutch_numbers(f.params)
        if f.code == "RD002" and f.cause and "warning" in params:
            params["warning"] = note_text(f.cause.params.get("code", ""), params["warning"], lang)
        f = f.model_copy(update={"params": params})
    return RULES.message(f, lang)


def action(f: Finding, lang: str) -> str | None:
    return RULES.action(f, lang)


def diagnosis(f: Finding, lang: str) -> str | None:
    if not f.cause:
        return f.diagnosis
    return describe(_dutch_phrase(f.cause) if lang == "nl" else f.cause, lang)


def percent(value: Decimal, lang: str) -> str:
    text = f"{value:f}%"
    return text.replace(".", ",") if lang == "nl" else text


def note(w: ExtractionWarning, lang: str, project: str | None = None) -> str:
    """A note of the reading in ``lang``, without its project's name where it is shown with
    its project."""
    text = w.message
    if project and text.startswith(f"{project}: "):
        text = text[len(project) + 2:]
    return note_text(w.code, text, lang)


def note_text(code: str, text: str, lang: str) -> str:
    """The note ``text`` of kind ``code`` in ``lang``; a name before it ("Project: ...") is kept."""
    if lang != "nl":
        return text
    # Where the sentence starts: at the beginning, or after a name and ": " (a few tried).
    starts = [0, *(m.end() for _, m in zip(range(_PREFIXES), _COLON.finditer(text)))]
    for template in NOTES.get(code, ()):
        for start in starts:
            values = _read(template.en, text[start:])
            if values is not None:
                return text[:start] + template.render("nl", values)
    kind = NOTE_KINDS.get(code)
    return f"{kind.nl}: {text}" if kind else text


def _read(template: str, text: str) -> dict[str, str] | None:
    """The values of the {named} places that make ``template`` read ``text``, or None. In one
    pass from the left: each place ends where the words after it first appear, so a note of
    any length is read in linear time."""
    literals = _PLACE.split(template)  # literal, name, literal, name, ..., literal
    if not text.startswith(literals[0]):
        return None
    values: dict[str, str] = {}
    pos = len(literals[0])
    for i in range(1, len(literals), 2):
        name, after = literals[i], literals[i + 1]
        if i + 2 >= len(literals):  # the last place runs to the words that end the sentence
            end = len(text) - len(after)
            if end < pos or not text.endswith(after):
                return None
        else:
            end = text.find(after, pos)
            if end < 0:
                return None
        values[name] = text[pos:end]
        pos = end + len(after)
    return values if len(literals) > 1 or text == literals[0] else None


def _dutch_numbers(params: dict[str, str]) -> dict[str, str]:
    out = dict(params)
    for key in _NUMBER_KEYS:
        if key in out and _NUMBER.fullmatch(out[key]):
            out[key] = out[key].replace(".", ",")
    if "shares" in out:
        out["shares"] = _NUMBER_BEFORE_PERCENT.sub(r"\1,\2", out["shares"])
    return out


def _dutch_phrase(phrase: Phrase) -> Phrase:
    params = _dutch_numbers(phrase.params)
    if phrase.key == "extraction-warning" and params.get("code") in NOTE_KINDS:
        params["code"] = NOTE_KINDS[params["code"]].nl
    return phrase.model_copy(update={"params": params, "parts": [_dutch_phrase(p) for p in phrase.parts]})


def source_name(key: str, label: str | None, lang: str) -> str:
    """A funding source's name for a reader: the usual sources by name, another column by its
    label as written ("Publiek (column 1)" for the first of two columns under "Publiek")."""
    known = SOURCES[lang]
    if key in known:
        return known[key]
    base, _, n = key.rpartition("_")
    if base and n.isdigit():
        return LABELS[lang]["column_n"].format(label=label or base.replace("_", " ").capitalize(), n=n)
    return label or key.replace("_", " ").capitalize()
