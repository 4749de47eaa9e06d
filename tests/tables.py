"""Building FundingTables from strings, for rule tests."""

from regio.money import parse_cell
from regio.schema import Cell, Column, Dossier, Footnote, FundingTable, Project, Provenance, Row

KEYS = {"Totaal": ("totaal", "total"), "Privaat": ("privaat", "source"), "Onderwijs": ("onderwijs", "source"),
        "Gem.": ("gemeente", "source"), "Provincie": ("provincie", "source"), "Rijk": ("rijk", "source")}


def cell(text: str, page: int = 1) -> Cell:
    parsed = parse_cell(text)
    return Cell(raw=text, kind=parsed.kind, amount=parsed.amount, marks=list(parsed.marks),
                provenance=Provenance(page=page, bbox=(0, 0, 10, 10)))


def table(header: list[str], rows: list[list[str]], footnotes: list[tuple[str, str]] = (), field=None) -> FundingTable:
    columns = [Column(label=h, key=KEYS.get(h, (h.lower(), "source"))[0], role=KEYS.get(h, (h, "source"))[1])
               for h in header]
    body = [Row(label=r[0], kind="total" if r[0].lower().startswith("totaal") else "body",
                cells=[cell(c) for c in r[1:]]) for r in rows]
    return FundingTable(label="Opgaven/Investeringen", columns=columns, rows=body,
                        footnotes=[Footnote(mark=m, text=t) for m, t in footnotes], pages=[1], field=field)


def dossier(*tables: FundingTable, fields=()) -> Dossier:
    project = Project(theme="Thema", title="Project", tables=list(tables), fields=list(fields), pages=[1],
                      provenance=Provenance(page=1))
    return Dossier(file="test.pdf", sha256="0" * 64, page_count=1, projects=[project])
