"""The "mom" rendering: a proposal typeset by GNU troff with the mom macros.

One mom document (groff -mom, PRINTSTYLE TYPESET, DOCTYPE DEFAULT, A4, Times 10.5 on 13,
justified, troff's own hyphenation with the US English patterns groff loads by default:
it ships no Dutch ones). mom's own house style, not the ms report of troff.py: no document
header, every project on a new page (.NEWPAGE) under its theme as a HEADING 1 (italic) and
its title as a HEADING 2 (bold); a theme that goes on from the project before is set again
in the same italic line, but only its first project puts it in the contents. Field labels
are run-in bold at the start of the field's first paragraph (.PP, \\f[B]); indented
paragraphs; list items in mom lists (.LIST/.ITEM) that print the transcription's own
markers: a run of one marker is a LIST USER, a run counted 1. 2. 3. (or (a) (b) (c)) is
mom's own DIGIT (alpha) list, and a run whose marker changes to another kind ("o" under
"-", "•" under "1.") is a list nested in it. Investment tables by tbl (groff -t) in mom's
.TS H/.TH: `allbox` (a rule around every cell), a bold header (a group header like
"Publiek" spans its members, a header that spans lines is a vertical span), a 4 cm
wrapping label column, amounts right-aligned as transcribed, the Totaal row bold, set 8.5
on 10.5 (mom's .TS sets no-fill: the label's text block fills again, ragged right); a table
row the source prints at the top of a new page gets a page break there.
Table footnotes under their table and project notes at the end of the project, in 8.5p.
mom's running header (the dossier's name in capitals at the right, over a rule) is left off
a project's opening page; page numbers are mom's, centred at the foot.

The contents are mom's .TOC (the themes, the projects indented under them, leaders to
mom's page numbers) under the transcription's contents heading, set at the end and moved
to the front by gropdf (.AUTO_RELOCATE_TOC TOP); mom numbers the contents page i and the
body from 1, so a project's printed page is one less than its page in the PDF. Run as
pdfmom runs it: two groff -z passes collect the PDF references, the third writes the PDF
(gropdf; Times and Zapf Dingbats referenced, not embedded).

Characters are escaped as troff.py escapes them (its helpers); "●" is Zapf Dingbats' a71,
"○" a drawn circle (reads back as nothing), "⁴" and "₂" a raised/lowered small digit.

Needs groff (Debian: groff, for gropdf, tbl and the mom macros) and pdftotext
(poppler-utils).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_resolving
from .troff import _MARKER, _is_total, _line, _t

STYLE = "mom"

PREAMBLE = r""".\" mom's own proposal style: Times 10.5/13, A4, justified, hyphenated.
.PAPER A4
.PRINTSTYLE TYPESET
.DOCTYPE DEFAULT
.TITLE "NAME"
.DOCHEADER OFF
.FAMILY T
.PT_SIZE 10.5
.LS 13
.JUSTIFY
.HY
.HEADING_STYLE 1 FONT I SIZE +1 QUAD LEFT
.HEADING_STYLE 2 FONT B SIZE +3 QUAD LEFT
.TOC_HEADER_STRING "CONTENTS"
.AUTO_RELOCATE_TOC TOP
.PAGENUM_HYPHENS OFF
.\" U+25CF is Zapf Dingbats' a71 (its PDF name reads back as U+25CF); U+25CB (\[ci])
.\" has no glyph in any -Tpdf font, so it is drawn.
.char \[u25CF] \s-2\f[ZD]\N'108'\s+2
.fchar \[ci] \v'-.22m'\D'c .42m'\v'.22m'
.\" A theme set again on a later project's page: HEADING 1's look without a contents entry.
.de THEME
.  br
.  nf
.  ft I
.  ps +1
\&\\$1
.  ps
.  ft
.  br
..
.\" A page break inside a tbl table: tbl holds each row in a diversion, where .bp does
.\" nothing, so the request goes into the diversion and acts when the row is set.
.de tbl-bp
\\!.NEWPAGE
..
.START
"""

# Tables are set 8.5 on 10.5: at the text's 10.5p the seven-value-column tables run past
# the right margin.
TABLE_SIZE = ".PT_SIZE 8.5\n.LS 10.5\n"
SMALL = ".PT_SIZE 8.5\n.LS 10.5\n"


def _table(t: source.Table) -> str:
    """A tbl table under allbox: header rows (spans as the source spans), then the body."""
    lines = len(t.header)
    placed = t.header_cells()
    formats: list[str] = []
    data: list[str] = []
    for line in range(lines):
        spec = ["lb" if line == 0 else "^"]
        cells = [f"T{{\n{_line(t.label)}T}}" if line == 0 else ""]
        column = 1
        while column <= t.columns:
            here = next((h for h in placed if h.column == column
                         and h.line <= line < h.line + h.lines), None)
            if here is None:
                spec.append("c")
                cells.append("")
                column += 1
                continue
            # A cell that started on a line above spans down to this one.
            spec.append(" ".join(["cb" if here.line == line else "^"] + ["s"] * (here.columns - 1)))
            cells.append(rf"\&{_t(here.text)}" if here.line == line else "")
            column += here.columns
        formats.append(" ".join(spec))
        data.append("@".join(cells))
    data.append(".TH")
    for b, row in enumerate(t.rows):
        bold = "b" if _is_total(row) else ""
        formats.append(f"l{bold}w(4c)" + "".join(f" r{bold}" for _ in row[1:]))
        if b and b == t.page_break_before_row:
            data.append(".tbl-bp")  # the source continues the table on a new page here
        # mom's .TS sets no-fill, which a text block keeps: fill it again, ragged right.
        cells = [f"T{{\n.fi\n.ad l\n{_line(row[0])}T}}"] + [rf"\&{_t(c)}" for c in row[1:]]
        data.append("@".join(cells))
    out = [TABLE_SIZE, ".TS H\n", "allbox tab(@);\n", ",\n".join(formats), ".\n",
           "\n".join(data), "\n.TE\n"]
    for note in t.footnotes:
        out.append(".PP\n.ti 0\n" + SMALL + _line(note))
    return "".join(out)


def _kind(marker: str) -> str:
    """A marker's kind: counted ones (1. 2. / (a) (b)) are one kind, others their own."""
    if re.fullmatch(r"\d{1,2}[.)]", marker):
        return "digit" + marker[-1]
    if re.fullmatch(r"\([a-z]\)", marker):
        return "alpha"
    return marker


def _list_open(markers: list[str]) -> str:
    """The .LIST for a run of items of one kind: mom counts it if the transcription counts
    from the start, else it prints the transcription's markers (USER)."""
    kind = _kind(markers[0])
    if kind.startswith("digit"):
        numbers = [int(m[:-1]) for m in markers]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            reset = f".RESET_LIST {numbers[0]}\n" if numbers[0] != 1 else ""
            return f".LIST DIGIT {kind[-1]}\n" + reset
    if kind == "alpha":
        letters = [m[1] for m in markers]
        if letters == [chr(ord("a") + i) for i in range(len(letters))]:
            return ".LIST alpha ) (\n"
    if len(set(markers)) == 1:
        return f'.LIST USER "{_t(markers[0])}"\n'
    return ""  # mixed markers of one kind: a USER list per item (see _list)


def _list(items: list[tuple[str, str]]) -> str:
    """A run of list items (marker, text): the first item's kind is the outer list, another
    kind a list nested in it until the outer kind comes back."""
    # Group into levels: [(level, [(marker, text), ...]), ...]
    outer = _kind(items[0][0])
    groups: list[tuple[int, list[tuple[str, str]]]] = []
    for marker, text in items:
        level = 1 if _kind(marker) == outer else 2
        if groups and groups[-1][0] == level and _kind(groups[-1][1][-1][0]) == _kind(marker):
            groups[-1][1].append((marker, text))
        else:
            groups.append((level, [(marker, text)]))
    out: list[str] = []
    depth = 0
    outer_head = _list_open([m for m, _ in items if _kind(m) == outer])
    for level, group in groups:
        if depth == 2:  # back to the outer list, or on to a nested list of another kind
            out.append(".LIST OFF\n")
            depth = 1
        head = outer_head if level == 1 else _list_open([m for m, _ in group])
        if head and depth < level:
            out.append(head)
            depth = level
        for marker, text in group:
            if not head:  # no single mom list fits: each item its own USER list
                if depth == level:
                    out.append(".LIST OFF\n")
                out.append(f'.LIST USER "{_t(marker)}"\n')
                depth = level
            out.append(".ITEM\n" + _line(text))
    out.extend(".LIST OFF\n" for _ in range(depth))
    return "".join(out)


def _field(field: source.Field) -> str:
    """A field: its label run in bold before the first paragraph, then paragraphs, lists
    (own markers) and tables."""
    out: list[str] = []
    label = rf"\f[B]{_t(field.label)}\f[P]"
    pending: list[tuple[str, str]] = []
    first = True

    def flush() -> None:
        if pending:
            out.append(_list(pending))
            pending.clear()

    for item in field.content:
        if isinstance(item, source.Table):
            flush()
            if first:
                out.append(f".PP\n{label}\n")
                first = False
            out.append(_table(item))
            continue
        m = _MARKER.match(item)
        if m:
            if first:
                out.append(f".PP\n{label}\n")
                first = False
            pending.append((m.group(1), item[m.end():]))
            continue
        flush()
        if first:
            out.append(f".PP\n{label}\\h'1m'\\c\n" + _line(item))
            first = False
        else:
            out.append(".PP\n" + _line(item))
    flush()
    if first:
        out.append(f".PP\n{label}\n")
    return "".join(out)


def build_mom(dossier: source.Dossier, name: str) -> str:
    out = [PREAMBLE.replace("NAME", _t(name)).replace("CONTENTS", _t(dossier.toc_heading))]
    theme = None
    for i, project in enumerate(dossier.projects):
        # mom's running header is left off a project's opening page (turned on again once
        # the page has begun); the first project opens the body.
        if i:
            out.append(".HEADERS OFF\n.NEWPAGE\n")
        if project.theme != theme:
            out.append(f'.HEADING 1 "{_t(project.theme)}"\n')
            theme = project.theme
        else:
            out.append(f'.THEME "{_t(project.theme)}"\n')
        out.append(f'.HEADING 2 "{_t(project.title)}"\n.HEADERS\n')
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(_field(row))
        if project.notes:
            out.append(".PP\n.ti 0\n.sp .5v\n\\l'4c'\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(".PP\n.ti 0\n" + SMALL + _line(f"{note.mark} {texts[0]}"))
                out.extend(".br\n" + _line(t) for t in texts[1:])
    out.append(".TOC\n")
    return "".join(out)


def _groff(args: list[str], cwd: Path, env: dict, stdin: bytes) -> tuple[bytes, str]:
    proc = subprocess.run([need("groff"), *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, timeout=300)
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise EngineError(f"groff {' '.join(args)} failed ({proc.returncode}):\n{err[-2000:]}")
    return proc.stdout, err


def _typeset(mom: Path) -> Path:
    """pdfmom's three passes (groff -t -mom -Tpdf), without its shell; return the PDF."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "LC_ALL": "C"}
    common = ["-t", "-Tpdf", "-mom", "-dpaper=a4", "-P-pa4"]
    refs = b""
    # The first two passes write the references and page names they find as .ds lines
    # on stderr; each pass reads the last one's on its standard input.
    for extra in (["-dLABEL.REFS=1"], ["-dPDF.EXPORT=1", "-dLABEL.REFS=1"]):
        _out, err = _groff([*common, *extra, "-z", "-", mom.name], mom.parent, env, refs)
        refs = "".join(line + "\n" for line in err.splitlines()
                       if re.match(r"^\. *ds", line)).encode()
    pdf_bytes, _err = _groff([*common, "-", mom.name], mom.parent, env, refs)
    if not pdf_bytes:
        raise EngineError(f"groff wrote no PDF for {mom.name}")
    pdf = mom.with_suffix(".pdf")
    pdf.write_bytes(pdf_bytes)
    return pdf


def render_mom(dossier: source.Dossier, pdf_path, keep_mom: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The mom source lives in a temporary directory; pass `keep_mom` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_mom(dossier, folder_name(dossier, pdf_path))
    text.encode("ascii")  # every character is escaped by troff.py's _t
    return render_resolving(STYLE, dossier, pdf_path, text, ".mom", _typeset, keep_mom)
