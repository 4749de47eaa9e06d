"""Sums inside one table: rows across, columns down, the grand total both ways."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from regio.money import ZERO, Interval, euros, total
from regio.schema import Cell, CellKind, Column, Footnote, FundingTable, Row
from regio.validate.diagnosis import Candidate, describe, diagnose
from regio.validate.findings import Evidence, Finding, Phrase, Severity
from regio.validate.rules import About, Rule, TableContext, rule
from regio.validate.texts import Text

# A footnote that takes its amount out of the totals: "Deze zijn buiten de totale
# investering gehouden", "niet meegeteld", "niet opgenomen in het totaal".
_EXCLUDES = re.compile(
    r"buiten\s+(?:de\s+|het\s+)?(?:totale?|totaal|begroting|beschouwing)|niet\s+(?:mee)?geteld"
    r"|niet\s+(?:opgenomen|inbegrepen|meegenomen)\s+in|geen\s+onderdeel\s+van\s+(?:de|het)\s+totaal",
    re.IGNORECASE,
)


_YEAR = re.compile(r"(?:19|20)\d\d")
_ROUNDED = re.compile(r"(?i)\b(?:afronding\w*|afgerond|rounding|rounded)\b")
_PERCENT = re.compile(r"^([-−]?\d+(?:[.,](\d+))?)\s?%$")


@dataclass(frozen=True)
class Part:
    label: str
    cell: Cell
    excluded_by: Footnote | None = None
    # In a table of thousands ("x € 1.000"), or one whose note says its figures are rounded
    # ("Door afronding ..."), a whole number stands for anything within half its last digit.
    to_the_unit: bool = False

    @property
    def interval(self) -> Interval:
        amount = self.cell.amount
        if amount is None:
            return ZERO
        if self.to_the_unit and amount.exact:  # (half its last digit: "1,60" in millions is 1,595 to 1,605)
            half = amount.precision / 2
            return Interval(amount.value - half, amount.value + half, amount.value)
        return Interval.of(amount)

    @property
    def tolerance(self) -> Decimal:
        interval = self.interval
        return (interval.high - interval.low) / 2

    @property
    def value(self) -> Decimal:
        return self.cell.amount.value if self.cell.amount else Decimal(0)


@dataclass
class TableView:
    """A funding table seen as arithmetic: which column and row hold the totals."""

    table: FundingTable
    total_column: int | None
    total_row: int | None

    @classmethod
    def of(cls, table: FundingTable) -> TableView:
        total_column = next((i for i, c in enumerate(table.columns) if c.role == "total"), None)
        total = table.total_row
        return cls(table, total_column, next((i for i, r in enumerate(table.rows) if r is total), None))

    @functools.cached_property
    def source_columns(self) -> list[int]:
        """The columns a row's total is the sum of."""
        return [i for i, c in enumerate(self.table.columns)
                if i != self.total_column and c.role == "source" and not self._labels(i) and not self._words_only(i)]

    def _words_only(self, column: int) -> bool:
        """A column of words or codes, no amount nor nil in it ("Tabel B.3" in an overview of
        projects): no source of money, whatever its label."""
        cells = [r.cells[column] for r in self.table.rows if r.cells[column].kind != CellKind.empty]
        return bool(cells) and all(c.kind == CellKind.text for c in cells)

    def totals_and_sources(self) -> list[tuple[int, list[int]]]:
        """Each total column with the columns it adds up: all sources, or where a table sets
        several groups side by side each under its own total ("Teachers: Total, Public,
        Private | New hires: Total, Public, Private"), the sources of its own group, those
        after it up to the next total, or before it where the totals close their groups."""
        totals = [i for i, c in enumerate(self.table.columns) if c.role == "total"]
        sources = self.source_columns
        if len(totals) < 2 or not sources:
            blocks = [(totals[0], sources)] if totals else []
        else:
            bounds = [*totals, len(self.table.columns)] if totals[0] < sources[0] else [-1, *totals]
            blocks = [(t, [c for c in sources if lo < c < hi]) for t, lo, hi in zip(totals, bounds, bounds[1:])]
        # A total beside one source splits nothing: an overview of projects gives each its
        # Totaal and what the Rijk is asked, not all that pays for it.
        return [(t, group) for t, group in blocks if len(group) != 1]

    @functools.cached_property
    def summed_columns(self) -> list[int]:
        """The columns whose total row is the sum of the rows above: a subtotal's too."""
        return sorted([*self.source_columns, *(i for i, c in enumerate(self.table.columns) if c.role == "subtotal")])

    def _labels(self, column: int) -> bool:
        """A column of years or codes beside the amounts ("Startjaar 2024") labels the rows;
        it is never summed. Only other tables have such columns; a funding table's are money."""
        if self.table.funding:
            return False
        cells = [r.cells[column].raw.strip() for r in self.table.rows if r.kind == "body" and r.cells[column].raw.strip()]
        return bool(cells) and all(_YEAR.fullmatch(c) for c in cells)

    @functools.cached_property
    def body_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.table.rows) if r.kind == "body"]

    def sections(self) -> list[tuple[int, list[int]]]:
        """Each total or subtotal row with the rows it adds up: a subtotal the body rows since
        the last (sub)total; a total the subtotals since the last total and the body rows not
        under any of them, so that nothing is counted twice. A total that opens the table
        (set first, under the header) adds up the body rows under it."""
        out: list[tuple[int, list[int]]] = []
        start, subtotals, before = 0, [], None
        rows = self.table.rows
        for i, row in enumerate(rows):
            if row.kind in ("body", "section", "detail"):
                continue
            body = [r for r in range(start, i) if rows[r].kind == "body"]
            if row.kind == "total" and i == start == 0:
                # (not the lines under its rows that split no source: "Af: bijdrage Rijk", a total alone)
                body = list(itertools.takewhile(lambda r: rows[r].kind == "body" and any(
                    rows[r].cells[c].raw.strip() for c in self.summed_columns), range(1, len(rows))))
            if row.kind == "subtotal":
                out.append((i, body))
                subtotals.append(i)
            elif before is not None and body and not subtotals and self._runs_on(before, body, i):
                out.append((i, [before, *body]))
            else:
                out.append((i, sorted(subtotals + body)))
                subtotals = []
            before = i if row.kind == "total" else before
            start = i + 1
        return [(i, parts) for i, parts in out if parts]

    def _runs_on(self, before: int, rows: list[int], at: int) -> bool:
        """Does the total run on from the total before it, adding the rows between ("Totaal
        excl. btw", "Btw 21%", "Totaal incl. btw"; "Onvoorzien 10%" after the costs' total)?
        Where its amounts say so: the total before and those rows add up to it in more of its
        columns than the rows alone do (a second section's own total: they alone), in half of
        them at least, so that a column that is wrong shows against the running sum."""
        columns = [c for c in [*self.summed_columns, *([self.total_column] if self.total_column is not None else [])]
                   if self.table.rows[at].cells[c].amount is not None]
        alone = [total(self.part(r, c).interval for r in rows) for c in columns]
        stated = [self.part(at, c).interval for c in columns]
        on = [self.part(before, c).interval + rows_sum for c, rows_sum in zip(columns, alone)]
        running, alone_right = sum(map(Interval.overlaps, on, stated)), sum(map(Interval.overlaps, alone, stated))
        return 2 * running >= len(columns) > 0 and running > alone_right

    def part(self, row: int, column: int) -> Part:
        r, c = self.table.rows[row], self.table.columns[column]
        cell = r.cells[column]
        return Part(f"{r.label} × {c.label or c.key}", cell, self.excluding_footnote(cell), to_the_unit=self.rounded)

    @functools.cached_property
    def rounded(self) -> bool:
        table = self.table
        return (table.scale or 1) > 1 or any(_ROUNDED.search(text) for text in (
            table.caption or "", *(note.text for note in table.footnotes)))

    def excluding_footnote(self, cell: Cell) -> Footnote | None:
        for mark in cell.marks:
            note = next((f for f in self.table.footnotes if f.mark == mark), None)
            if note and _EXCLUDES.search(note.text):
                return note
        return None


def _evidence(role: Literal["stated", "part"], part: Part, scale: Decimal = Decimal(1)) -> Evidence:
    prov = part.cell.provenance
    return Evidence(role="excluded" if part.excluded_by and role == "part" else role, label=part.label,
                    raw=part.cell.raw, value=part.cell.amount.value * scale if part.cell.amount else None,
                    page=prov.page if prov else None, bbox=prov.bbox if prov else None)


def table_name(table: FundingTable) -> str:
    return table.label or table.caption or str(getattr(table, "id", ""))


def _not_a_sum(claim: Interval, parts: list[Interval]) -> bool:
    """A stated figure that lies between its smallest and largest part, far from their sum,
    is an average or a rate (a statistical table's Total row), not a total."""
    return len(parts) >= 2 and min(p.low for p in parts) <= claim.value <= max(p.high for p in parts)


def _ambiguous(table: FundingTable, parts: list[Part]) -> bool:
    """Grouped columns or parts that are not amounts: a table whose structure can be read
    two ways, so a difference is a warning, not an error."""
    return any(c.group for c in table.columns) or any(p.cell.kind == CellKind.text for p in parts)


_RECOMPUTE = Text("Recompute the parts from the budget and correct the total or the part that is wrong.",
                  "Herbereken de delen uit de begroting en verbeter het totaal of het onjuiste deel.")
_NO_CORRECTION = Text("No correction needed if the footnote is right; make sure readers see it.",
                      "Geen correctie nodig als de voetnoot klopt; zorg dat lezers hem zien.")
_CHECK_BY_HAND = Text("Check the table by hand if its totals should add up.",
                      "Controleer de tabel met de hand als de totalen moeten optellen.")

# How a sum's total compares with its parts, whichever sum it is ({what}).
SUM_MESSAGES = {
    "default": Text("{what}: the total reads {stated} but the parts add up to {computed} (difference {difference}), "
                    "more than the rounding of the amounts allows.",
                    "{what}: het totaal is {stated}, maar de delen tellen op tot {computed} (verschil {difference}), "
                    "meer dan de afronding toelaat."),
    "rounding": Text("{what}: {stated} against {computed} from the parts, a difference within the rounding of how "
                     "the amounts are written.",
                     "{what}: vermeld {stated}, de delen geven {computed}; het verschil valt binnen de afronding."),
    "footnote-explains": Text("{what}: the total {stated} leaves out {excluded}, as its footnote says.",
                              "{what}: het totaal {stated} laat {excluded} buiten, zoals de voetnoot zegt."),
    "footnote-contradicts": Text("{what}: the total {stated} includes {excluded}, which its own footnote keeps outside "
                                 "the total; without it the parts add up to {computed}.",
                                 "{what}: het totaal {stated} telt {excluded} mee, dat de eigen voetnoot buiten het "
                                 "totaal houdt; zonder dat bedrag tellen de delen op tot {computed}."),
    "ambiguous": Text("{what}: the total reads {stated} but the parts add up to {computed} (difference {difference}); "
                      "the table's columns are grouped or some parts are not amounts, so this may not be a plain sum.",
                      "{what}: het totaal is {stated}, maar de delen tellen op tot {computed} (verschil {difference}); "
                      "de kolommen van de tabel zijn gegroepeerd of niet alle delen zijn bedragen, dus dit is "
                      "misschien geen gewone som."),
    "not-sums": Text("table '{table}': {failed} of its {checked} sums of this kind do not add up, so its totals are "
                     "probably not sums of these cells (shares, rates or other columns); not checked further.",
                     "tabel '{table}': {failed} van de {checked} sommen van deze soort kloppen niet, dus de totalen "
                     "zijn waarschijnlijk geen sommen van deze cellen (aandelen, tarieven of andere kolommen); niet "
                     "verder gecontroleerd."),
}
SUM_ACTIONS = {
    "default": _RECOMPUTE,
    "rounding": Text("None needed; write exact amounts to remove the doubt.",
                     "Niets nodig; schrijf exacte bedragen om de twijfel weg te nemen."),
    "footnote-explains": _NO_CORRECTION,
    "footnote-contradicts": Text("Decide whether the footnoted amount belongs in the total, then make the total and "
                                 "the footnote agree.",
                                 "Bepaal of het bedrag met de voetnoot in het totaal hoort en laat totaal en voetnoot "
                                 "dan overeenkomen."),
    "ambiguous": Text("Check whether this total is meant as the sum of these parts.",
                      "Ga na of dit totaal bedoeld is als de som van deze delen."),
    "not-sums": _CHECK_BY_HAND,
}
# What a sum is about.
SUBJECTS = {
    "row": Text("row '{row}'", "regel '{row}'"),
    "column": Text("column '{column_label}'", "kolom '{column_label}'"),
    "subtotal": Text("column '{column_label}', subtotal '{subtotal}'", "kolom '{column_label}', subtotaal '{subtotal}'"),
    "grand-rows": Text("grand total against the rows' totals", "eindtotaal tegen de totalen van de regels"),
    "grand-sources": Text("grand total against the funding sources in the Totaal row",
                          "eindtotaal tegen de financieringsbronnen in de totaalregel"),
}


def compare(ctx: TableContext, rule: Rule, *, stated: Part, parts: list[Part], row: Row | None,
            column: Column | None, subject: dict[str, str], extra: list[Candidate] | None = None) -> Finding | None:
    """Compare a stated total with its parts; None when they agree exactly."""
    table = ctx.table
    scale = table.scale or Decimal(1)
    base = {"table": table_name(table), "row": row.label if row else None, "column": column.key if column else None,
            "page": stated.cell.provenance.page if stated.cell.provenance else None,
            "evidence": [_evidence("stated", stated, scale), *(_evidence("part", p, scale) for p in parts)]}
    included = total(p.interval for p in parts).scaled(scale)
    kept = [p for p in parts if not p.excluded_by]
    counted = total(p.interval for p in kept).scaled(scale)
    excluded = [p for p in parts if p.excluded_by]
    params = {**subject, "computed": euros(counted.value), "excluded": ", ".join(euros(p.value) for p in excluded)}
    if CellKind.pending in (stated.cell.kind, *(p.cell.kind for p in parts)):
        return None  # an amount not yet set: RD107 says so once, where it stands
    if stated.cell.kind in (CellKind.nil, CellKind.empty):
        if counted.value == 0:
            return None
        # A blank total in a small table inside the prose is less grave than in the
        # investment table the proposal is judged by.
        return missing_total.finding(ctx, "dash" if stated.cell.kind == CellKind.nil else "blank",
                                     severity=None if table.is_investment else Severity.warning, params=params,
                                     computed=counted.value, computed_interval=counted.bounds, **base)
    if stated.cell.kind != CellKind.amount or stated.cell.amount is None:
        return None
    claim = stated.interval.scaled(scale)
    tolerance = (stated.tolerance + sum((p.tolerance for p in kept if p.cell.amount), Decimal(0))) * scale
    numbers = {"stated": claim.value, "computed": counted.value, "difference": claim.value - counted.value,
               "stated_interval": claim.bounds, "computed_interval": counted.bounds}
    params |= {"stated": euros(claim.value), "difference": euros(claim.value - counted.value)}
    notes = [p.excluded_by for p in excluded if p.excluded_by]
    quote = "; ".join(f"{n.mark} {n.text}" for n in notes) or None
    gist = {"notes": "; ".join(f"{n.mark} \"{_excluding_sentence(n)}\"" for n in notes)}

    def found(kind: str, severity: Severity, cause: Phrase | None = None) -> Finding:
        return rule.finding(ctx, kind, severity=severity, params=params, footnote=quote, cause=cause,
                            diagnosis=describe(cause, "en") if cause else None, **numbers, **base)

    if claim.overlaps(counted):
        if excluded and not claim.overlaps(included):
            return found("footnote-explains", Severity.warning, Phrase(key="footnote-explains", params=gist))
        return found("rounding", Severity.info) if claim.value != counted.value else None
    if excluded and claim.overlaps(included):
        return found("footnote-contradicts", Severity.error, Phrase(key="footnote-contradicts", params=gist))
    if not table.funding and _not_a_sum(claim, [p.interval.scaled(scale) for p in kept if p.cell.amount]):
        return None  # a rate or an average in a total row of a statistical table, not a sum
    candidates = [Candidate(p.value * scale, p.tolerance * scale,
                            Phrase(key="cell", params={"label": p.label, "raw": p.cell.raw}),
                            "excluded" if p.excluded_by else "part")
                  for p in parts if p.cell.amount]
    cause = diagnose(claim.value, counted.value, tolerance, candidates + (extra or []))
    if not table.funding and _ambiguous(table, parts):
        return found("ambiguous", Severity.warning, cause)
    return found("default", Severity.error, cause)


def _excluding_sentence(note: Footnote) -> str:
    """The sentence of a footnote that takes its amount out of the total."""
    for sentence in re.split(r"(?<=[.!?])\s+", note.text):
        if _EXCLUDES.search(sentence):
            return sentence.strip()
    return note.text


missing_total = Rule(
    "RD104", "missing-total", "A total is missing while its parts are not", "The row, column and grand-total "
    "checks find a total written as '-' or left blank while the amounts it should total add up to more than zero.",
    "Fill in the total, or explain why it is blank.", "table", Severity.error,
    messages={"dash": Text("{what}: the total is missing (a dash is written) while its parts add up to {computed}.",
                           "{what}: het totaal ontbreekt (er staat een streepje) terwijl de delen optellen tot {computed}."),
              "blank": Text("{what}: the total is missing (nothing is written) while its parts add up to {computed}.",
                            "{what}: het totaal ontbreekt (er staat niets) terwijl de delen optellen tot {computed}.")},
    actions={"default": Text("Fill in the total ({computed} if the parts are right), or explain why it is blank.",
                             "Vul het totaal in ({computed} als de delen kloppen), of leg uit waarom het leeg is.")},
    subjects=SUBJECTS)


def _as_read(ctx: TableContext, rule: Rule, findings: list[Finding], checked: int) -> list[Finding]:
    """A funding table's sums are sums. In any other table a Total is sometimes a count
    beside shares, a rate or a sum over other columns than it seems: where most of its
    sums fail, the table does not mean them as sums and one warning says so; elsewhere a
    difference is an error only in a table of money (a scale, € or EUR)."""
    if ctx.table.funding or not findings:
        return findings
    failed = [f for f in findings if f.severity == Severity.error]
    if checked >= 3 and len(failed) > checked // 3:
        first = failed[0]
        return [rule.finding(ctx, "not-sums", severity=Severity.warning, table=first.table, column=first.column,
                             page=first.page, params={"table": first.table or "", "failed": str(len(failed)),
                                                      "checked": str(checked)})]
    if _money(ctx.table):
        return findings
    return [f.model_copy(update={"severity": Severity.warning}) if f.severity == Severity.error else f for f in findings]


def _money(table: FundingTable) -> bool:
    texts = [table.caption or "", table.label, *(c.label for c in table.columns)]
    return table.scale is not None or any(re.search(r"€|\beur\b|euro|bedrag", t, re.I) for t in texts) or \
        any("€" in c.raw for r in table.rows for c in r.cells)


def _sum_rule(code: str, check: str, about: About):
    return rule(code, check, "table", about, messages=SUM_MESSAGES, actions=SUM_ACTIONS, subjects=SUBJECTS)


@_sum_rule("RD101", "row-sum", About(
    "Row does not add up to its total",
    "Each body row's Totaal must equal the sum of its funding-source cells.",
    "Compare the row's Totaal with the sum of its other cells, respecting the precision the amounts are "
    "written in (6,33 mln. stands for 6.325.000 to 6.335.000)."))
def row_sums(ctx: TableContext) -> Iterator[Finding]:
    view = TableView.of(ctx.table)
    if view.total_column is None:
        return
    found = []
    blocks = view.totals_and_sources()
    rows = view.body_rows
    for r in rows:
        row = ctx.table.rows[r]
        for total_column, sources in blocks:
            if not any(row.cells[c].raw.strip() for c in sources):
                continue  # a total alone on its row ("Af: bijdrage Rijk" under the table) splits nothing
            finding = compare(ctx, row_sums, stated=view.part(r, total_column), parts=[view.part(r, c) for c in sources],
                              row=row, column=ctx.table.columns[total_column], subject={"subject": "row", "row": row.label})
            if finding:
                found.append(finding)
    yield from _as_read(ctx, row_sums, found, len(rows) * len(blocks))


@_sum_rule("RD102", "column-sum", About(
    "Column does not add up to its total",
    "The Totaal row must equal the sum of the body rows in every funding-source column.",
    "Add the column's body cells and compare with the Totaal row, respecting the written precision."))
def column_sums(ctx: TableContext) -> Iterator[Finding]:
    view = TableView.of(ctx.table)
    found = []
    sections = view.sections()
    for total_row, rows in sections:
        for c in view.summed_columns:
            column = ctx.table.columns[c]
            subject = {"subject": "column", "column_label": column.label or column.key}
            if ctx.table.rows[total_row].kind == "subtotal":
                subject |= {"subject": "subtotal", "subtotal": ctx.table.rows[total_row].label}
            finding = compare(ctx, column_sums, stated=view.part(total_row, c), parts=[view.part(r, c) for r in rows],
                              row=ctx.table.rows[total_row], column=column, subject=subject)
            if finding:
                found.append(finding)
    yield from _as_read(ctx, column_sums, found, len(sections) * len(view.summed_columns))


@_sum_rule("RD103", "grand-total", About(
    "Grand total disagrees with its rows or columns",
    "The grand total (Totaal row × Totaal column) must equal both the sum of the rows' totals and the sum of "
    "the Totaal row's funding sources.",
    "A grand total that agrees one way and not the other points at a row whose total is wrong or missing."))
def grand_total(ctx: TableContext) -> Iterator[Finding]:
    view = TableView.of(ctx.table)
    if view.total_row is None or view.total_column is None:
        return
    table = ctx.table
    stated = view.part(view.total_row, view.total_column)
    total_row, total_col = table.rows[view.total_row], table.columns[view.total_column]
    found: list[Finding | None] = []
    # (under subtotals, the rows the Totaal adds up are the subtotals and the rows under none;
    # a Totaal with no rows to add up, only lines under it that split no source, checks no rows)
    rows = dict(view.sections()).get(view.total_row, [])
    if rows:
        found.append(compare(ctx, grand_total, stated=stated,
                             parts=[view.part(r, view.total_column) for r in rows], row=total_row,
                             column=total_col, subject={"subject": "grand-rows"}, extra=_row_candidates(view)))
    if len(view.source_columns) != 1:  # (one source beside the total splits nothing: see totals_and_sources)
        found.append(compare(ctx, grand_total, stated=stated,
                             parts=[view.part(view.total_row, c) for c in view.source_columns], row=total_row,
                             column=None, subject={"subject": "grand-sources"}))
    yield from _as_read(ctx, grand_total, [f for f in found if f], len(found))


def _row_candidates(view: TableView) -> list[Candidate]:
    """What else may explain a grand total that disagrees with the rows: a row's missing
    total, a footnoted amount, or a whole row's total."""
    table, total_column = view.table, view.total_column
    assert total_column is not None
    missing = []
    for r in view.body_rows:
        if table.rows[r].cells[total_column].kind in (CellKind.nil, CellKind.empty):
            parts = total(view.part(r, c).interval for c in view.source_columns if not view.part(r, c).excluded_by)
            if parts.value:
                missing.append(Candidate(parts.value, Decimal(0), Phrase(key="missing-total", params={
                    "row": table.rows[r].label, "amount": euros(parts.value)}), "missing-total"))
    excluded = [Candidate(view.part(r, c).value, Decimal(0), Phrase(key="footnoted", params={
                    "raw": view.part(r, c).cell.raw, "label": view.part(r, c).label}), "excluded")
                for r in view.body_rows for c in view.source_columns if view.part(r, c).excluded_by]
    rows = [Candidate(view.part(r, total_column).value, Decimal(0),
                      Phrase(key="row-total", params={"row": table.rows[r].label}), "row")
            for r in view.body_rows if view.part(r, total_column).cell.amount]
    return missing + excluded + rows


@rule("RD105", "missing-total-row", "table",
      About("Table has no total",
            "A table with several rows should state its totals, so that a reader can check them.",
            "Add a Totaal row (and a Totaal column for a funding table)."),
      severity=Severity.warning,
      messages={"default": Text("table '{table}' has {rows} rows but no Totaal row.",
                                "tabel '{table}' heeft {rows} regels maar geen totaalregel.")},
      actions={"default": Text("State the totals so that they can be checked.",
                               "Vermeld de totalen, zodat ze te controleren zijn.")})
def missing_total_row(ctx: TableContext) -> Iterator[Finding]:
    if not ctx.table.funding:
        return  # any table need not state a total; a proposal's funding table should
    view = TableView.of(ctx.table)
    if view.total_row is None and len(view.body_rows) >= 2:
        yield missing_total_row.finding(ctx, params={"table": ctx.table.label, "rows": str(len(view.body_rows))},
                                        table=ctx.table.label,
                                        page=ctx.table.provenance.page if ctx.table.provenance else None)


@rule("RD106", "table-percent-sum", "table",
      About("A column of shares does not add up to its total",
            "A column of percentages with a total (usually 100%) must add up to it, within the rounding of how the shares "
            "are written (each of 33,3% stands for 33,25% to 33,35%); a column of each row's own ratio (\"% besteed\") "
            "must give the total's as their mean weighted by the rows' totals.",
            "Recompute the shares; where rounding makes them add up to 99% or 101%, say so in a note."),
      messages={"default": Text("column '{column}': the shares add up to {computed}%, not the {stated}% stated, more "
                                "than the rounding of the shares allows.",
                                "kolom '{column}': de aandelen tellen op tot {computed}%, niet de vermelde {stated}%, "
                                "meer dan de afronding van de aandelen toelaat.")},
      actions={"default": Text("Recompute the shares from the amounts they are shares of.",
                               "Herbereken de aandelen uit de bedragen waarvan ze een deel zijn.")})
def percent_sums(ctx: TableContext) -> Iterator[Finding]:
    view = TableView.of(ctx.table)
    for total_row, rows in view.sections():
        for c, column in enumerate(ctx.table.columns):
            stated = _percent(ctx.table.rows[total_row].cells[c].raw)
            parts = [p for p in (_percent(ctx.table.rows[r].cells[c].raw) for r in rows) if p is not None]
            if stated is None or not parts or len(parts) < len(rows):
                continue
            claim, counted = stated, total(parts)
            if claim.overlaps(counted) or _weighted_mean_of(view, rows, c, parts, claim):
                continue
            row = ctx.table.rows[total_row]
            yield percent_sums.finding(
                ctx, params={"column": column.label or column.key, "computed": str(counted.value),
                             "stated": str(claim.value)},
                table=table_name(ctx.table), row=row.label, column=column.key, stated=claim.value,
                computed=counted.value, difference=claim.value - counted.value, stated_interval=claim.bounds,
                computed_interval=counted.bounds, page=row.provenance.page if row.provenance else None)


@rule("RD107", "pending-amount", "table",
      About("An amount is not set yet (p.m.)",
            "A cell written 'p.m.' (pro memorie) names a cost or a contribution without its amount, so the row and "
            "column sums through it cannot be checked.",
            "Ask for the amount, or for when it will be known; the sums through the cell are checked once it is set."),
      severity=Severity.warning,
      messages={"default": Text("{what} reads '{raw}' (pro memorie): the amount is not set, so the sums through it "
                                "are not checked.",
                                "{what} is '{raw}' (pro memorie): het bedrag staat nog niet vast, dus de sommen "
                                "waarin het meetelt zijn niet gecontroleerd.")},
      actions={"default": Text("Ask for the amount, or for when it will be known.",
                               "Vraag naar het bedrag, of naar wanneer het bekend is.")},
      subjects={"cell": Text("row '{row}', column '{column_label}'", "regel '{row}', kolom '{column_label}'")})
def pending_amounts(ctx: TableContext) -> Iterator[Finding]:
    for row in ctx.table.rows:
        for column, cell in zip(ctx.table.columns, row.cells):
            if cell.kind != CellKind.pending:
                continue
            prov = cell.provenance
            yield pending_amounts.finding(
                ctx, params={"subject": "cell", "row": row.label, "column_label": column.label or column.key,
                             "raw": cell.raw.strip()},
                table=table_name(ctx.table), row=row.label, column=column.key,
                page=prov.page if prov else None,
                evidence=[Evidence(role="stated", label=f"{row.label} × {column.label or column.key}", raw=cell.raw,
                                   value=None, page=prov.page if prov else None, bbox=prov.bbox if prov else None)])


@rule("RD108", "budget-not-covered", "table", About(
    "The funding does not cover the costs",
    "A budget drawn as its costs and then the funding that covers them (\"begroting en dekkingsplan\") must give "
    "both parts the same total.",
    "Compare the costs' total with the funding's; find the cost line or the contribution that is missing or wrong."),
    messages=SUM_MESSAGES | {
        "default": Text("{what}: the costs total {stated} but the funding adds up to {computed} (difference "
                        "{difference}), more than the rounding of the amounts allows.",
                        "{what}: de kosten zijn samen {stated}, maar de dekking telt op tot {computed} (verschil "
                        "{difference}), meer dan de afronding toelaat."),
        "rounding": Text("{what}: the costs' {stated} against the funding's {computed}, a difference within the "
                         "rounding of how the amounts are written.",
                         "{what}: kosten {stated} tegen dekking {computed}; het verschil valt binnen de afronding.")},
    actions=SUM_ACTIONS | {"default": Text(
        "Find the cost line or the contribution that is missing or wrong, and make the two totals agree.",
        "Zoek de kostenpost of de bijdrage die ontbreekt of niet klopt, en laat de twee totalen overeenkomen.")},
    subjects={"budget": Text("budget '{costs}' and its funding", "begroting '{costs}' en de dekking")})
def budget_covered(ctx: TableContext) -> Iterator[Finding]:
    table, project, index = ctx.table, ctx.project, ctx.table_index
    if table.budget_part != "funding" or project is None or index == 0:
        return
    costs = project.tables[index - 1]
    if costs.budget_part != "costs":
        return
    stated, funded = _the_total(costs), _the_total(table)
    if stated is None or funded is None:
        return
    finding = compare(ctx, budget_covered, stated=stated, parts=[funded], row=None, column=None,
                      subject={"subject": "budget", "costs": table_name(costs)})
    if finding:
        yield finding


def _the_total(table: FundingTable) -> Part | None:
    """A table's one total: its Totaal row's Totaal cell, or where it has one of the two, its
    cell in the table's one column or its one row."""
    view = TableView.of(table)
    rows = [view.total_row] if view.total_row is not None else view.body_rows
    columns = [view.total_column] if view.total_column is not None else view.source_columns
    if len(rows) != 1 or len(columns) != 1:
        return None
    return view.part(rows[0], columns[0])


RULES = (row_sums, column_sums, grand_total, missing_total, missing_total_row, percent_sums, pending_amounts,
         budget_covered)


def _weighted_mean_of(view: TableView, rows: list[int], column: int, parts: list[Interval], claim: Interval) -> bool:
    """Is the total's percentage its rows' own percentages weighted by their totals (or by
    the amounts of the table's one other column of them), as a column of each row's ratio
    gives it ("% besteed": spent of the row's budget), not shares of one whole that add up?
    (Weighted by the rows' amounts as they stand: whether those add up to the table's total
    is another rule's finding.)"""
    money = [c for c in range(len(view.table.columns))
             if c != column and all(view.table.rows[r].cells[c].amount is not None for r in rows)]
    weighing = view.total_column if view.total_column is not None else money[0] if len(money) == 1 else None
    if weighing is None or weighing == column:
        return False
    amounts = [view.table.rows[r].cells[weighing].amount for r in rows]
    weights = [a.value for a in amounts if a is not None and a.value > 0]
    if len(weights) < len(rows):
        return False
    whole = sum(weights, Decimal(0))
    low = sum((p.low * w for p, w in zip(parts, weights)), Decimal(0)) / whole
    high = sum((p.high * w for p, w in zip(parts, weights)), Decimal(0)) / whole
    return claim.overlaps(Interval(low, high, (low + high) / 2))


def _percent(text: str) -> Interval | None:
    """A share as written, with the interval its decimals allow; None for anything else."""
    m = _PERCENT.match(text.strip())
    if not m:
        return None
    value = Decimal(m.group(1).replace(",", ".").replace("−", "-"))
    half = Decimal(5) * Decimal(10) ** -(len(m.group(2) or "") + 1)
    return Interval(value - half, value + half, value)
