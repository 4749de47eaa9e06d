"""The "scribus" rendering: a design agency's brochure laid out in Scribus, frame by frame.

A Python script run by Scribus (1.5.8) itself, through its scripter module, places every
frame as a designer would: A4 pages, a coloured band across the top of every page carrying
the page number (a Scribus page-number field) and, on the pages after a project's first,
the dossier's name, as a brochure's running head. The band is drawn on each page, not on a
master page: Scribus names a master page's XObject after its frame's address in memory, so
the PDF would differ from run to run (and without a GUI createMasterPage does not even
switch to the master: its frames land on page 1). The contents page lists every project with
leader dots to its page (a right tab stop with "." fill). Every project opens a new page
under its theme in small teal type and its title large in dark blue; the fields flow in
two linked column frames (scribus.linkTextFrames) from column to column and page to page,
field labels a bold coloured paragraph style, paragraphs and list items (the source's own
marker, a hanging indent) a body style; the last pair of columns is balanced (shrunk until
the text just fits) so what follows sits under it.

Tables are a grid of text frames with drawn lines, not Scribus tables: the 1.5.8 scripter
can put text in a table cell but not style it (setParagraphStyle, setFontSize and
setTextAlignment refuse a table: "Cannot set style on a non-text frame"), and a cell does
not grow with its text, which is cut off; so amounts could not be right-aligned, the total
not bold, and a long label would be lost. Each cell is a frame grown until its text fits,
a row as high as its highest cell; the header cells are filled dark blue with white bold
text, a group header ("Publiek") one frame spanning its members, the label column as wide
as the amounts leave (the amount columns equally wide where the page allows, else each as
wide as its widest amount or header word, measured in DejaVu Sans; the type 7.5pt, smaller
only if the label column would get narrower than 110pt), amounts right-aligned exactly as transcribed, the Totaal row bold
under a darker rule; thin rules between rows. A table is placed full width under the text
before it (a table inside a field cuts the field's columns there and they resume under
it); a row that no longer fits, or that the source prints on a new page, goes to the next
page under a repeated header. Table footnotes follow in small type, the project's notes
close it under a short rule. No frame is left overflowing (each one grows, or the flow
gets another page), and every transcribed word is checked to be in the PDF's text.

Fonts: DejaVu Sans Book and Bold (the only families Scribus finds here), embedded as
subsets; Scribus sets "fi" and "fl" as ligatures (pdftotext reads them back as U+FB01,
U+FB02) and breaks lines after a word's own hyphen, not inside words (no hyphenation).
Scribus runs with Qt's offscreen platform (it will not start without a display; xvfb-run
works as well) and a fresh HOME, so no preferences carry over; its PDF dates are replaced
by engines.stabilise_pdf. The contents'
page numbers are filled in on a second run, from the pages found in the first PDF.

Needs scribus (Debian: scribus, with its Python scripter; fonts-dejavu-core),
pdftotext (poppler-utils) and reportlab (to measure column widths).
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, page_texts, render_settled

STYLE = "scribus"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# Page geometry in points (A4), shared with the script through the job file.
GEOMETRY = {"page_w": 595.28, "page_h": 841.89, "left": 51.0, "right": 544.28, "top": 64.0,
            "bottom": 796.0, "gutter": 17.0, "band": 38.0, "pad": 3.0}
TABLE_SIZE = 7.5  # pt; smaller for a table whose amounts need more room than the page has
MIN_LABEL = 110.0  # pt: the narrowest label column before the type is made smaller

# A list item opens with its marker: a bullet or dash, "1." or "(a)".
ITEM = re.compile(r"^(?:[•●○▪◦*\-–—]|\d{1,2}[.)]|\(?[a-z]\))\s")

# The Scribus script. It runs inside Scribus's own Python (not this environment), reads the
# job written below and lays out the document frame by frame.
SCRIPT = r'''
import json
import os
import sys
import traceback

import scribus

JOB, OUT, ERR = sys.argv[1:4]


class Cursor:
    page = 1
    y = 0.0


def main():
    job = json.load(open(JOB, encoding="utf-8"))
    g = job["geometry"]
    left, right, top, bottom, pad = g["left"], g["right"], g["top"], g["bottom"], g["pad"]
    width = right - left
    cur = Cursor()
    cur.y = top
    scribus.newDocument((g["page_w"], g["page_h"]), (left, g["page_w"] - right, top, g["page_h"] - bottom),
                        scribus.PORTRAIT, 1, scribus.UNIT_POINTS, scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 1)
    for name, rgb in (("Accent", (11, 79, 108)), ("Teal", (11, 122, 117)), ("Ink", (31, 41, 51)),
                      ("Rule", (195, 204, 213)), ("Pale", (214, 230, 236))):
        scribus.defineColorRGB(name, *rgb)
    book, bold = "DejaVu Sans Book", "DejaVu Sans Bold"

    def cstyle(name, font, size, color="Ink"):
        scribus.createCharStyle(name=name, font=font, fontsize=size, fillcolor=color, language="nl")

    def pstyle(name, char, spacing, **kw):
        scribus.createParagraphStyle(name=name, linespacingmode=0, linespacing=spacing, charstyle=char, **kw)

    size = job["table_size"]
    cstyle("cBody", book, 8.8)
    cstyle("cLabel", bold, 8.5, "Accent")
    cstyle("cTheme", book, 9.0, "Teal")
    cstyle("cTitle", bold, 17.0, "Accent")
    cstyle("cTocHead", bold, 18.0, "Accent")
    cstyle("cToc", book, 10.0)
    cstyle("cBand", book, 8.0, "White")
    cstyle("cBandBold", bold, 8.0, "White")
    cstyle("cSmall", book, 7.0)
    pstyle("Body", "cBody", 12.0, gapafter=3.5)
    pstyle("Item", "cBody", 12.0, gapafter=2.0, leftmargin=9.0, firstindent=-9.0)
    pstyle("Label", "cLabel", 11.5, gapbefore=7.0, gapafter=2.0)
    pstyle("Theme", "cTheme", 11.0)
    pstyle("Title", "cTitle", 20.0)
    pstyle("TocHead", "cTocHead", 22.0)
    pstyle("Toc", "cToc", 17.0, tabs=[(width - 1.0, 1, ".")])
    pstyle("Band", "cBandBold", 10.0)
    pstyle("BandRight", "cBand", 10.0, alignment=2)
    pstyle("Foot", "cSmall", 9.0, gapafter=1.5)
    pstyle("Note", "cSmall", 9.0, gapafter=1.5)
    pstyle("NoteMore", "cSmall", 9.0, gapafter=1.5, leftmargin=10.0)
    for tsize in sorted({t["size"] for p in job["projects"] for t in p["blocks"] if t["kind"] == "table"} | {size}):
        key = str(tsize).replace(".", "_")
        cstyle("cCell" + key, book, tsize)
        cstyle("cCellBold" + key, bold, tsize)
        cstyle("cHead" + key, bold, tsize, "White")
        lead = round(tsize * 1.3, 2)
        pstyle("Cell" + key, "cCell" + key, lead)
        pstyle("CellNum" + key, "cCell" + key, lead, alignment=2)
        pstyle("CellTot" + key, "cCellBold" + key, lead)
        pstyle("CellTotNum" + key, "cCellBold" + key, lead, alignment=2)
        pstyle("Head" + key, "cHead" + key, lead, alignment=1)
        pstyle("HeadLabel" + key, "cHead" + key, lead)

    def text_frame(x, y, w, h, text, style, inset=0.0):
        f = scribus.createText(x, y, w, h)
        scribus.setTextDistances(inset, inset, inset, inset, f)
        scribus.setText(text, f)
        scribus.setParagraphStyle(style, f)
        return f

    def fit(f, w, step=1.5):
        """Grow frame f until its text no longer overflows; its height."""
        h = scribus.getSize(f)[1]
        while scribus.textOverflows(f, 1):
            h += step
            scribus.sizeObject(w, h, f)
            if h > bottom - top:
                raise RuntimeError("a frame of %.0f pt cannot hold %r" % (w, scribus.getAllText(f)[:60]))
        return h

    def line(x1, y1, x2, y2, color="Rule", lw=0.5):
        ln = scribus.createLine(x1, y1, x2, y2)
        scribus.setLineColor(color, ln)
        scribus.setLineWidth(lw, ln)

    # The band on every page (not a master page: see the module's docstring): the page number,
    # a Scribus page-number field (chr(30)), and on a page that continues a project the
    # dossier's name.
    def band(named):
        rect = scribus.createRect(0, 0, g["page_w"], g["band"])
        scribus.setFillColor("Accent", rect)
        scribus.setLineColor("None", rect)
        if named:
            text_frame(left, 13, 200, 16, job["name"], "Band")
        text_frame(right - 60, 13, 60, 16, chr(30), "BandRight")

    band(False)

    def new_page(opening=False):
        scribus.newPage(-1)
        cur.page += 1
        scribus.gotoPage(cur.page)
        band(not opening)
        cur.y = top

    def columns(n, y0, after=None):
        """Column frames from y0 to the foot of the page, linked on from `after`."""
        if n == 1:
            frames = [scribus.createText(left, y0, width, bottom - y0)]
        else:
            cw = (width - g["gutter"]) / 2
            frames = [scribus.createText(left, y0, cw, bottom - y0),
                      scribus.createText(left + cw + g["gutter"], y0, cw, bottom - y0)]
        # A link's target must be unlinked: link into the first frame, then onwards.
        for a, b in zip([after] + frames, frames):
            if a is not None:
                scribus.linkTextFrames(a, b)
        return frames

    def flow(paras, ncols, room=40.0):
        """Pour paragraphs into linked column frames from the cursor on, adding pages while
        the text overflows; balance the last columns and move the cursor under them."""
        if bottom - cur.y < room:
            new_page()
        frames = columns(ncols, cur.y)
        first = frames[0]
        scribus.setText("\r".join(t for _s, t in paras), first)
        pos = 0
        for style, t in paras:
            if t:
                scribus.selectText(pos, len(t), first)
                scribus.setParagraphStyle(style, first)
            pos += len(t) + 1
        scribus.selectText(0, 0, first)
        y0 = cur.y
        while scribus.textOverflows(frames[-1]):
            new_page()
            frames, y0 = columns(ncols, top, frames[-1]), top
        fw = scribus.getSize(frames[0])[0]
        lo, hi = 0.0, bottom - y0
        while hi - lo > 1.0:
            mid = (lo + hi) / 2
            for f in frames:
                scribus.sizeObject(fw, mid, f)
            if scribus.textOverflows(frames[-1]):
                lo = mid
            else:
                hi = mid
        for f in frames:
            scribus.sizeObject(fw, hi, f)
        if scribus.textOverflows(frames[-1]):
            raise RuntimeError("text lost at the end of a flow")
        cur.y = y0 + hi

    def measure(text, style, w):
        f = text_frame(left, top, w, 4.0, text, style, pad)
        h = fit(f, w, 0.5)
        scribus.deleteObject(f)
        return h + 1.0  # room for the header cells' white outline

    def table(t):
        key = str(t["size"]).replace(".", "_")
        widths = t["widths"]
        xs = [left]
        for w in widths:
            xs.append(xs[-1] + w)
        lines = t["lines"]
        header = [[t["label"], 0, 0, 1, lines]] + t["header"]
        need = [measure(h[0], ("HeadLabel" if h[2] == 0 else "Head") + key, xs[h[2] + h[3]] - xs[h[2]]) for h in header]
        lh = [0.0] * lines
        for h, n in zip(header, need):
            if h[4] == 1:
                lh[h[1]] = max(lh[h[1]], n)
        for h, n in zip(header, need):
            short = n - sum(lh[h[1]:h[1] + h[4]])
            if short > 0:
                lh[h[1] + h[4] - 1] += short
        heights = []
        for row, total in zip(t["rows"], t["totals"]):
            styles = [("CellTot" if total else "Cell") + key] + [("CellTotNum" if total else "CellNum") + key] * (len(row) - 1)
            heights.append(max(measure(c, s, w) for c, s, w in zip(row, styles, widths)))

        def draw_header(y):
            for (text, ln, col, ncol, nln), n in zip(header, need):
                hy = y + sum(lh[:ln])
                f = text_frame(xs[col], hy, xs[col + ncol] - xs[col], sum(lh[ln:ln + nln]), text,
                               ("HeadLabel" if col == 0 else "Head") + key, pad)
                scribus.setFillColor("Accent", f)
                scribus.setLineColor("White", f)
                scribus.setLineWidth(0.75, f)
                scribus.setTextVerticalAlignment(1, f)
                if scribus.textOverflows(f, 1):
                    raise RuntimeError("header cell overflows: %r" % text)
            return y + sum(lh)

        cur.y += 8.0
        if cur.y + sum(lh) + heights[0] > bottom:
            new_page()
        y = draw_header(cur.y)
        for i, (row, total, h) in enumerate(zip(t["rows"], t["totals"], heights)):
            if i == t["break_before"] or y + h > bottom:
                new_page()
                y = draw_header(cur.y)
            if total:
                line(left, y, right, y, "Accent", 0.9)
            for c, (text, w) in enumerate(zip(row, widths)):
                style = ("CellTot" if total else "Cell") if c == 0 else ("CellTotNum" if total else "CellNum")
                f = text_frame(xs[c], y, w, h, text, style + key, pad)
                if scribus.textOverflows(f, 1):
                    raise RuntimeError("cell overflows: %r" % text)
            y += h
            last = i == len(t["rows"]) - 1
            line(left, y, right, y, "Accent" if last else "Rule", 0.9 if last else 0.5)
        cur.y = y + 4.0
        if t["footnotes"]:
            flow([["Foot", f] for f in t["footnotes"]], 1, room=20.0)
        cur.y += 6.0

    # The contents.
    text_frame(left, top, width, 30, job["toc_heading"], "TocHead")
    toc = text_frame(left, top + 36, width, 20, "\r".join("%s\t%s" % (e, p) for e, p in job["toc"]), "Toc")
    fit(toc, width)

    for p in job["projects"]:
        new_page(opening=True)
        f = text_frame(left, cur.y, width, 4.0, p["theme"], "Theme")
        cur.y += fit(f, width, 0.5) + 2.0
        f = text_frame(left, cur.y, width, 4.0, p["title"], "Title")
        cur.y += fit(f, width, 0.5) + 6.0
        line(left, cur.y, left + 60, cur.y, "Teal", 2.0)
        cur.y += 8.0
        for block in p["blocks"]:
            if block["kind"] == "text":
                flow(block["paras"], 2)
            else:
                table(block)
        if p["notes"]:
            cur.y += 10.0
            if bottom - cur.y < 40:
                new_page()
            line(left, cur.y, left + 120, cur.y, "Ink", 0.5)
            cur.y += 4.0
            flow(p["notes"], 1, room=20.0)

    pdf = scribus.PDFfile()
    pdf.file = OUT
    pdf.fontEmbedding = 0
    pdf.fonts = [book, bold]
    pdf.subsetList = [book, bold]
    pdf.version = 14
    pdf.compress = 1
    pdf.save()


try:
    main()
except BaseException:
    with open(ERR, "w", encoding="utf-8") as fh:
        fh.write(traceback.format_exc())
    os._exit(3)
os._exit(0)
'''


@functools.cache
def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))


def _width(text: str, bold: bool, size: float) -> float:
    """Advance width of `text` in DejaVu Sans (what Scribus sets), by reportlab's metrics."""
    from reportlab.pdfbase import pdfmetrics

    _fonts()
    return pdfmetrics.stringWidth(text, "DejaVuSans-Bold" if bold else "DejaVuSans", size)


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def _table(t: source.Table, nested: bool) -> dict:
    """The table as the script places it: header cells on the grid, column widths."""
    width = GEOMETRY["right"] - GEOMETRY["left"]
    slack = 2 * GEOMETRY["pad"] + 3.0
    placed = t.header_cells()
    size = TABLE_SIZE
    while True:
        need = []
        for col in range(1, t.columns + 1):
            cells = [_width(r[col], _is_total(r), size) for r in t.rows]
            words = [_width(w, True, size) for h in placed if h.column == col and h.columns == 1 for w in h.text.split()]
            need.append(max(cells + words + [0.0]) + slack)
        if width - len(need) * max(need) >= max(MIN_LABEL, 0.35 * width):
            values = [max(need)] * len(need)  # equal amount columns where the page allows
        else:
            values = need
        if width - sum(values) >= MIN_LABEL or size <= 5.5:
            break
        size -= 0.5
    return {"kind": "table", "nested": nested, "size": size, "label": t.label,
            "widths": [width - sum(values)] + values, "lines": len(t.header),
            "header": [[h.text, h.line, h.column, h.columns, h.lines] for h in placed],
            "rows": [list(r) for r in t.rows], "totals": [_is_total(r) for r in t.rows],
            "break_before": t.page_break_before_row, "footnotes": list(t.footnotes)}


def _para(text: str) -> list[str]:
    return ["Item" if ITEM.match(text) else "Body", text]


def _blocks(project: source.Project) -> list[dict]:
    """The project's runs of text (label and paragraph styles) and tables, in order."""
    blocks: list[dict] = []
    run: list[list[str]] = []
    for row in project.rows:
        items = [row] if isinstance(row, source.Table) else [["Label", row.label], *row.content]
        for item in items:
            if isinstance(item, source.Table):
                # A table inside a field stops the field's columns; they resume under it.
                if run:
                    blocks.append({"kind": "text", "paras": run})
                    run = []
                blocks.append(_table(item, nested=item is not row))
            else:
                run.append(item if isinstance(item, list) else _para(item))
    if run:
        blocks.append({"kind": "text", "paras": run})
    return blocks


def build_job(dossier: source.Dossier, name: str, toc_pages: list[int] | None = None) -> dict:
    """Everything the Scribus script places, in order, as JSON-ready data."""
    projects = []
    for project in dossier.projects:
        notes = []
        for note in project.notes:
            texts = note.text or ("",)
            notes.append(["Note", f"{note.mark} {texts[0]}"])
            notes.extend(["NoteMore", t] for t in texts[1:])
        projects.append({"theme": project.theme, "title": project.title, "blocks": _blocks(project),
                         "notes": notes})
    toc = [[e.text, str(toc_pages[i]) if toc_pages else ""] for i, e in enumerate(dossier.toc)]
    return {"name": name, "toc_heading": dossier.toc_heading, "toc": toc, "projects": projects,
            "geometry": GEOMETRY, "table_size": TABLE_SIZE}


def _words(dossier: source.Dossier) -> set[str]:
    """Every word of the transcription that the rendering prints."""
    texts = [dossier.toc_heading] + [e.text for e in dossier.toc]
    for p in dossier.projects:
        texts += [p.theme, p.title]
        for note in p.notes:
            texts += [note.mark, *note.text]
        for row in p.rows:
            if isinstance(row, source.Field):
                texts.append(row.label)
                texts += [c for c in row.content if isinstance(c, str)]
        for t in p.tables():
            texts += [t.label, *(h.text for line in t.header for h in line), *t.footnotes]
            texts += [c for r in t.rows for c in r]
    return {w for t in texts for w in t.split()}


def _check_words(dossier: source.Dossier, pdf: Path) -> None:
    """Fail if a transcribed word is not in the PDF's text. pdftotext joins a word Scribus
    broke after its hyphen ("Gent-" / "Terneuzen" reads "GentTerneuzen"), so a word not
    found whole is looked for in the text without spaces and hyphens; and Scribus sets "fi"
    and "fl" as ligatures, which read back as one character (U+FB01, U+FB02)."""
    texts = [unicodedata.normalize("NFKC", t) for t in page_texts(pdf)]  # the "ﬁ" ligature is "fi"
    printed = {w for page in texts for w in page.split()}
    squashed = re.sub(r"[\s\-]", "", "".join(texts))
    words = {unicodedata.normalize("NFKC", w) for w in _words(dossier)}
    lost = sorted(w for w in words - printed if re.sub(r"-", "", w) not in squashed)
    if lost:
        raise EngineError(f"{len(lost)} transcribed word(s) not in the PDF's text: {lost[:20]}")


def _lay_out(job_file: Path, pdf: Path, home: Path) -> None:
    scribus = need("scribus")
    script = job_file.with_name("layout.py")
    script.write_text(SCRIPT, encoding="utf-8")
    err = job_file.with_name("layout.err")
    err.unlink(missing_ok=True)
    pdf.unlink(missing_ok=True)
    if home.exists():
        shutil.rmtree(home)  # no preferences or font cache carried over from a run before
    home.mkdir(mode=0o700)
    # Qt's offscreen platform stands in for a display (Scribus will not start without one).
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(home),
           "QT_QPA_PLATFORM": "offscreen", "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    proc = subprocess.run([scribus, "-g", "-ns", "-py", str(script), str(job_file), str(pdf), str(err), "--"],
                          cwd=job_file.parent, env=env, capture_output=True, text=True, timeout=900)
    if err.is_file():
        raise EngineError(f"the Scribus script failed:\n{err.read_text(encoding='utf-8')[-2000:]}")
    if proc.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"scribus failed ({proc.returncode}):\n{proc.stderr[-2000:]}")


def render_scribus(dossier: source.Dossier, pdf_path, keep_job: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The job (JSON) and the Scribus script live in a temporary directory; pass `keep_job` to
    copy the job somewhere.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        job_file, pdf = tmp / (pdf_path.stem + ".json"), tmp / (pdf_path.stem + ".pdf")
        job_file.write_text(json.dumps(build_job(dossier, name, toc_pages), ensure_ascii=False, indent=1),
                            encoding="utf-8")
        _lay_out(job_file, pdf, tmp / "home")
        _check_words(dossier, pdf)
        return job_file, pdf

    return render_settled(STYLE, dossier, pdf_path, "regio-scribus-", produce, keep_job)
