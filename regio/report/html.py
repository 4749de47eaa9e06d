"""The reviewer's report: one self-contained HTML file (styles and page crops inlined, no
requests), with the offending numbers outlined on the page they were read from.

All text from the proposal is escaped: a proposal is untrusted input.
"""

from __future__ import annotations

import base64
import io
from collections import defaultdict
from html import escape
from pathlib import Path
from urllib.parse import quote

from regio.money import euros
from regio.report.i18n import LABELS, action, diagnosis, message
from regio.schema import Dossier, FundingTable
from regio.validate import CheckResult
from regio.validate.findings import Finding, Severity

_COLOURS = {"stated": (220, 38, 38), "part": (37, 99, 235), "excluded": (234, 138, 0), "prose": (124, 58, 237)}
_SCALE = 2.0  # page crops at twice screen resolution
_MARGIN = 24.0

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:0;background:#f5f7fa}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #d9e2ec;padding-bottom:4px}
h3{font-size:16px;margin:16px 0 6px}
table{border-collapse:collapse;background:#fff;margin:8px 0;font-size:13px}
th,td{border:1px solid #d9e2ec;padding:4px 8px;vertical-align:top}th{background:#f0f4f8;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.bad-total{background:#fde2e2;outline:2px solid #dc2626}td.bad-part{background:#dbeafe}
td.excluded{background:#ffedd5}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff}
.error{background:#dc2626}.warning{background:#d97706}.info{background:#64748b}.clean{background:#16a34a}
.finding{background:#fff;border:1px solid #d9e2ec;border-left:5px solid #94a3b8;border-radius:4px;padding:10px 14px;margin:12px 0}
.finding.sev-error{border-left-color:#dc2626}.finding.sev-warning{border-left-color:#d97706}
.numbers{display:flex;gap:24px;margin:6px 0}.numbers div span{display:block;font-size:12px;color:#52606d}
.numbers div b{font-variant-numeric:tabular-nums}
figure{margin:8px 0}figure img{max-width:100%;border:1px solid #cbd2d9}figcaption{font-size:12px;color:#52606d}
.muted{color:#52606d;font-size:13px}blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #cbd2d9;color:#3e4c59}
"""


def render(dossier: Dossier, result: CheckResult, pdf_path: Path | None, lang: str = "en",
           password: str | None = None) -> str:
    t = LABELS[lang]
    crops = _Crops(pdf_path, password) if pdf_path else None
    try:
        by_project: dict[str | None, list[Finding]] = defaultdict(list)
        for f in result.findings:
            by_project[f.project].append(f)
        parts = [f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">",
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                 # No external requests: everything this page shows is inside it.
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                 "style-src 'unsafe-inline'\">",
                 f"<title>{escape(t['title'])}: {escape(dossier.file)}</title><style>{_CSS}</style></head><body><main>",
                 f"<h1>{escape(t['title'])}: {escape(Path(dossier.file).name)}</h1>",
                 f"<p class=\"muted\">{escape(t['generated'])} · SHA-256 {escape(dossier.sha256[:16])}… · "
                 f"{dossier.page_count} {escape(t['pages'].lower())}</p>"]
        parts.append(_glance(dossier, result, by_project, t))
        general = by_project.get(None, [])
        if general:
            parts.append(f"<h2>{escape(t['findings'])}</h2>")
            parts.extend(_finding(f, dossier, crops, pdf_path, t, lang) for f in general)
        for project in dossier.projects:
            found = by_project.get(project.title, [])
            parts.append(f"<h2 id=\"{_anchor(project.title)}\">{escape(project.theme)} | {escape(project.title)}</h2>")
            for index, table in enumerate(project.tables):
                parts.append(_table(table, index, [f for f in found if f.table_index == index], t))
            shown = [f for f in found if f.severity != Severity.info]
            parts.extend(_finding(f, dossier, crops, pdf_path, t, lang) for f in shown)
            if not shown:
                parts.append(f"<p class=\"muted\">{escape(t['no_findings'])}</p>")
        if dossier.warnings:
            parts.append(f"<h2>{escape(t['notes'])}</h2><ul>")
            page_word = escape(t["page"])
            parts.extend(f"<li>{escape(w.message)}{f' ({page_word} {w.page})' if w.page else ''}</li>"
                         for w in dossier.warnings)
            parts.append("</ul>")
        parts.append("</main></body></html>\n")
        return "".join(parts)
    finally:
        if crops:
            crops.close()


def _anchor(text: str) -> str:
    return "p-" + "".join(c if c.isalnum() else "-" for c in text.casefold())[:60]


def _glance(dossier: Dossier, result: CheckResult, by_project, t) -> str:
    rows = []
    for project in dossier.projects:
        found = by_project.get(project.title, [])
        errors = sum(f.severity == Severity.error for f in found)
        warnings = sum(f.severity == Severity.warning for f in found)
        total = rijk = None
        table = project.investment_table
        total_row = table.total_row if table else None
        if table and total_row:
            for column, cell in zip(table.columns, total_row.cells):
                if column.role == "total":
                    total = cell.raw
                if column.key == "rijk":
                    rijk = cell.raw
        error_word = t["error"] if errors == 1 else t["errors"].lower()
        warning_word = t["warning"] if warnings == 1 else t["warnings"].lower()
        badge = (f"<span class=\"badge error\">{errors} {escape(error_word)}</span>" if errors else
                 f"<span class=\"badge warning\">{warnings} {escape(warning_word)}</span>" if warnings else
                 f"<span class=\"badge clean\">{escape(t['clean'])}</span>")
        pages = f"{project.pages[0]}–{project.pages[-1]}" if project.pages else ""
        rows.append(f"<tr><td>{escape(project.theme)}</td><td><a href=\"#{_anchor(project.title)}\">"
                    f"{escape(project.title)}</a></td><td>{pages}</td><td class=\"num\">{escape(total or '—')}</td>"
                    f"<td class=\"num\">{escape(rijk or '—')}</td><td>{badge}</td></tr>")
    s = result.summary
    sources = "".join(f"<tr><td>{escape(k)}</td><td class=\"num\">{euros(v)}</td></tr>" for k, v in s.by_source.items())
    themes = "".join(f"<tr><td>{escape(k)}</td><td class=\"num\">{euros(v)}</td></tr>" for k, v in s.by_theme.items())
    return (f"<h2>{escape(t['glance'])}</h2>"
            f"<p><b>{s.errors}</b> {escape(t['errors'].lower())}, <b>{s.warnings}</b> {escape(t['warnings'].lower())}, "
            f"{s.infos} {escape(t['within'])}. {escape(t['investments'])}: <b>{euros(s.total)}</b>; "
            f"{escape(t['rijk_total'])}: <b>{euros(s.rijk_total)}</b>.</p>"
            f"<table><tr><th>{escape(t['theme'])}</th><th>{escape(t['project'])}</th><th>{escape(t['pages'])}</th>"
            f"<th>{escape(t['total'])}</th><th>{escape(t['rijk'])}</th><th>{escape(t['status'])}</th></tr>"
            + "".join(rows) + "</table>"
            f"<div style=\"display:flex;gap:32px;flex-wrap:wrap\"><div><h3>{escape(t['by_source'])}</h3><table>"
            f"<tr><th>{escape(t['source'])}</th><th>{escape(t['amount'])}</th></tr>{sources}</table></div>"
            f"<div><h3>{escape(t['by_theme'])}</h3><table><tr><th>{escape(t['theme'])}</th>"
            f"<th>{escape(t['amount'])}</th></tr>{themes}</table></div></div>")


def _table(table: FundingTable, index: int, findings: list[Finding], t) -> str:
    flagged: dict[tuple, str] = {}
    for f in findings:
        if f.severity != Severity.error:
            continue
        for e in f.evidence:
            if e.page and e.bbox:
                role = {"stated": "bad-total", "excluded": "excluded"}.get(e.role, "bad-part")
                flagged.setdefault((e.page, tuple(e.bbox)), role)
    head = "".join(f"<th>{escape(c.label or c.key)}</th>" for c in table.columns)
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            prov = cell.provenance
            cls = flagged.get((prov.page, tuple(prov.bbox))) if prov and prov.bbox else None
            cells.append(f"<td class=\"num{(' ' + cls) if cls else ''}\">{escape(cell.raw) or '&nbsp;'}</td>")
        label = f"<b>{escape(row.label)}</b>" if row.kind == "total" else escape(row.label)
        rows.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
    notes = "".join(f"<p class=\"muted\">{escape(n.mark)} {escape(n.text)}</p>" for n in table.footnotes)
    pages = ", ".join(str(p) for p in table.pages)
    return (f"<h3>{escape(t['table'])} {index + 1}: {escape(table.label)} <span class=\"muted\">"
            f"({escape(t['page'])} {pages})</span></h3><table><tr><th></th>{head}</tr>{''.join(rows)}</table>{notes}")


def _finding(f: Finding, dossier: Dossier, crops, pdf_path: Path | None, t, lang: str) -> str:
    sev = f.severity.value
    numbers = ""
    if f.stated is not None or f.computed is not None:
        numbers = (f"<div class=\"numbers\"><div><span>{escape(t['stated'])}</span><b>{euros(f.stated)}</b></div>"
                   f"<div><span>{escape(t['computed'])}</span><b>{euros(f.computed)}</b></div>"
                   + (f"<div><span>{escape(t['difference'])}</span><b>{euros(f.difference)}</b></div>"
                      if f.difference is not None else "")
                   + (f"<div><span>{escape(t['intervals'])}</span>{_interval(f.stated_interval)} · "
                      f"{_interval(f.computed_interval)}</div>" if f.stated_interval and f.computed_interval else "")
                   + "</div>")
    extra = ""
    cause = diagnosis(f, lang)
    if cause:
        extra += f"<p><b>{escape(t['cause'])}:</b> {escape(cause)}</p>"
    if f.footnote:
        extra += f"<blockquote><b>{escape(t['footnote'])}:</b> {escape(f.footnote)}</blockquote>"
    todo = action(f, lang)
    if todo:
        extra += f"<p><b>{escape(t['todo'])}:</b> {escape(todo)}</p>"
    figures = crops.figure(f, t) if crops else ""
    link = ""
    if f.page and pdf_path:
        link = (f" · <a href=\"{escape(quote(pdf_path.name))}#page={f.page}\">{escape(t['open_page'])} {f.page}</a>")
    return (f"<div class=\"finding sev-{sev}\"><span class=\"badge {sev}\">{escape(t[sev])}</span> "
            f"<b>{escape(f.code)}</b> {escape(f.check)}{link}<p>{escape(message(f, lang))}</p>{numbers}{extra}"
            f"{figures}</div>")


def _interval(bounds) -> str:
    lo, hi = bounds
    return euros(lo) if lo == hi else f"[{euros(lo)}, {euros(hi)}]"


class _Crops:
    """Crops of PDF pages around the numbers of a finding, outlined by their role."""

    def __init__(self, path: Path, password: str | None):
        import pypdfium2

        self.document = pypdfium2.PdfDocument(str(path), password=password)

    def close(self) -> None:
        self.document.close()

    def figure(self, f: Finding, t) -> str:
        boxes: dict[int, list] = defaultdict(list)
        for e in f.evidence:
            if e.page and e.bbox:
                boxes[e.page].append(e)
        out = []
        for page_number, evidence in sorted(boxes.items()):
            data = self._crop(page_number, evidence)
            if data:
                out.append(f"<figure><img alt=\"{escape(t['page'])} {page_number}\" src=\"data:image/png;base64,{data}\">"
                           f"<figcaption>{escape(t['page'])} {page_number}. {escape(t['legend'])}</figcaption></figure>")
        return "".join(out)

    def _crop(self, page_number: int, evidence) -> str | None:
        from PIL import ImageDraw

        if not 1 <= page_number <= len(self.document):
            return None
        page = self.document[page_number - 1]
        try:
            width, height = page.get_size()
            # The page's full width, so that rows stay readable with their labels.
            x0 = 0.0
            top = max(0.0, min(e.bbox[1] for e in evidence) - _MARGIN)
            bottom = min(height, max(e.bbox[3] for e in evidence) + _MARGIN)
            image = page.render(scale=_SCALE, crop=(0, height - bottom, 0, top)).to_pil().convert("RGB")
        finally:
            page.close()
        draw = ImageDraw.Draw(image)
        for e in evidence:
            colour = _COLOURS.get(e.role, _COLOURS["part"])
            box = [(e.bbox[0] - x0 - 2) * _SCALE, (e.bbox[1] - top - 2) * _SCALE,
                   (e.bbox[2] - x0 + 2) * _SCALE, (e.bbox[3] - top + 2) * _SCALE]
            draw.rectangle(box, outline=colour, width=3)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return base64.b64encode(buffer.getvalue()).decode("ascii")
