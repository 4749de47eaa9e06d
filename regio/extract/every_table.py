"""Every table of a page, as general Table records: the regions the finder draws, read by
the same table reader as the dossiers' funding tables."""

from __future__ import annotations

from regio.extract.finder import TableRegion, find_tables
from regio.extract.layout import Line, PageLayout
from regio.extract.settings import DEFAULT, Settings
from regio.extract.tables import NoValueColumns, Region, build_table
from regio.geometry import rounded
from regio.money import stated_scale
from regio.schema import ExtractionWarning, FundingTable, Table


def read_page_tables(layout: PageLayout, settings: Settings = DEFAULT,
                     warnings: list[ExtractionWarning] | None = None) -> list[Table]:
    tables: list[Table] = []
    for _, table in read_regions(layout, settings):
        if isinstance(table, Table):
            tables.append(table)
        elif warnings is not None:
            warnings.append(table)
    return tables


def read_regions(layout: PageLayout, settings: Settings = DEFAULT) -> list[tuple[TableRegion, Table | ExtractionWarning]]:
    """Each region the finder draws with what the reader made of it; the tables numbered
    p<page>-t1, -t2, ... (a region that cannot be read takes no number)."""
    out: list[tuple[TableRegion, Table | ExtractionWarning]] = []
    count = 0
    for found in find_tables(layout, settings=settings):
        table = read_region(layout, found, f"p{layout.number}-t{count + 1}", settings)
        if table is None:
            continue
        count += isinstance(table, Table)
        out.append((found, table))
    return out


def read_region(layout: PageLayout, found: TableRegion, table_id: str,
                settings: Settings = DEFAULT, investment: bool | None = False) -> Table | ExtractionWarning | None:
    """The region read as a table; ``investment`` as build_table takes it (False: any columns).
    None where it holds no column beside its labels: no table, nothing lost."""
    region = Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                    x1=found.box[2] + 1, pages={layout.number: layout}, aliases=settings.alias_map,
                    cuts=found.cuts, form=found.form, settings=settings,
                    caption=found.caption.text if found.caption else "")
    try:
        read = build_table(region, investment=investment)
    except NoValueColumns:
        return None
    except Exception as exc:  # one unreadable table must not cost the others
        return ExtractionWarning(code="table-unreadable", page=layout.number,
                                 message=f"table at {[round(v) for v in found.box]} could not be read ({exc})")
    describe(read, found)
    return Table(**dict(read), id=table_id, page=layout.number, bbox=rounded(found.box))


def describe(table: FundingTable, found: TableRegion) -> None:
    describe_lines(table, found.caption, found.header, found.scale_note)


def describe_lines(table: FundingTable, caption: Line | None, header: list[Line], note: Line | None = None) -> None:
    """The caption, and the scale or unit the caption, a note beside it or the header states."""
    table.caption = caption.text if caption else None
    stated = [table.caption or "", note.text if note else "", *(ln.text for ln in header),
              *(n.text for n in table.footnotes if not n.mark)]  # a note of what its amounts are
    table.scale, table.unit = stated_scale(" ".join(stated))
