"""The reviewer's report: one self-contained HTML file (styles and page crops inlined, no
requests), with the offending numbers outlined on the page they were read from.

All text from the proposal is escaped: a proposal is untrusted input.
"""

from __future__ import annotations

import base64
import io
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import NamedTuple

from regio.money import euros
from regio.report.i18n import LABELS, action, diagnosis, message, note, percent, source_name, title
from regio.schema import Cell, Dossier, ExtractionWarning, FundingTable, Project, Table
from regio.validate import CheckResult
from regio.validate.findings import Evidence, Finding, Severity

# Each role of a number in a finding: its outline on the page crops, and its colour's name.
_ROLES = {"stated": ((220, 38, 38), "red"), "part": ((37, 99, 235), "blue"), "excluded": ((234, 138, 0), "orange"),
          "prose": ((124, 58, 237), "purple"), "footnote": ((22, 163, 74), "green")}
# The cells of a redrawn table, marked by the role of their number in an error.
_CELL_CLASSES = {"bad-total": ("stated", "red"), "bad-part": ("part", "blue"), "excluded": ("excluded", "orange")}
_SCALE = 2.0  # page crops at twice screen resolution...
_PIXEL_BUDGET = 4_000_000  # ...but never more pixels than this, whatever the page's size
_MARGIN = 24.0  # points of context above and below the numbers
_SIDE = 600.0  # points of context beside them: the whole width of any sheet of paper
_LINE_PAD = 2.0  # points kept clear around a line of text, so that no glyph is cut
_TALLEST_LINE = 72.0  # a "line" taller than this is art, not text: crops are not snapped to it
_MOST_LINES = 20_000  # text rectangles read from one page for snapping
_PAGES_KEPT = 8  # pages whose lines are kept: findings come in page order, mostly
_PERCENT_CODES = frozenset({"RD106", "RD203"})  # findings whose numbers are percentages, not euros
_DOSSIER_NOTES = frozenset({"toc-entry-not-found", "cross-check-failed"})  # about the whole, whatever their page

_CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:0;background:#f5f7fa}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px;overflow-wrap:anywhere}
h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #d9e2ec;padding-bottom:4px;overflow-wrap:anywhere}
h3{font-size:16px;margin:16px 0 6px}
.scroll{max-width:100%;overflow-x:auto}
table{border-collapse:collapse;background:#fff;margin:8px 0;font-size:13px}
th,td{border:1px solid #d9e2ec;padding:4px 8px;vertical-align:top}th{background:#f0f4f8;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.sum td{font-weight:600;border-top:2px solid #9aa5b1}
.bad-total{background:#fde2e2;outline:2px solid #dc2626;outline-offset:-2px}.bad-part{background:#dbeafe}
.excluded{background:#ffedd5}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff;
border:1px solid transparent;white-space:nowrap}
.error{background:#dc2626}.warning{background:#b45309}.info,.note{background:#52606d}.clean{background:#15803d}
.finding,.notes{background:#fff;border:1px solid #d9e2ec;border-left:5px solid #94a3b8;border-radius:4px;
padding:10px 14px;margin:12px 0}
.finding.sev-error{border-left-color:#dc2626}.finding.sev-warning{border-left-color:#d97706}
.finding h4,.notes h4{font-size:15px;margin:0;font-weight:400}.finding h4 b{margin-right:4px}.notes ul{margin:6px 0 2px}
.numbers{display:flex;flex-wrap:wrap;gap:8px 24px;margin:6px 0}.numbers div span{display:block;font-size:12px;color:#52606d}
.numbers div b{font-variant-numeric:tabular-nums}
figure{margin:8px 0}figure img{max-width:100%;height:auto;border:1px solid #cbd2d9}
figcaption,.legend{font-size:12px;color:#52606d}
.legend .item,figcaption .item{display:inline-block;margin-right:10px}
.key{display:inline-block;width:16px;height:11px;border:2px solid transparent;margin:0 4px 0 0;vertical-align:-1px}
.muted{color:#52606d;font-size:13px}blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #cbd2d9;color:#3e4c59}
.index{padding-left:0;list-style:none}.index li{margin:4px 0}.index .where{color:#52606d;font-size:13px}
.sources{display:flex;gap:8px 32px;flex-wrap:wrap}.sources>div{min-width:0;max-width:100%}
@media (max-width:640px){
 main{padding:12px}h1{font-size:21px}h2{font-size:18px}
 th,td{padding:3px 5px}.finding,.notes{padding:8px 10px}
 /* The overview reflows into one card per project; crops keep a readable size and scroll. */
 table.cards,table.cards tbody,table.cards tr{display:block;width:100%}
 table.cards tr.head{display:none}table.cards tr{border:1px solid #d9e2ec;margin:0 0 8px;background:#fff;padding:4px 0}
 table.cards td{display:inline-block;border:0;padding:1px 8px;text-align:left;white-space:normal}
 table.cards td:nth-child(2),table.cards td:last-child{display:block}
 table.cards td[data-label]::before{content:attr(data-label) ": ";color:#52606d;font-size:12px}
 figure .scroll img{max-width:none;width:560px}
}
@media print{
 @page{margin:14mm}
 body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 .scroll{overflow:visible}
 .finding,.notes,figure,tr,.scroll,.sources>div{break-inside:avoid}h2,h3,.finding h4{break-after:avoid}
 figure img{max-height:16cm;width:auto}
 /* Without background printing a badge is its word in its colour, framed. */
 .badge{background:none!important;border-color:currentColor}
 .badge.error{color:#b91c1c}.badge.warning{color:#92400e}.badge.info,.badge.note{color:#334155}.badge.clean{color:#166534}
 .bad-total,.bad-part,.excluded{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .bad-part{outline:2px dashed #2563eb;outline-offset:-2px}.excluded{outline:2px dotted #ea8a00;outline-offset:-2px}
}
"""


def render(dossier: Dossier, result: CheckResult, pdf_path: Path | None, lang: str = "en",
           password: str | None = None) -> str:
    crops = _Crops(pdf_path, password) if pdf_path else None
    try:
        return _Report(dossier, result, pdf_path, lang, crops).page()
    finally:
        if crops:
            crops.close()


def _anchor(text: str) -> str:
    return "p-" + "".join(c if c.isalnum() else "-" for c in text.casefold())[:60]


def _page_link(pdf_path: Path, page: int) -> str:
    """The PDF's page as an absolute file URI: it opens wherever the report is written (-o)
    and from wherever it is opened on this machine."""
    return f"{pdf_path.resolve().as_uri()}#page={page}"


@dataclass
class _Report:
    dossier: Dossier
    result: CheckResult
    pdf_path: Path | None
    lang: str
    crops: _Crops | None
    t: dict[str, str] = field(init=False)
    by_project: dict[str | None, list[Finding]] = field(init=False)
    notes: dict[str | None, list[ExtractionWarning]] = field(init=False)
    ids: dict[int, str] = field(init=False)  # id(finding) -> its card's anchor
    projects: dict[str, Project] = field(init=False)  # by title, the first of a title

    def __post_init__(self) -> None:
        self.t = LABELS[self.lang]
        self.by_project = defaultdict(list)
        for f in self.result.findings:
            if f.severity != Severity.info:  # within rounding: counted, not shown
                self.by_project[f.project].append(f)
        self.notes = _notes_by_project(self.dossier)
        order = [None, *(p.title for p in self.dossier.projects)]
        shown = [f for title_ in dict.fromkeys(order) for f in self.by_project.get(title_, [])]
        self.ids = {id(f): f"f-{n}" for n, f in enumerate(shown, 1)}
        self.projects = {p.title: p for p in reversed(self.dossier.projects)}

    def page(self) -> str:
        t, d = self.t, self.dossier
        parts = [f"<!DOCTYPE html><html lang=\"{self.lang}\"><head><meta charset=\"utf-8\">",
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                 # No external requests: everything this page shows is inside it.
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                 "style-src 'unsafe-inline'\">",
                 f"<title>{escape(t['title'])}: {escape(d.file)}</title><style>{_CSS}</style></head><body><main>",
                 f"<h1>{escape(t['title'])}: {escape(Path(d.file).name)}</h1>",
                 f"<p class=\"muted\">{escape(t['generated'])} · SHA-256 {escape(d.sha256[:16])}… · "
                 f"{d.page_count} {escape(t['pages'].lower())}</p>",
                 self.glance(), self.index()]
        general, notes = self.by_project.get(None, []), self.notes.get(None, [])
        if general or notes:
            parts.append(f"<h2>{escape(t['findings'] if general else t['notes'])}: {escape(t['dossier'])}</h2>")
            parts.append(self.notes_box(notes, None, t["notes"]))
            parts.extend(self.finding(f) for f in general)
        parts.extend(self.project(p) for p in d.projects)
        parts.append("</main></body></html>\n")
        return "".join(parts)

    # The dossier at a glance

    def glance(self) -> str:
        t, s = self.t, self.result.summary
        rows, approx = [], False
        for project in self.dossier.projects:
            total, rijk = _headline_cells(project)
            table = project.investment_table
            approx = approx or any(c is not None and (c.amount is None or not c.amount.exact) for c in (total, rijk))
            pages = f"{project.pages[0]}–{project.pages[-1]}" if project.pages else ""
            rows.append(f"<tr><td data-label=\"{escape(t['theme'])}\">{escape(project.theme)}</td><td><a "
                        f"href=\"#{_anchor(project.title)}\"><b>{escape(project.title)}</b></a></td>"
                        f"<td data-label=\"{escape(t['pages'])}\">{pages}</td>{_amount_td(total, t['total'], table)}"
                        f"{_amount_td(rijk, t['rijk'], table)}<td>{self.status(project)}</td></tr>")
        head = "".join(f"<th{c}>{escape(t[k])}</th>" for k, c in
                       (("theme", ""), ("project", ""), ("pages", ""), ("total", " class=\"num\""),
                        ("rijk", " class=\"num\""), ("status", "")))
        counts = (f"<p><b>{s.errors}</b> {escape(t['error'] if s.errors == 1 else t['errors'].lower())}, "
                  f"<b>{s.warnings}</b> {escape(t['warning'] if s.warnings == 1 else t['warnings'].lower())}, "
                  f"{s.infos} {escape(t['within'])}.")
        if not rows:  # not a proposal: no projects to list, no money to total
            return f"<h2>{escape(t['glance'])}</h2>{counts}</p>"
        return (f"<h2>{escape(t['glance'])}</h2>{counts} {escape(t['investments'])}: <b>{euros(s.total)}</b>; "
                f"{escape(t['rijk_total'])}: <b>{euros(s.rijk_total)}</b>.</p>"
                f"<div class=\"scroll\"><table class=\"cards\"><tr class=\"head\">{head}</tr>{''.join(rows)}</table></div>"
                + (f"<p class=\"legend\">{escape(t['approx'])}</p>" if approx else "")
                + self.totals())

    def status(self, project: Project) -> str:
        t = self.t
        found = self.by_project.get(project.title, [])
        errors = sum(f.severity == Severity.error for f in found)
        warnings = sum(f.severity == Severity.warning for f in found)
        notes = len(self.notes.get(project.title, []))
        badges = [f"<span class=\"badge {cls}\">{n} {escape(one if n == 1 else many)}</span>" for cls, n, one, many in
                  (("error", errors, t["error"], t["errors"].lower()), ("warning", warnings, t["warning"], t["warnings"].lower()),
                   ("note", notes, t["note"], t["note_plural"])) if n]
        return " ".join(badges) or f"<span class=\"badge clean\">{escape(t['clean'])}</span>"

    def totals(self) -> str:
        """The totals per source and per theme, and why the sources' sum differs from the
        headline where it does."""
        t, s = self.t, self.result.summary
        labels = _source_labels(self.dossier)
        sources = "".join(f"<tr><td>{escape(source_name(k, labels.get(k), self.lang))}</td><td class=\"num\">"
                          f"{euros(v)}</td></tr>" for k, v in s.by_source.items())
        summed = sum(s.by_source.values(), Decimal(0))
        sources += f"<tr class=\"sum\"><td>{escape(t['sources_sum'])}</td><td class=\"num\">{euros(summed)}</td></tr>"
        themes = "".join(f"<tr><td>{escape(k)}</td><td class=\"num\">{euros(v)}</td></tr>" for k, v in s.by_theme.items())
        themes += f"<tr class=\"sum\"><td>{escape(t['investments'])}</td><td class=\"num\">{euros(s.total)}</td></tr>"
        return (f"<div class=\"sources\"><div><h3>{escape(t['by_source'])}</h3><div class=\"scroll\"><table>"
                f"<tr><th>{escape(t['source'])}</th><th class=\"num\">{escape(t['amount'])}</th></tr>{sources}"
                f"</table></div></div>"
                f"<div><h3>{escape(t['by_theme'])}</h3><div class=\"scroll\"><table><tr><th>{escape(t['theme'])}</th>"
                f"<th class=\"num\">{escape(t['amount'])}</th></tr>{themes}</table></div></div></div>{self.gap(summed)}")

    def gap(self, summed: Decimal) -> str:
        t, total = self.t, self.result.summary.total
        if summed == total:
            return ""
        off = [(p, tot, src) for p in self.dossier.projects for tot, src in [_total_and_sources(p)] if tot != src]
        count = t["one_project"] if len(off) == 1 else t["projects"].format(n=len(off))
        text = t["sources_gap"].format(sources=euros(summed), gap=euros(abs(total - summed)), total=euros(total),
                                       direction=t["less"] if summed < total else t["more"], count=count)
        items = "".join(f"<li><a href=\"#{_anchor(p.title)}\">{escape(p.title)}</a>: "
                        f"{escape(t['gap_row'].format(total=euros(tot), sources=euros(src)))}</li>" for p, tot, src in off)
        return f"<p class=\"muted\">{escape(text)}</p><ul class=\"muted\">{items}</ul>"

    def index(self) -> str:
        """Every finding shown, each linking to its card."""
        items = []
        for title_ in dict.fromkeys([None, *(p.title for p in self.dossier.projects)]):
            for f in self.by_project.get(title_, []):
                sev = f.severity.value
                where = escape(title_ or self.t["dossier"]) + (f" · {escape(self.t['page'])} {f.page}" if f.page else "")
                items.append(f"<li><span class=\"badge {sev}\">{escape(self.t[sev])}</span> <a href=\"#{self.ids[id(f)]}\">"
                             f"<b>{escape(f.code)}</b> {escape(title(f, self.lang))}</a> <span class=\"where\">— {where}"
                             f"</span></li>")
        if not items:
            return ""
        return f"<h2>{escape(self.t['index'])}</h2><ol class=\"index\">{''.join(items)}</ol>"

    # A project

    def project(self, project: Project) -> str:
        t = self.t
        found = self.by_project.get(project.title, [])
        notes = self.notes.get(project.title, [])
        parts = [f"<h2 id=\"{_anchor(project.title)}\">{escape(project.theme)} | {escape(project.title)}</h2>"]
        for index, table in enumerate(project.tables):
            parts.append(_table(table, index, [f for f in found if f.table_index == index], t))
        parts.append(self.notes_box(notes, project.title, t["project_notes"]))
        parts.extend(self.finding(f) for f in found)
        if not found:
            parts.append(f"<p class=\"muted\">{escape(t['notes_only'] if notes else t['no_findings'])}</p>")
        return "".join(parts)

    def notes_box(self, notes: list[ExtractionWarning], project: str | None, heading: str) -> str:
        if not notes:
            return ""
        page_word = escape(self.t["page"])
        items = "".join(f"<li>{escape(note(w, self.lang, project))}{f' ({page_word} {w.page})' if w.page else ''}</li>"
                        for w in notes)
        return (f"<div class=\"notes\"><h4><span class=\"badge note\">{escape(self.t['note'])}</span> "
                f"{escape(heading)}</h4><ul>{items}</ul></div>")

    def finding(self, f: Finding) -> str:
        t, lang, sev = self.t, self.lang, f.severity.value
        extra = ""
        cause = diagnosis(f, lang)
        if cause:
            extra += f"<p><b>{escape(t['cause'])}:</b> {escape(cause)}</p>"
        if f.footnote:
            extra += f"<blockquote><b>{escape(t['footnote'])}:</b> {escape(f.footnote)}</blockquote>"
        todo = action(f, lang)
        if todo:
            extra += f"<p><b>{escape(t['todo'])}:</b> {escape(todo)}</p>"
        figures = self.crops.figure(f, _table_of(f, self.dossier, self.projects), t) if self.crops else ""
        link = ""
        if f.page and self.pdf_path:
            link = (f" · <a href=\"{escape(_page_link(self.pdf_path, f.page))}\">{escape(t['open_page'])} "
                    f"{f.page}</a>")
        return (f"<div class=\"finding sev-{sev}\" id=\"{self.ids[id(f)]}\"><h4><span class=\"badge {sev}\">"
                f"{escape(t[sev])}</span> <b>{escape(f.code)}</b> {escape(title(f, lang))}{link}</h4>"
                f"<p>{escape(message(f, lang))}</p>{self.numbers(f)}{extra}{figures}</div>")

    def numbers(self, f: Finding) -> str:
        if f.stated is None and f.computed is None:
            return ""
        t = self.t

        def fmt(value: Decimal | None) -> str:
            if value is None or f.code not in _PERCENT_CODES:
                return euros(value)
            return percent(value, self.lang)

        cells = [(t["stated"], f.stated), (t["computed"], f.computed)]
        if f.difference is not None:
            cells.append((t["difference"], f.difference))
        out = "".join(f"<div><span>{escape(label)}</span><b>{fmt(v)}</b></div>" for label, v in cells)
        stated, computed = f.stated_interval, f.computed_interval
        # The ranges the rounding allows, said in words where an amount was written rounded.
        if not (stated and computed) or (stated[0] == stated[1] and computed[0] == computed[1]):
            return f"<div class=\"numbers\">{out}</div>"

        def say(low: Decimal, high: Decimal) -> str:
            return t["exactly"].format(value=fmt(low)) if low == high else t["between"].format(low=fmt(low), high=fmt(high))

        sentence = t["rounding"].format(stated=say(*stated), computed=say(*computed))
        return f"<div class=\"numbers\">{out}</div><p class=\"muted\">{escape(sentence)}</p>"


def _notes_by_project(dossier: Dossier) -> dict[str | None, list[ExtractionWarning]]:
    """Each note of the reading with the project it is about: the one its message names first
    ("Project: table ..."), else the one its page belongs to; notes about the whole dossier
    (and those no project claims) under None."""
    titles = {p.title for p in dossier.projects}
    by_page: dict[int, str] = {}
    for p in dossier.projects:
        for page in p.pages:
            by_page.setdefault(page, p.title)
    out: dict[str | None, list[ExtractionWarning]] = defaultdict(list)
    for w in dossier.warnings:
        # A title may itself hold ": "; a few places are tried, each a dictionary look-up.
        named = next((w.message[:m.start()] for _, m in zip(range(4), re.finditer(": ", w.message))
                      if w.message[:m.start()] in titles), None)
        owner = named or (by_page.get(w.page) if w.page and w.code not in _DOSSIER_NOTES else None)
        out[owner].append(w)
    return out


def _headline_cells(project: Project) -> tuple[Cell | None, Cell | None]:
    """The cells of the investment table's Totaal row under its total and under the Rijk."""
    table = project.investment_table
    row = table.totals if table else None
    total = rijk = None
    if table and row:
        for column, cell in zip(table.columns, row.cells):
            if column.role == "total" and total is None:
                total = cell
            if column.key == "rijk":
                rijk = cell
    return total, rijk


def _amount_td(cell: Cell | None, label: str, table: FundingTable | None) -> str:
    """An amount of the table in full euros (times its scale); "≈" where the dossier wrote it
    rounded, "—" where it wrote none. The cell as written is its tooltip."""
    value = table.euros(cell) if table is not None and cell is not None else None
    if cell is None or cell.amount is None or value is None:
        text = "—"
    else:
        text = ("" if cell.amount.exact else "≈ ") + euros(value)
    tip = f" title=\"{escape(cell.raw)}\"" if cell is not None and cell.raw else ""
    return f"<td class=\"num\" data-label=\"{escape(label)}\"{tip}>{escape(text)}</td>"


def _total_and_sources(project: Project) -> tuple[Decimal, Decimal]:
    """What the headline and the per-source totals take from a project: its Totaal row's
    total and the sum of its sources (as the summary counts them)."""
    table = project.investment_table
    row = table.totals if table else None
    total = sources = Decimal(0)
    if table and row:
        for column, cell in zip(table.columns, row.cells):
            if (value := table.euros(cell)) is not None:
                if column.role == "total":
                    total += value
                else:
                    sources += value
    return total, sources


def _source_labels(dossier: Dossier) -> dict[str, str]:
    """Each source key's label as first written in an investment table."""
    labels: dict[str, str] = {}
    for p in dossier.projects:
        table = p.investment_table
        for column in table.columns if table else []:
            # A column named after its group ("publiek_1") is called by the group's name.
            numbered = column.group and column.key.startswith(f"{column.group}_")
            labels.setdefault(column.key, column.group.capitalize() if numbered and column.group else column.label)
    return labels


def _table_of(f: Finding, dossier: Dossier, projects: dict[str, Project]) -> FundingTable | None:
    """The table a finding is about: its project's, or one of the document's own."""
    if f.table_index is None:
        return None
    if f.project is None:
        tables: list[FundingTable] = list(dossier.tables)
    else:
        project = projects.get(f.project)
        tables = project.tables if project else []
    return tables[f.table_index] if 0 <= f.table_index < len(tables) else None


def _legend(lead: str, keys: Iterable[tuple[str, str, str]], t: dict[str, str]) -> str:
    """The colours a picture or table uses and what each marks, and none it does not use.
    ``keys`` are (the swatch's attributes, colour name, role) triples."""
    items = "".join(f"<span class=\"item\"><span {swatch}></span>{escape(t[colour])}: {escape(t['role_' + role])}</span>"
                    for swatch, colour, role in keys)
    return f"{escape(lead)} {items}" if items else ""


def _table(table: FundingTable, index: int, findings: list[Finding], t: dict[str, str]) -> str:
    flagged: dict[tuple, str] = {}
    for f in findings:
        if f.severity != Severity.error:
            continue
        for e in f.evidence:
            if e.page and e.bbox:
                role = {"stated": "bad-total", "excluded": "excluded"}.get(e.role, "bad-part")
                flagged.setdefault((e.page, tuple(e.bbox)), role)
    head = "".join(f"<th>{escape(c.label or c.key)}</th>" for c in table.columns)
    rows, used = [], set()
    for row in table.rows:
        cells = []
        for cell in row.cells:
            prov = cell.provenance
            cls = flagged.get((prov.page, tuple(prov.bbox))) if prov and prov.bbox else None
            used.add(cls)
            cells.append(f"<td class=\"num{(' ' + cls) if cls else ''}\">{escape(cell.raw) or '&nbsp;'}</td>")
        label = escape(row.label)
        label = {"total": f"<b>{label}</b>", "section": f"<i>{label}</i>"}.get(row.kind, label)
        rows.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
    legend = _legend(t["marked"], ((f"class=\"key {cls}\"", colour, role) for cls, (role, colour) in _CELL_CLASSES.items()
                                   if cls in used), t)
    notes = "".join(f"<p class=\"muted\">{escape(n.mark)} {escape(n.text)}</p>" for n in table.footnotes)
    pages = ", ".join(str(p) for p in table.pages)
    return (f"<h3>{escape(t['table'])} {index + 1}: {escape(table.label)} <span class=\"muted\">"
            f"({escape(t['page'])} {pages})</span></h3><div class=\"scroll\"><table><tr><th></th>{head}</tr>"
            f"{''.join(rows)}</table></div>" + (f"<p class=\"legend\">{legend}</p>" if legend else "") + notes)


class _Band(NamedTuple):
    """Part of a page, in points from its top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def area(self) -> float:
        return (self.x1 - self.x0) * (self.bottom - self.top)


class _Crops:
    """Crops of PDF pages around the numbers of a finding, outlined by their role: the band of
    the page from the table's column headers (or the numbers) down to the numbers and the
    footnote they quote, in whole lines of text."""

    def __init__(self, path: Path, password: str | None):
        import pypdfium2

        from regio.extract.pdf import with_its_forms

        self.document = with_its_forms(pypdfium2.PdfDocument(str(path), password=password))
        self.pages: dict[int, tuple[float, float, list[tuple[float, float, float, float]]]] = {}

    def close(self) -> None:
        self.document.close()

    def page_text(self, page_number: int) -> tuple[float, float, list[tuple[float, float, float, float]]]:
        """The page's width, height and lines of text, read once for the findings on it."""
        if page_number not in self.pages:
            if len(self.pages) >= _PAGES_KEPT:
                del self.pages[next(iter(self.pages))]
            page = self.document[page_number - 1]
            try:
                width, height = page.get_size()
                self.pages[page_number] = (width, height, _text_lines(page, height))
            finally:
                page.close()
        return self.pages[page_number]

    def figure(self, f: Finding, table: FundingTable | None, t: dict[str, str]) -> str:
        boxes: dict[int, list[Evidence]] = defaultdict(list)
        for e in f.evidence:
            if e.page and e.bbox:
                boxes[e.page].append(e)
        out = []
        for page_number, evidence in sorted(boxes.items()):
            shot = self._shot(page_number, evidence, table, f.footnote)
            if shot is None:
                continue
            data, header_page = shot
            roles = [r for r in _ROLES if any(e.role == r for e in evidence)]
            legend = _legend(t["outlined"], ((f"class=\"key\" style=\"border-color:rgb{_ROLES[r][0]}\"", _ROLES[r][1], r)
                                             for r in roles), t)
            source = f" ({escape(t['header_from'])} {header_page})" if header_page else ""
            out.append(f"<figure><div class=\"scroll\"><img alt=\"{escape(t['page'])} {page_number}\" "
                       f"src=\"data:image/png;base64,{data}\"></div>"
                       f"<figcaption>{escape(t['page'])} {page_number}{source}. {legend}</figcaption></figure>")
        return "".join(out)

    def _shot(self, page_number: int, evidence: list[Evidence], table: FundingTable | None,
              footnote: str | None) -> tuple[str, int | None] | None:
        """The crop as a PNG in base64, and the page its column headers were taken from when
        that is another page."""
        band = self.band(page_number, evidence, table, footnote)
        if band is None:
            return None
        header = _header(table, page_number)
        strip = self._whole_lines(header[0], header[1]) if header else None
        bands = [b for b in (strip, band) if b is not None]
        # Bounded pixels whatever the MediaBox: a huge page is drawn small.
        scale = min(_SCALE, math.sqrt(_PIXEL_BUDGET / max(1.0, sum(b.area for b in bands))))
        images = [self._render(b, scale) for b in bands]
        image = _stacked(images)
        _outline(image, evidence, band, scale, image.height - images[-1].height)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return base64.b64encode(buffer.getvalue()).decode("ascii"), strip.page if strip else None

    def band(self, page_number: int, evidence: list[Evidence], table: FundingTable | None,
             footnote: str | None) -> _Band | None:
        """The part of the page to show: the numbers with some lines of context, up to the
        table's column headers where they stand on this page."""
        boxes = [e.bbox for e in evidence if e.bbox]
        if not boxes or not 1 <= page_number <= len(self.document):
            return None
        top, bottom = min(b[1] for b in boxes) - _MARGIN, max(b[3] for b in boxes) + _MARGIN
        header = _header(table, page_number, same_page=True)
        if header:
            boxes.append(header[1])
            top = min(top, header[1][1])
        want = (min(b[0] for b in boxes), top, max(b[2] for b in boxes), bottom)
        band = self._whole_lines(page_number, want, _quoted_notes(table, page_number, footnote))
        return band if band.bottom - band.top >= 1 and band.x1 - band.x0 >= 1 else None

    def _whole_lines(self, page_number: int, want: tuple[float, float, float, float],
                     quoted: Iterable[tuple[float, float, float, float]] = ()) -> _Band:
        """``want`` widened to whole lines of text (and down to the end of each quoted
        footnote's paragraph), across the page's width or, on a page far wider than a sheet of
        paper, across the part of it around ``want``."""
        width, height, lines = self.page_text(page_number)
        x0, x1 = max(0.0, want[0] - _SIDE), min(width, want[2] + _SIDE)
        lines = [line for line in lines if line[2] > x0 and line[0] < x1]
        top, bottom = want[1], max([want[3], *(_paragraph_end(lines, box) for box in quoted)])
        top, bottom = max(0.0, top), min(height, bottom)
        for _ in range(3):  # lines side by side may overlap; a few rounds settle a real page
            top = min([top, *(t for _, t, _, b in lines if t < top < b)])
            bottom = max([bottom, *(b for _, t, _, b in lines if t < bottom < b)])
        # A little room around the glyphs, but never into the next line.
        above = max([0.0, *(b for _, _, _, b in lines if b <= top)])
        below = min([height, *(t for _, t, _, _ in lines if t >= bottom)])
        top, bottom = max(top - _LINE_PAD, (top + above) / 2), min(bottom + _LINE_PAD, (bottom + below) / 2)
        return _Band(page_number, x0, top, x1, bottom)

    def _render(self, band: _Band, scale: float):
        page = self.document[band.page - 1]
        try:
            width, height = page.get_size()
            crop = (band.x0, height - band.bottom, width - band.x1, band.top)
            return page.render(scale=scale, crop=crop).to_pil().convert("RGB")
        finally:
            page.close()


def _header(table: FundingTable | None, page_number: int, same_page: bool = False):
    """The page and box of the table's column headers: when they stand on ``page_number``
    (same_page), or else when the numbers stand on a later page the table runs on to."""
    if table is None:
        return None
    if table.provenance and table.provenance.bbox:
        page, box = table.provenance.page, table.provenance.bbox
    elif isinstance(table, Table):  # a table of the document: its header is the top of its box
        page, box = table.page, (table.bbox[0], table.bbox[1], table.bbox[2], table.bbox[1])
    else:
        return None
    if same_page:
        return (page, box) if page == page_number else None
    return (page, box) if page != page_number and page_number in table.pages else None


def _quoted_notes(table: FundingTable | None, page_number: int, footnote: str | None):
    """The boxes of the table's footnotes on this page that the finding quotes."""
    if table is None or not footnote:
        return []
    return [n.provenance.bbox for n in table.footnotes if n.provenance and n.provenance.bbox
            and n.provenance.page == page_number and n.text and n.text[:60] in footnote]


def _text_lines(page, height: float) -> list[tuple[float, float, float, float]]:
    """The boxes of the page's runs of text, from the page's top, art-sized ones left out."""
    textpage = page.get_textpage()
    try:
        out = []
        for i in range(min(textpage.count_rects(), _MOST_LINES)):
            left, low, right, high = textpage.get_rect(i)
            if 0 < high - low <= _TALLEST_LINE:
                out.append((left, height - high, right, height - low))
        return out
    finally:
        textpage.close()


def _paragraph_end(lines: list[tuple[float, float, float, float]], box) -> float:
    """Where the paragraph that starts with ``box`` ends: the lines below it, under it and no
    further apart than a line's height, are its own."""
    bottom, step = box[3], max(box[3] - box[1], 4.0)
    for x0, top, x1, low in sorted(line for line in lines if line[1] >= box[1] - 1):
        if top > bottom + step:
            break
        if x1 > box[0] and x0 < box[2]:
            bottom = max(bottom, low)
    return bottom


def _stacked(images: list):
    """The images one above the other, a thin rule between them."""
    from PIL import Image, ImageDraw

    if len(images) == 1:
        return images[0]
    gap = 6
    out = Image.new("RGB", (max(i.width for i in images), sum(i.height for i in images) + gap), "white")
    out.paste(images[0], (0, 0))
    ImageDraw.Draw(out).line([(0, images[0].height + gap // 2), (out.width, images[0].height + gap // 2)],
                             fill=(154, 165, 177), width=1)
    out.paste(images[1], (0, images[0].height + gap))
    return out


def _outline(image, evidence: list[Evidence], band: _Band, scale: float, offset: int) -> None:
    """Each number's box in the colour of its role; ``offset``: pixels above the band's image."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    for e in evidence:
        if e.bbox is None:
            continue
        colour = _ROLES.get(e.role, _ROLES["part"])[0]
        draw.rectangle([(e.bbox[0] - band.x0 - 2) * scale, offset + (e.bbox[1] - band.top - 2) * scale,
                        (e.bbox[2] - band.x0 + 2) * scale, offset + (e.bbox[3] - band.top + 2) * scale],
                       outline=colour, width=3)
