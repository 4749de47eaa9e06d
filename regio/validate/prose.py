"""Amounts in the prose against the tables, and the arithmetic the prose states itself."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from regio.money import AmountSyntaxError, FoundAmount, Interval, amounts_in, euros, find_amounts, parse_amount, total
from regio.schema import Cell, Field, FundingTable, Project, Row
from regio.validate.diagnosis import describe
from regio.validate.findings import Evidence, Finding, Phrase
from regio.validate.rules import About, ProjectContext, rule
from regio.validate.texts import Text


@dataclass(frozen=True)
class Figure:
    """A table figure prose may restate."""

    interval: Interval
    what: str
    key: str | None = None  # totaal, rijk, privaat, ..., publiek, regio
    page: int | None = None
    bbox: tuple | None = None

    @property
    def subject(self) -> dict[str, str]:
        """The figure as the subject of a message: a cell by its row and column, a derived
        total by what it is (told in each language)."""
        return {"subject": self.key if self.key in _DERIVED else "cell", "figure": self.what}


_DERIVED = {
    "cell": Text("{figure}", "{figure}"),
    "publiek": Text("the public columns of the Totaal row together", "de publieke kolommen van de totaalregel samen"),
    "regio": Text("the Totaal minus the Rijk contribution (the region's share)",
                  "het totaal min de bijdrage van het Rijk (het aandeel van de regio)"),
}

# Words that tie a prose amount to one figure, strongest first. Only the strong ones
# justify calling a different amount a mismatch.
_STRONG = [
    ("totaal", re.compile(r"projectomvang|omvang|totale\s+(?:investering|kosten|begroting)", re.I)),
    ("rijk", re.compile(r"rijksbijdrage|bijdrage\s+(?:van\s+)?(?:het\s+)?rijk|regio[\s-]?envelop|rijk\s+wordt\s+gevraagd"
                        r"|vragen\s+(?:we\s+)?het\s+rijk", re.I)),
]
_WEAK = [
    ("privaat", re.compile(r"privaat|private|bedrijfsleven", re.I)),
    ("publiek", re.compile(r"overheden|publieke", re.I)),
    ("regio", re.compile(r"\bde\s+regio\s+draagt|regionale\s+(?:bijdrage|middelen)", re.I)),
    ("provincie", re.compile(r"provincie", re.I)),
    ("gemeente", re.compile(r"gemeente", re.I)),
    ("onderwijs", re.compile(r"onderwijs|universiteit|hogeschool|\bROC\b|\bUT\b", re.I)),
]
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+(?=[A-Z€•●\-(])|\n")
_MISSING = re.compile(
    r"\b(?:van|bedraagt|bedragen|is|circa|ca\.?|ongeveer|ruim|totaal|omvang|maximaal|minimaal)\s+"
    r"(?:€\s*)?(?P<unit>miljoen|mln\.?|mio|miljard)(?:\s+euro)?\b", re.I)
_PERCENT = re.compile(r"(?P<qual>(?<!\w)(?:minimaal|minstens|tenminste|ten minste|ruim|circa|ca\.?|ongeveer|maximaal|"
                      r"bijna|meer dan|t\.o\.v\.|<|>|tot)\s*)?(?<![\d,.])(?P<value>\d{1,6}(?:,\d{1,4})?)\s?%", re.I)


@dataclass
class ProjectFigures:
    figures: list[Figure] = field(default_factory=list)
    by_key: dict[str, Figure] = field(default_factory=dict)

    def overlapping(self, interval: Interval) -> list[Figure]:
        """The figures that ``interval`` meets, tables' first, each list in its order."""
        every, order, lows, widest = self._by_low
        start = bisect_left(lows, interval.low - widest)
        return [every[i] for i in sorted(i for i in order[start:bisect_right(lows, interval.high)]
                                         if every[i].interval.overlaps(interval))]

    @cached_property
    def _by_low(self) -> tuple[list[Figure], list[int], list[Decimal], Decimal]:
        # Asked once for every amount in the prose: sorted by their low ends, the figures an
        # interval can meet are one window (a long project's prose and tables grow together).
        every = self.figures + list(self.by_key.values())
        order = sorted(range(len(every)), key=lambda i: every[i].interval.low)
        widest = max((f.interval.high - f.interval.low for f in every), default=Decimal(0))
        return every, order, [every[i].interval.low for i in order], widest


def project_figures(project: Project) -> ProjectFigures:
    """Every amount of the project's tables, plus the totals prose tends to quote."""
    out = ProjectFigures()
    for table in project.tables:
        for row in table.rows:
            for column, cell in zip(table.columns, row.cells):
                if cell.amount is not None:
                    prov = cell.provenance
                    out.figures.append(Figure(Interval.of(cell.amount).scaled(table.multiplier),
                                              f"{row.label} × {column.label or column.key}",
                                              None, prov.page if prov else None, prov.bbox if prov else None))
    investment = project.investment_table
    total_row = investment.totals if investment else None
    if investment is None or total_row is None:
        return out
    for column, cell in zip(investment.columns, total_row.cells):
        if cell.amount is not None:
            prov = cell.provenance
            out.by_key[column.key] = Figure(Interval.of(cell.amount).scaled(investment.multiplier),
                                            f"{total_row.label} × {column.label or column.key}",
                                            column.key, prov.page if prov else None, prov.bbox if prov else None)
    publiek = [Interval.of(c.amount).scaled(investment.multiplier) for col, c in zip(investment.columns, total_row.cells)
               if col.group == "publiek" and c.amount is not None]
    if publiek:
        out.by_key["publiek"] = Figure(total(publiek), "the public columns of the Totaal row together", "publiek")
    if "totaal" in out.by_key and "rijk" in out.by_key:
        out.by_key["regio"] = Figure(out.by_key["totaal"].interval - out.by_key["rijk"].interval,
                                     "the Totaal minus the Rijk contribution (the region's share)", "regio")
    out.figures.extend(f for k, f in out.by_key.items() if k in ("publiek", "regio"))
    return out


def sentences(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield start, text[start:m.start()]
        start = m.end()
    yield start, text[start:]


def _keyword(sentence: str, patterns) -> str | None:
    found = [(m.start(), key) for key, pattern in patterns for m in [pattern.search(sentence)] if m]
    return min(found)[1] if found else None


def _field_evidence(fld: Field, start: int, raw: str, value: Decimal | None) -> Evidence:
    """The prose number as evidence, boxed by the line(s) it stands on."""
    where = fld.locate(start, start + len(raw))
    return Evidence(role="prose", label=f"field '{fld.label}'", raw=raw, value=value,
                    page=where.page if where else None, bbox=where.bbox if where else None)


@dataclass
class Coverage:
    found: int = 0
    linked: int = 0


def prose_links(project: Project) -> Iterator[tuple[Field, int, str, FoundAmount, Figure | None]]:
    """For each amount in the project's prose: the field, where its sentence starts, the
    sentence, the amount found, and the table figure it restates (or None)."""
    figures = project_figures(project)
    for fld in project.fields:
        for offset, sentence in sentences(fld.text):
            for found in amounts_in(sentence):
                interval = Interval.of(found.amount)
                key = _keyword(sentence, _STRONG) or _keyword(sentence, _WEAK)
                candidates = figures.overlapping(interval)
                preferred = [f for f in candidates if f.key == key] or candidates
                yield fld, offset, sentence, found, (preferred[0] if preferred else None)


@rule("RD201", "prose-mismatch", "project",
      About("Prose restates a table figure differently",
            "An amount in the text that names the project size or the Rijk contribution must agree with the table.",
            "Compare the sentence with the table's Totaal row; correct whichever is wrong."),
      subjects=_DERIVED,
      messages={"default": Text("field '{field}' says {prose} where the table's {what} is {computed}: \"{sentence}\"",
                                "veld '{field}' noemt {prose} waar in de tabel {what} {computed} is: \"{sentence}\"")},
      actions={"default": Text("Make the text and the table agree.", "Laat tekst en tabel met elkaar overeenkomen.")})
def prose_mismatch(ctx: ProjectContext) -> Iterator[Finding]:
    project = ctx.project
    figures = project_figures(project)
    for fld, offset, sentence, found, figure in prose_links(project):
        strong = _keyword(sentence[: found.start + 1] if found.start else sentence, _STRONG) or _keyword(sentence, _STRONG)
        if figure is not None or strong is None or strong not in figures.by_key:
            continue
        target = figures.by_key[strong]
        prose = Interval.of(found.amount)
        yield prose_mismatch.finding(
            ctx, params={**target.subject, "field": fld.label, "prose": found.text,
                         "computed": euros(target.interval.value), "sentence": sentence.strip()[:160]},
            column=strong, stated=prose.value, computed=target.interval.value,
            difference=prose.value - target.interval.value, stated_interval=prose.bounds,
            computed_interval=target.interval.bounds, page=target.page,
            evidence=[_field_evidence(fld, offset + found.start, found.text, prose.value),
                      Evidence(role="stated", label=target.what, value=target.interval.value, page=target.page,
                               bbox=target.bbox)])


@rule("RD202", "prose-missing-amount", "project",
      About("Prose names an amount without its number",
            "A sentence such as \"een omvang van miljoen euro\" lost its number.",
            "Fill in the number; the table figure the sentence most likely means is given."),
      subjects=_DERIVED,
      messages={"default": Text("field '{field}': \"{sentence}\" gives no number before '{unit}'; the table's {what} "
                                "is {computed}.",
                                "veld '{field}': \"{sentence}\" geeft geen getal vóór '{unit}'; in de tabel is {what} "
                                "{computed}."),
                "no-figure": Text("field '{field}': \"{sentence}\" gives no number before '{unit}'.",
                                  "veld '{field}': \"{sentence}\" geeft geen getal vóór '{unit}'.")},
      actions={"default": Text("Fill in the missing number.", "Vul het ontbrekende getal in.")})
def prose_missing_amount(ctx: ProjectContext) -> Iterator[Finding]:
    project = ctx.project
    figures = project_figures(project)
    for fld in project.fields:
        for offset, sentence in sentences(fld.text):
            for m in _MISSING.finditer(sentence):
                key = _keyword(sentence, _STRONG) or _keyword(sentence, _WEAK) or "totaal"
                target = figures.by_key.get(key) or figures.by_key.get("totaal")
                evidence = _field_evidence(fld, offset + m.start(), m.group(0), None)
                params = {"field": fld.label, "sentence": sentence.strip()[:160], "unit": m.group("unit")}
                if target is None:
                    yield prose_missing_amount.finding(ctx, "no-figure", params=params, page=evidence.page,
                                                       evidence=[evidence])
                    continue
                cause = Phrase(key="number-lost", params={"amount": euros(target.interval.value)})
                yield prose_missing_amount.finding(
                    ctx, params=params | target.subject | {"computed": euros(target.interval.value)},
                    column=target.key, computed=target.interval.value, cause=cause, diagnosis=describe(cause, "en"),
                    page=evidence.page, evidence=[evidence])


def _percent_groups(text: str) -> Iterator[tuple[str, list[Decimal]]]:
    for _, sentence in sentences(text):
        values = [Decimal(m.group("value").replace(",", ".")) for m in _PERCENT.finditer(sentence)
                  if not m.group("qual")]
        if len(values) >= 2:
            yield sentence, values


@rule("RD203", "percent-sum", "project",
      About("Shares of one whole do not add up to 100%",
            "Percentages listed together as the parts of one whole (\"Personeelslasten 65%, ... 15% ... 20%\") must add up "
            "to 100%.",
            "Check the breakdown; shares written as whole percentages may be off by half a percent each."),
      subjects={"field": Text("field '{label}'", "veld '{label}'"), "row": Text("row '{label}'", "regel '{label}'")},
      messages={"default": Text("{what}: the shares {shares} add up to {share}%, not 100%: \"{sentence}\"",
                                "{what}: de aandelen {shares} tellen op tot {share}%, niet 100%: \"{sentence}\"")},
      actions={"default": Text("Correct the shares so that they add up to 100%.",
                               "Verbeter de aandelen zodat ze samen 100% zijn.")})
def percent_sum(ctx: ProjectContext) -> Iterator[Finding]:
    project = ctx.project
    texts = [("field", f.label, f.text, f.provenance.page if f.provenance else None) for f in project.fields]
    texts += [("row", r.label, r.label, r.provenance.page if r.provenance else None)
              for t in project.tables for r in t.rows]
    for subject, label, text, page in texts:
        for sentence, values in _percent_groups(text):
            share = sum(values, Decimal(0))
            slack = Decimal("0.5") * len(values)
            if not Decimal(50) <= share <= Decimal(150) or abs(share - 100) <= slack:
                continue
            yield percent_sum.finding(
                ctx, params={"subject": subject, "label": label, "shares": ", ".join(f"{v}%" for v in values),
                             "share": str(share), "sentence": sentence.strip()[:160]},
                stated=Decimal(100), computed=share, difference=Decimal(100) - share, page=page)


_PER_UNIT = re.compile(r"(?P<unit>€\s?[\d.,]+(?:\s?(?:mln\.?|miljoen))?)\s+per\s+(?P<noun>[A-Za-zÀ-ÿ]+)\s*=\s*"
                       r"(?P<total>€\s?[\d.,]+(?:\s?(?:mln\.?|miljoen))?)")
_YEARS = re.compile(r"(?<!\d)(?P<n>\d{1,3})\s*jaar", re.I)


@rule("RD204", "unit-times-count", "project",
      About("Unit amount times count disagrees with the stated result",
            "\"€ 75.000 per broedplaats = € 750.000\" for 10 broedplaatsen, or a per-year column times the number of years, "
            "must multiply out.",
            "Recompute the product and correct the amount or the count."),
      messages={"default": Text("row '{row}': {unit} × {count} is {computed}, but {total} is written ({text}).",
                                "regel '{row}': {unit} × {count} is {computed}, maar er staat {total} ({text}).")},
      actions={"default": Text("Correct the amount or the count.", "Verbeter het bedrag of het aantal.")})
def unit_times_count(ctx: ProjectContext) -> Iterator[Finding]:
    project = ctx.project
    for table in project.tables:
        for row in table.rows:
            for cell in row.cells:
                m = _PER_UNIT.search(cell.raw)
                if not m:
                    continue
                stem = m.group("noun")[:-1] if len(m.group("noun")) > 4 else m.group("noun")
                count = re.search(rf"(\d+)\s+{re.escape(stem)}", f"{row.label} {cell.raw}", re.I)
                if not count:
                    continue
                claim = _Product(m.group(0), m.group("unit"), Decimal(count.group(1)), m.group("total"),
                                 f"{count.group(1)} {m.group('noun')}")
                yield from _product_check(ctx, table, row, cell, claim)
        per_year = next((i for i, c in enumerate(table.columns) if re.search(r"per\s+jaar", c.label, re.I)), None)
        years = next(((i, Decimal(y.group("n"))) for i, c in enumerate(table.columns)
                      if i != per_year and (y := _YEARS.search(c.label))), None)
        if per_year is None or years is None:
            continue
        for row in table.rows:
            unit, result = row.cells[per_year], row.cells[years[0]]
            if unit.amount is None or result.amount is None:
                continue
            claim = _Product(f"{unit.raw} × {years[1]} jaar", unit.raw, years[1], result.raw, f"{years[1]} jaar")
            yield from _product_check(ctx, table, row, result, claim)


@dataclass(frozen=True)
class _Product:
    """A product the text states: "€ 75.000 per broedplaats = € 750.000" for 10 broedplaatsen."""

    text: str
    unit: str
    count: Decimal
    total: str
    count_text: str


def _product_check(ctx: ProjectContext, table: FundingTable, row: Row, cell: Cell, stated: _Product) -> Iterator[Finding]:
    try:
        unit = parse_amount(stated.unit.rsplit("=", 1)[-1])
        total = parse_amount(stated.total.rsplit("=", 1)[-1])
    except AmountSyntaxError:
        return
    product = Interval.of(unit).scaled(stated.count)
    claim = Interval.of(total)
    if claim.overlaps(product):
        return
    yield unit_times_count.finding(
        ctx, params={"row": row.label, "unit": stated.unit, "count": stated.count_text, "computed": euros(product.value),
                     "total": stated.total, "text": stated.text},
        table=table.label, row=row.label, stated=claim.value, computed=product.value,
        difference=claim.value - product.value, stated_interval=claim.bounds, computed_interval=product.bounds,
        page=cell.provenance.page if cell.provenance else None)


# Only a list that follows its introduction directly ("Kosten per onderdeel: • ..."); "als
# volgt opgebouwd." before a table is the table's business (its own total is checked).
_PARTS_INTRO = re.compile(r"(?:kosten|investering(?:en)?|begroting|uitgaven)\s+per\s+\w+\s*:", re.I)


@rule("RD205", "parts-sum", "project",
      About("Listed parts do not add up to the stated whole",
            "A list of costs per part (\"Kosten per onderdeel: ...\") must add up to the project's total.",
            "Add the listed parts and compare with the total; correct the part or the total."),
      subjects=_DERIVED,
      messages={"default": Text("field '{field}': the parts listed after '{intro}' ({parts}) add up to {computed}, "
                                "the table's {what} is {stated}.",
                                "veld '{field}': de delen na '{intro}' ({parts}) tellen op tot {computed}, in de tabel "
                                "is {what} {stated}.")},
      actions={"default": Text("Correct the listed parts or the total.", "Verbeter de genoemde delen of het totaal.")})
def parts_sum(ctx: ProjectContext) -> Iterator[Finding]:
    project = ctx.project
    whole = project_figures(project).by_key.get("totaal")
    if whole is None:
        return
    for fld in project.fields:
        for intro in _PARTS_INTRO.finditer(fld.text):
            parts = _listed_amounts(fld.text[intro.end():])
            if len(parts) < 2:
                continue
            summed = total(Interval.of(p.amount) for p in parts)
            if summed.overlaps(whole.interval):
                continue
            yield parts_sum.finding(
                ctx, params={**whole.subject, "field": fld.label, "intro": intro.group(0).strip(),
                             "parts": " + ".join(p.text for p in parts), "computed": euros(summed.value),
                             "stated": euros(whole.interval.value)},
                stated=whole.interval.value, computed=summed.value, difference=whole.interval.value - summed.value,
                stated_interval=whole.interval.bounds, computed_interval=summed.bounds,
                page=fld.provenance.page if fld.provenance else None)


def _listed_amounts(text: str) -> list[FoundAmount]:
    """The amounts of a list's items, one from each, up to the first item without one."""
    items = re.split(r"\s*[•●]\s|\n", text)
    parts = []
    for item in items[1:] if items and not items[0].strip() else items:
        found = next(find_amounts(item), None)
        if found is None:
            break
        parts.append(found)
    return parts


def coverage(project: Project) -> Coverage:
    result = Coverage()
    for *_, figure in prose_links(project):
        result.found += 1
        result.linked += figure is not None
    return result



_PERCENT_OF = re.compile(r"(?<![\d,.])(?P<pct>\d{1,6}(?:,\d{1,4})?)\s?%\s+van\s+(?:de|het)\s+(?P<base>(?:\w+\s+){0,2}\w+)", re.I)
_BASE_KEYS = [("regio", re.compile(r"regionale|regio", re.I)), ("publiek", re.compile(r"publieke|overheid", re.I)),
              ("rijk", re.compile(r"rijks?", re.I)), ("privaat", re.compile(r"private|privaat", re.I)),
              ("totaal", re.compile(r"totale|project", re.I))]


@rule("RD206", "percent-of", "project",
      About("A percentage of a whole does not give the amount stated with it",
            "\"15% van de regionale middelen, totaal € 14,1 miljoen\" must hold: 15% of the region's share is the amount.",
            "Recompute the percentage from the amounts; correct the percentage, the base or the amount."),
      subjects=_DERIVED,
      messages={"default": Text("field '{field}': {share}% of {what} ({base}) is {computed}, but the sentence gives "
                                "{amount}: \"{sentence}\"",
                                "veld '{field}': {share}% van {what} ({base}) is {computed}, maar de zin noemt "
                                "{amount}: \"{sentence}\"")},
      actions={"default": Text("Correct the percentage, its base or the amount.",
                               "Verbeter het percentage, de grondslag of het bedrag.")})
def percent_of(ctx: ProjectContext) -> Iterator[Finding]:
    figures = project_figures(ctx.project)
    for fld in ctx.project.fields:
        earlier: list[str] = []
        for offset, sentence in sentences(fld.text):
            m = _PERCENT_OF.search(sentence)
            amounts = list(find_amounts(sentence[m.end():])) if m else []
            base = _percent_base(m.group("base"), earlier, figures) if m and amounts else None
            earlier.append(sentence)
            if m is None or base is None:
                continue
            share = Decimal(m.group("pct").replace(",", "."))
            # A whole percentage stands for ± half a percent.
            expected = Interval(base.interval.low * (share - Decimal("0.5")) / 100,
                                base.interval.high * (share + Decimal("0.5")) / 100, base.interval.value * share / 100)
            stated = Interval.of(amounts[0].amount)
            if expected.overlaps(stated):
                continue
            evidence = _field_evidence(fld, offset + m.start(), m.group(0), None)
            ratio = (stated.value / base.interval.value * 100).quantize(Decimal("0.1")) if base.interval.value else None
            cause = Phrase(key="percent-ratio", params={"amount": amounts[0].text, "ratio": str(ratio),
                                                        "base": euros(base.interval.value)}) if ratio else None
            yield percent_of.finding(
                ctx, params={**base.subject, "field": fld.label, "share": str(share), "base": euros(base.interval.value),
                             "computed": euros(expected.value), "amount": amounts[0].text,
                             "sentence": sentence.strip()[:160]},
                stated=stated.value, computed=expected.value, difference=stated.value - expected.value,
                stated_interval=stated.bounds, computed_interval=expected.bounds, cause=cause,
                diagnosis=describe(cause, "en") if cause else None, page=evidence.page, evidence=[evidence])


def _percent_base(base: str, earlier: list[str], figures: ProjectFigures) -> Figure | None:
    """The amount a percentage is taken of: an earlier sentence that names the same thing with
    one amount, else the table figure the words point at."""
    words = [w.casefold() for w in base.split() if len(w) > 3][-2:]  # "(totale) publieke investering"
    for sentence in reversed(earlier):
        if words and all(w in sentence.casefold() for w in words):
            found = list(amounts_in(sentence))
            if len(found) == 1:
                return Figure(Interval.of(found[0].amount), f"{base} ({found[0].text})")
    for key, pattern in _BASE_KEYS:
        if pattern.search(base) and key in figures.by_key:
            return figures.by_key[key]
    return None


RULES = (prose_mismatch, prose_missing_amount, percent_sum, unit_times_count, parts_sum, percent_of)
