"""The "webpage" rendering: a region's CMS web page, printed to PDF by headless Chromium.

What a reviewer gets when a region publishes its proposal on its website and someone
prints the page from the browser:

- a left navigation sidebar (150px, ``position: fixed``, so Chromium prints it on every
  page at the same place, running the page height): the site logo "Regio <name>" and a
  menu (Home, Over de Regio Deal, Projecten with every project title as a sub-item,
  Nieuws, Contact);
- Chromium's own print header and footer (``displayHeaderFooter``): the date and the
  page title at the top, the page's URL ``https://www.regio<name>.nl/regiodeal/projecten``
  and "N/M" at the bottom. The date is fixed (the templates carry it as text) so that a
  re-render gives the same file;
- a cookie notice at the foot of the first page only (the intro "hero" fills the first
  screen-page, the notice sits at its bottom);
- the content: an h1 with the dossier title, the table of contents as an ordered list of
  links (no page numbers: it is a web page), each project as an h2 under a small theme
  "kicker", field labels as coloured h3, text as paragraphs, list items (paragraphs that
  start with a marker) as a real ``<ul>`` whose ``::marker`` is the source's own marker,
  the project's notes as footnotes under an ``<hr>``;
- investment tables as HTML tables: dark ``<thead>`` with white text, the table label as
  the first column's header, the source's header texts and spans, body rows with a bottom
  border only, the "Totaal" row bold, amounts right-aligned as the source prints them.
  Tables in a field's text stand in that field. No page break is forced anywhere.

The page is printed through the DevTools protocol over ``--remote-debugging-pipe`` (no
extra Python package): the command-line ``--print-to-pdf`` can not set the header and
footer's URL. The truth record is read back from the PDF: pypdfium2 reads the text of
each page's content area (right of the sidebar, between the print header and footer) and
every element of every project (heading, labels, paragraphs, header texts, cells, table
footnotes, notes) is looked up in document order; a project runs from the page of its
heading to the page of its last element.
"""

from __future__ import annotations

import base64
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from html import escape
from pathlib import Path

from . import source
from .engines import EngineError, need, stabilise_pdf, write_truth

STYLE = "webpage"

# Paper and print margins (inches), as passed to Page.printToPDF.
PAPER_W, PAPER_H = 8.27, 11.69
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 0.6, 0.6, 0.4, 0.4
SIDEBAR_PX = 150
GUTTER_PX = 22
# Height of the printable area in CSS px (96 per inch): the intro fills the first page.
PAGE_PX = (PAPER_H - MARGIN_TOP - MARGIN_BOTTOM) * 96
PRINT_DATE = "01-06-2018 12:00"

CSS = f"""
* {{ box-sizing: border-box; }}
html {{ font: 13px/1.55 "Liberation Sans", Arial, sans-serif; color: #222;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0; }}
a {{ color: #00607a; text-decoration: none; }}
nav.site {{ position: fixed; left: 0; top: 0; bottom: 0; width: {SIDEBAR_PX}px;
  background: #0f3b4c; color: #dfe9ee; padding: 14px 10px; font-size: 10.5px; line-height: 1.35; }}
nav.site .logo {{ font-size: 17px; font-weight: bold; color: #fff; margin: 0 0 16px;
  padding-bottom: 10px; border-bottom: 2px solid #f2a900; }}
nav.site ul {{ list-style: none; margin: 0; padding: 0; }}
nav.site > ul > li {{ margin: 0 0 7px; }}
nav.site > ul > li > a {{ color: #fff; font-weight: bold; font-size: 11.5px; }}
nav.site li.active > a {{ color: #f2a900; }}
nav.site ul ul {{ margin: 5px 0 0 8px; padding-left: 6px; border-left: 1px solid #4f7687; }}
nav.site ul ul li {{ margin: 0 0 4px; }}
nav.site ul ul a {{ color: #c6d6de; }}
main {{ margin-left: {SIDEBAR_PX + GUTTER_PX}px; }}
header.intro {{ min-height: {PAGE_PX - 8:.0f}px; display: flex; flex-direction: column; }}
p.crumbs {{ font-size: 10px; color: #6b7b83; margin: 0 0 6px; }}
h1 {{ font-size: 26px; line-height: 1.2; color: #0f3b4c; margin: 0 0 12px; }}
p.lead {{ font-size: 14px; color: #44545c; margin: 0 0 14px; }}
ol.toc {{ margin: 0 0 18px; padding-left: 24px; }}
ol.toc li {{ margin: 0 0 4px; }}
ol.toc a {{ text-decoration: underline; }}
div.cookies {{ margin-top: auto; background: #fff8e1; border: 1px solid #e0b84a;
  border-radius: 6px; padding: 10px 14px; font-size: 11px; color: #4a3b00;
  display: flex; align-items: center; gap: 12px; }}
div.cookies p {{ margin: 0; flex: 1; }}
div.cookies span.button {{ background: #0f3b4c; color: #fff; padding: 5px 12px;
  border-radius: 4px; font-weight: bold; }}
article.project {{ margin: 0 0 34px; }}
hgroup {{ margin: 0; break-inside: avoid; break-after: avoid; }}
p.kicker {{ font-size: 10.5px; font-weight: bold; letter-spacing: 0.04em;
  color: #c17d00; margin: 0 0 2px; }}
h2 {{ font-size: 21px; line-height: 1.25; color: #0f3b4c; margin: 0 0 12px; }}
h3 {{ font-size: 13.5px; color: #00809a; margin: 16px 0 4px; }}
article p {{ margin: 0 0 8px; }}
article ul {{ margin: 0 0 8px; padding-left: 22px; }}
article ul li {{ margin: 0 0 3px; padding-left: 4px; }}
table {{ border-collapse: collapse; width: 100%; margin: 10px 0 14px; font-size: 11.5px; }}
thead th {{ background: #1d2b33; color: #fff; font-weight: bold; text-align: center;
  vertical-align: bottom; padding: 6px 7px; border: 1px solid #3b4c55; }}
thead th.label {{ text-align: left; }}
tbody td {{ padding: 5px 7px; border-bottom: 1px solid #cfd8dc; vertical-align: top; }}
tbody td.num {{ text-align: right; white-space: nowrap; }}
tbody tr.total td {{ font-weight: bold; border-bottom: 2px solid #1d2b33; }}
p.tablenote {{ font-size: 10.5px; color: #55656d; margin: -8px 0 10px; }}
hr {{ border: 0; border-top: 1px solid #b0bec5; margin: 20px 0 6px; width: 40%; margin-left: 0; }}
div.footnotes p {{ font-size: 10.5px; color: #44545c; margin: 0 0 3px; }}
div.footnotes p.more {{ padding-left: 12px; }}
"""

_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)])\s+")


def _h(text: str) -> str:
    return escape(text, quote=False)


def _a(text: str) -> str:
    return escape(text, quote=True)


def site_name(dossier: source.Dossier) -> str:
    """"Twente" for samples/twente/dossier.json (as zoo_common.dossier_name)."""
    name = Path(dossier.source).parent.name if dossier.source else ""
    words = name.replace("_", " ").replace("-", " ").split()
    if len(words) > 1 and words[0].lower() in ("regio", "regiodeal"):
        words = words[1:]
    return " ".join(w.capitalize() for w in words) or "Deal"


def site_url(dossier: source.Dossier) -> str:
    slug = re.sub(r"[^a-z0-9]", "", site_name(dossier).lower())
    return f"https://www.regio{slug}.nl/regiodeal/projecten"


def page_title(dossier: source.Dossier) -> str:
    return f"Projecten Regio Deal {site_name(dossier)} | Regio {site_name(dossier)}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _is_total(label: str) -> bool:
    return label.strip().lower().startswith(("totaal", "total"))


def _table(t: source.Table) -> str:
    lines = len(t.header)
    out = ["<table><thead>"]
    for line in range(lines):
        out.append("<tr>")
        if line == 0:
            rs = f' rowspan="{lines}"' if lines > 1 else ""
            out.append(f'<th class="label"{rs}>{_h(t.label)}</th>')
        for h in t.header_cells():
            if h.line != line:
                continue
            attrs = (f' colspan="{h.columns}"' if h.columns > 1 else "") + \
                    (f' rowspan="{h.lines}"' if h.lines > 1 else "")
            out.append(f"<th{attrs}>{_h(h.text)}</th>")
        out.append("</tr>")
    out.append("</thead><tbody>\n")
    for row in t.rows:
        cls = ' class="total"' if _is_total(row[0]) else ""
        cells = "".join(f'<td class="num">{_h(c)}</td>' for c in row[1:])
        out.append(f"<tr{cls}><td>{_h(row[0])}</td>{cells}</tr>\n")
    out.append("</tbody></table>\n")
    out.extend(f'<p class="tablenote">{_h(f)}</p>\n' for f in t.footnotes)
    return "".join(out)


def _field_text(content) -> str:
    """Paragraphs, list items (grouped in one <ul>) and nested tables of a field."""
    out: list[str] = []
    in_list = False
    for item in content:
        m = _MARKER.match(item) if isinstance(item, str) else None
        if m and not in_list:
            out.append("<ul>")
            in_list = True
        elif not m and in_list:
            out.append("</ul>")
            in_list = False
        if isinstance(item, source.Table):
            out.append(_table(item))
        elif m:
            marker = m.group(1)
            # A real list item; its ::marker is the source's own marker, so the printed
            # text keeps it (a disc would be drawn as a shape, not text).
            out.append(f"<li style='list-style-type: \"{marker} \"'>{_h(item[m.end():])}</li>")
        else:
            out.append(f"<p>{_h(item)}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def build_html(dossier: source.Dossier) -> str:
    name = site_name(dossier)
    ids = [f"project-{i + 1}-{_slug(p.title)}" for i, p in enumerate(dossier.projects)]
    out = ['<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{_h(page_title(dossier))}</title>",
           f'<link rel="canonical" href="{_a(site_url(dossier))}">',
           f"<style>{CSS}</style></head><body>\n"]
    # The site navigation, fixed: Chromium prints it on every page.
    out.append(f'<nav class="site"><div class="logo">Regio {_h(name)}</div><ul>'
               '<li><a href="/">Home</a></li>'
               '<li><a href="/regiodeal">Over de Regio Deal</a></li>'
               '<li class="active"><a href="/regiodeal/projecten">Projecten</a><ul>')
    for i, p in enumerate(dossier.projects):
        out.append(f'<li><a href="#{ids[i]}">{_h(p.title)}</a></li>')
    out.append('</ul></li><li><a href="/nieuws">Nieuws</a></li>'
               '<li><a href="/contact">Contact</a></li></ul></nav>\n<main>\n')
    # The intro fills the first page; the cookie notice sits at its foot.
    out.append('<header class="intro">'
               f'<p class="crumbs">Home › Regio Deal › Projecten</p>'
               f"<h1>{_h(dossier.toc_heading)}</h1>"
               f'<p class="lead">Op deze pagina leest u de projectvoorstellen van de Regio Deal '
               f'{_h(name)}.</p><ol class="toc">\n')
    for i, entry in enumerate(dossier.toc):
        href = ids[i] if i < len(ids) else ""
        out.append(f'<li><a href="#{href}">{_h(entry.text)}</a></li>\n')
    out.append('</ol><div class="cookies"><p>Deze website gebruikt cookies om het gebruik van '
               'de site te analyseren en de website te verbeteren. Lees meer in onze '
               'cookieverklaring.</p><span class="button">Accepteren</span></div></header>\n')
    for i, project in enumerate(dossier.projects):
        out.append(f'<article class="project" id="{ids[i]}">'
                   f'<hgroup><p class="kicker">{_h(project.theme)}</p>'
                   f"<h2>{_h(project.title)}</h2></hgroup>\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"<h3>{_h(row.label)}</h3>{_field_text(row.content)}\n")
        if project.notes:
            out.append('<hr><div class="footnotes">')
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"<p>{_h(note.mark)} {_h(texts[0])}</p>")
                out.extend(f'<p class="more">{_h(t)}</p>' for t in texts[1:])
            out.append("</div>")
        out.append("</article>\n")
    out.append("</main></body></html>\n")
    return "".join(out)


# --- printing through the DevTools protocol ------------------------------------------

_HF_STYLE = ("font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8px; width: 100%; "
             f"margin: 0 {MARGIN_LEFT}in 0 {MARGIN_LEFT}in; display: flex; "
             "justify-content: space-between; color: #000;")


def _templates(dossier: source.Dossier) -> tuple[str, str]:
    """Chromium's default print header/footer, the date fixed and the URL the site's."""
    header = (f'<div style="{_HF_STYLE}"><span>{PRINT_DATE}</span>'
              '<span class="title" style="text-align: center;"></span><span></span></div>')
    footer = (f'<div style="{_HF_STYLE}"><span>{_h(site_url(dossier))}</span>'
              '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
    return header, footer


class _Pipe:
    """A DevTools protocol session over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, chromium: str, profile: Path, timeout: float = 120):
        self.timeout = timeout
        to_child_r, self._w = os.pipe()
        self._r, from_child_w = os.pipe()

        def child_fds():
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--font-render-hinting=none", f"--user-data-dir={profile}",
             "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # os.pipe() and os.dup() give non-inheritable descriptors: only the two
            # dup2()-ed ones (inheritable) reach the browser.
            preexec_fn=child_fds, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise EngineError("chromium: no answer on the DevTools pipe")
            ready, _, _ = select.select([self._r], [], [], left)
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise EngineError("chromium closed the DevTools pipe")
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise EngineError(f"chromium: {method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_event(self, method: str, session: str) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            for k, e in enumerate(self.events):
                if e.get("method") == method and e.get("sessionId") == session:
                    return self.events.pop(k)
            self.events.append(self._read(deadline))

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (EngineError, OSError):
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._w)
        os.close(self._r)


def print_page(html: Path, pdf: Path, profile: Path, dossier: source.Dossier) -> None:
    chromium = need("chromium") if shutil.which("chromium") else need("chromium-browser")
    cdp = _Pipe(chromium, profile)
    try:
        target = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        cdp.call("Page.enable", session=session)
        cdp.call("Page.navigate", {"url": html.as_uri()}, session=session)
        cdp.wait_event("Page.loadEventFired", session)
        cdp.call("Runtime.evaluate", {"expression": "document.fonts.ready.then(() => true)",
                                      "awaitPromise": True}, session=session)
        header, footer = _templates(dossier)
        result = cdp.call("Page.printToPDF", {
            "paperWidth": PAPER_W, "paperHeight": PAPER_H,
            "marginTop": MARGIN_TOP, "marginBottom": MARGIN_BOTTOM,
            "marginLeft": MARGIN_LEFT, "marginRight": MARGIN_RIGHT,
            "printBackground": True, "displayHeaderFooter": True,
            "headerTemplate": header, "footerTemplate": footer,
            "preferCSSPageSize": False}, session=session)
    finally:
        cdp.close()
    pdf.write_bytes(base64.b64decode(result["data"]))
    if pdf.stat().st_size == 0:
        raise EngineError(f"chromium wrote no {pdf}")


# --- reading the truth back -------------------------------------------------------------


def content_texts(pdf: str | Path) -> list[str]:
    """Each page's text in the content column: right of the sidebar, inside the margins
    (so neither the navigation nor Chromium's header and footer)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        left = (MARGIN_LEFT * 96 + SIDEBAR_PX + GUTTER_PX / 2) * 0.75
        for i in range(len(doc)):
            page = doc[i]
            w, h = page.get_size()
            tp = page.get_textpage()
            out.append(tp.get_text_bounded(left=left, bottom=MARGIN_BOTTOM * 72,
                                           right=w, top=h - MARGIN_TOP * 72))
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


def _squash(text: str) -> str:
    return "".join(text.replace("\x02", "-").split())


def _elements(project: source.Project) -> list[tuple]:
    """The printed texts of a project in document order:

    ("text", t)                  a heading, label, paragraph, list item, note, table label
                                 or table footnote: found after the previous element;
    ("header", t)                a header cell: found after its table's label, out of the
                                 chain (the text layer puts a cell that spans both header
                                 lines after the second line);
    ("row", label, cells, tlabel) a body row: its label, then its cells. Chromium may break
                                 a row over two pages and repeat the <thead> (which opens
                                 with the table label) there, so the label's words can
                                 stand on both sides of the cells and the repeated header.
    """
    out: list[tuple] = []

    def table(t: source.Table) -> None:
        out.append(("text", t.label))
        out.extend(("header", h.text) for h in t.header_cells())
        out.extend(("row", row[0], row[1:], t.label) for row in t.rows)
        out.extend(("text", f) for f in t.footnotes)

    for row in project.rows:
        if isinstance(row, source.Table):
            table(row)
            continue
        out.append(("text", row.label))
        for item in row.content:
            if isinstance(item, source.Table):
                table(item)
            else:
                m = _MARKER.match(item)
                out.append(("text", item if not m else item[m.end():]))
    for note in project.notes:
        texts = note.text or ("",)
        out.append(("text", f"{note.mark} {texts[0]}"))
        out.extend(("text", t) for t in texts[1:])
    return out


class _Stream:
    """The content column of every page, whitespace removed, with each char's page."""

    def __init__(self, texts: list[str]):
        self.pages: list[int] = []
        parts = []
        for number, text in enumerate(texts, 1):
            sq = _squash(text)
            parts.append(sq)
            self.pages.extend([number] * len(sq))
        self.text = "".join(parts)

    def find(self, text: str, cursor: int, what: str) -> tuple[int, int]:
        needle = _squash(text)
        at = self.text.find(needle, cursor)
        if at < 0:
            page = self.pages[cursor] if cursor < len(self.pages) else "?"
            raise EngineError(f"{what} {text[:60]!r} not found in the content column "
                              f"from page {page} on")
        return at, at + len(needle)

    def row(self, label: str, cells, table_label: str, cursor: int, what: str) -> tuple[int, int]:
        """Start and end of a body row: its label (maybe split over a page break) and cells."""
        def cells_from(pos: int) -> int:
            end = pos
            for c in cells:
                if _squash(c):
                    _, end = self.find(c, end, f"{what}: cell")
            return end

        if not _squash(label):
            start = cursor
            return start, cells_from(cursor)
        exact = self.text.find(_squash(label), cursor)
        words = label.split()
        gap_mark = _squash(table_label)
        for k in range(1, len(words)):
            head, tail = _squash(" ".join(words[:k])), _squash(" ".join(words[k:]))
            a = self.text.find(head, cursor)
            if a < 0 or 0 <= exact <= a:
                break
            # Head of the label, its cells, the repeated header, the rest of the label.
            try:
                after_cells = cells_from(a + len(head))
            except EngineError:
                continue
            b = self.text.find(tail, a + len(head))
            if b >= 0 and b - (a + len(head)) <= 1000 \
                    and gap_mark in self.text[a + len(head):b + 1]:
                return a, max(after_cells, b + len(tail))
        if exact < 0:
            self.find(label, cursor, f"{what}: row label")  # raises
        return exact, cells_from(exact + len(_squash(label)))


def project_pages(dossier: source.Dossier, texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) page of each project: the page of its heading (kicker + h2) and the
    page of its last element, every element found in order in the content column."""
    st = _Stream(texts)
    _, cursor = st.find(dossier.toc_heading, 0, "the title")
    for entry in dossier.toc:  # the TOC names every heading: look past it
        _, cursor = st.find(entry.text, cursor, "TOC entry")
    _, cursor = st.find("Accepteren", cursor, "the cookie notice")
    spans = []
    for project in dossier.projects:
        what = repr(project.title)
        start, end = st.find(f"{project.theme} {project.title}", cursor, f"{what}: heading")
        for kind, *item in _elements(project):
            if kind == "header":
                if _squash(item[0]):
                    st.find(item[0], end, f"{what}: table header")
            elif kind == "row":
                _, end = st.row(*item, end, what)
            elif _squash(item[0]):
                _, end = st.find(item[0], end, f"{what}: element")
        spans.append((st.pages[start], st.pages[end - 1]))
        cursor = end
    return spans


def truth_record(dossier: source.Dossier, pdf: str | Path) -> dict:
    texts = content_texts(pdf)
    return {"style": STYLE, "pages": len(texts),
            "projects": [{"title": p.title, "first_page": a, "last_page": b}
                         for p, (a, b) in zip(dossier.projects, project_pages(dossier, texts))]}


def render_webpage(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record."""
    pdf_path = Path(pdf_path)
    with tempfile.TemporaryDirectory(prefix="regio-webpage-") as tmp:
        html, pdf = Path(tmp) / (pdf_path.stem + ".html"), Path(tmp) / (pdf_path.stem + ".pdf")
        html.write_text(build_html(dossier), encoding="utf-8")
        print_page(html, pdf, Path(tmp) / "profile", dossier)
        stabilise_pdf(pdf)
        record = truth_record(dossier, pdf)  # fails loudly if an element is missing
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
        if keep_html is not None:
            shutil.copyfile(html, keep_html)
    write_truth(record, pdf_path)
    return record
