"""The "groff" rendering: a 1990s Unix technical report set by GNU troff.

One ms document (groff's -ms macros, Times 10p on 12p, A4, 2.5 cm margins, justified, troff's
own hyphenation with the US English patterns groff loads by default: it ships no Dutch
ones). A contents page (the transcription's heading and entries, leader dots to each
project's page), then every project on a new page (.bp) under its theme in italics and its
title as a bold .SH heading; field labels bold on a line of their own (.LP, .B), paragraphs
.PP, list items .IP with the transcription's own marker. Tables by tbl: `box`, vertical
rules between the columns, a bold header (a group header like "Publiek" spans its members,
a header that spans lines is a vertical span), a line under the header and above the
Totaal row, the Totaal row bold, a 5 cm wrapping label column, amounts right-aligned (`r`,
not `n`: tbl's numeric alignment would line "1.650.000" up on its last dot), the header
repeated on a continuation page (.TS H/.TH), tables set 9 on 11 with 1 en between the
columns. A table row the source prints at the top of a new page gets a .bp there (see
tbl-bp). Table footnotes under their table and project notes at the end of the project,
in 8p. The running header (ms's LH/RH strings) is the
dossier's name left and the page number right; a project's opening page has none, only
its page number at the foot, as a report's chapter openings do.

troff learns a page's number only while setting it: each run reports every project's page
on stderr (.tm), and groff runs again with those numbers in the contents until they hold.
PDF by gropdf (groff -t -ms -Tpdf -dpaper=a4 -P-pa4); Times and Zapf Dingbats are
referenced, not embedded (gropdf's default for the base 14 fonts); the euro is Times' own.

Characters are set by groff's named glyphs where a font has them ("€" \\[Eu], "¹²³" \\[S1]
to \\[S3], "•" \\[bu], "–" \\[en], quotes \\[oq] \\[cq] \\[aq], accented letters by their
Unicode names); "●" is Zapf Dingbats' a71, which reads back as "●". Not printed as
transcribed: "○" (no font of -Tpdf has it: a drawn circle, which reads back as nothing),
"⁴" (no glyph: a raised small "4", reads back as " 4 ") and "₂" (a lowered small "2",
reads back as " 2").

Needs groff (Debian: groff, for gropdf and tbl) and pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_settled

STYLE = "groff"


# What each run writes to stderr for a project's opening page (.tm).
_REPORT = re.compile(r"^regio-project (\d+) (\d+)$", re.M)

PREAMBLE = r""".\" The look of a 1990s technical report: Times 10/12, A4, 2.5 cm margins.
.nr PS 10
.nr VS 12
.nr PO 2.5c
.nr LL 16c
.nr HM 2.5c
.nr FM 2.5c
.nr PD 0.5v
.nr PI 2n
.ds LH NAME
.ds CH
.ds RH %
.ds LF
.ds CF
.ds RF
.\" U+25CF is Zapf Dingbats' a71 (its PDF name reads back as U+25CF); U+25CB (\[ci])
.\" has no glyph in any -Tpdf font, so it is drawn.
.char \[u25CF] \s-2\f[ZD]\N'108'\s+2
.fchar \[ci] \v'-.22m'\D'c .42m'\v'.22m'
.\" No running header on a project's opening page (pj is set just before its .bp),
.\" only the page number at its foot.
.nr pj 0
.nr op 0
.rn PT ms-PT
.de PT
.ie \\n[pj] \{\
.	nr op \\n%
.	nr pj 0
.\}
.el .ms-PT
..
.rn BT ms-BT
.de BT
.ie \\n%=\\n[op] .tl '''%'
.el .ms-BT
..
.\" A page break inside a tbl table: tbl holds each row in a diversion, where .bp does
.\" nothing, so the request goes into the diversion and acts when the row is set.
.de tbl-bp
\\!.bp
..
"""

# Characters troff treats specially, and those set by a named glyph (see the docstring).
# ASCII ' and ` would print as curly quotes, " ends a macro argument.
_CHARS = {
    "\\": r"\[rs]", "'": r"\[aq]", "`": r"\[ga]", '"': r"\[dq]", "@": r"\[at]",
    "\u00a0": r"\~", "€": r"\[Eu]", "¹": r"\[S1]", "²": r"\[S2]", "³": r"\[S3]",
    "•": r"\[bu]", "–": r"\[en]", "—": r"\[em]", "‘": r"\[oq]", "’": r"\[cq]",
    "“": r"\[lq]", "”": r"\[rq]", "●": r"\[u25CF]", "○": r"\[ci]",
    "⁴": r"\v'-.35m'\s-24\s+2\v'.35m'", "₂": r"\v'.2m'\s-22\s+2\v'-.2m'",
}

# troff's leader character (ASCII SOH): dots to the next tab stop. The escape \a is the
# uninterpreted one, which fills nothing.
LEADER = "\x01"

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


def _t(text: str) -> str:
    """Text for troff: specials escaped, everything else ASCII (\\[uXXXX] by name)."""
    out = []
    for c in text:
        if c in _CHARS:
            out.append(_CHARS[c])
        elif ord(c) > 126:
            out.append(rf"\[u{ord(c):04X}]")
        else:
            out.append(c)
    return "".join(out)


def _line(text: str) -> str:
    """A text line; \\& keeps a leading "." or space from being read as a request or a break."""
    return rf"\&{_t(text)}" + "\n"


# Tables are set 9 on 11 with 1 en between columns (tbl's default is 3): at 10p and 3 en
# the six- and seven-column tables ran into the margin, up to the edge of the page. The two
# widest (Twente's seven value columns, a long header) still reach 5 mm into the margin:
# tbl warns "table wider than line width" and sets them so, as it would in any report.
GAP = "1"


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def _table(t: source.Table) -> str:
    """A tbl table: header rows (spans as the source spans), then the body rows."""
    lines = len(t.header)
    placed = t.header_cells()
    formats: list[str] = []
    data: list[str] = []
    for line in range(lines):
        spec = [f"lb{GAP}" if line == 0 else "^"]
        cells = [f"T{{\n{_line(t.label)}T}}" if line == 0 else ""]
        column = 1
        while column <= t.columns:
            here = next((h for h in placed if h.column == column
                         and h.line <= line < h.line + h.lines), None)
            if here is None:
                spec.append("|c" + (GAP if column < t.columns else ""))
                cells.append("")
                column += 1
                continue
            # A cell that started on a line above spans down to this one.
            last = column + here.columns - 1 == t.columns  # tbl wants no gap after the last
            first = "cb" + ("" if last else GAP) if here.line == line else "^"
            spec.append("|" + " ".join([first] + ["s"] * (here.columns - 1)))
            cells.append(rf"\&{_t(here.text)}" if here.line == line else "")
            column += here.columns
        formats.append(" ".join(spec))
        data.append("@".join(cells))
    data.append("_")
    data.append(".TH")
    for b, row in enumerate(t.rows):
        bold = "b" if _is_total(row) else ""
        formats.append(f"l{bold}{GAP}w(5c)" + "".join(f" | r{bold}{GAP}" for _ in row[2:])
                       + f" | r{bold}")
        if b and b == t.page_break_before_row:
            data.append(".tbl-bp")  # the source continues the table on a new page here
        if _is_total(row) and b:
            data.append("_")
        cells = [f"T{{\n{_line(row[0])}T}}"] + [rf"\&{_t(c)}" for c in row[1:]]
        data.append("@".join(cells))
    # ms's .TS does not reset the size: the next .LP or .PP sets the text's 10p again.
    out = [".ps 9\n.vs 11\n.TS H\n", "box tab(@);\n", ",\n".join(formats), ".\n",
           "\n".join(data), "\n.TE\n"]
    for note in t.footnotes:
        out.append(".LP\n.ps 8\n.vs 10\n" + _line(note))
    return "".join(out)


def _content(items: tuple) -> str:
    """A field's paragraphs (.PP), list items (.IP, own marker) and tables."""
    out: list[str] = []
    for item in items:
        if isinstance(item, source.Table):
            out.append(_table(item))
            continue
        m = _MARKER.match(item)
        if m:
            out.append(f'.IP "{_t(m.group(1))}" 4n\n' + _line(item[m.end():]))
        else:
            out.append(".PP\n" + _line(item))
    return "".join(out)


def build_ms(dossier: source.Dossier, name: str, pages: list[int] | None = None) -> str:
    out = [PREAMBLE.replace("NAME", _t(name)),
           ".LP\n.ce\n", rf"\s+4\fB{_t(dossier.toc_heading)}\fP\s0", "\n.sp 2\n",
           # Entries as the transcription words them, a leader to the page at the right margin.
           ".nf\n.ta \\n[.l]uR\n"]
    for i, entry in enumerate(dossier.toc):
        page = pages[i] if pages and i < len(pages) else ""
        out.append(rf"\&{_t(entry.text)}{LEADER}{page}" + "\n.sp 0.3v\n")
    out.append(".fi\n")
    for i, project in enumerate(dossier.projects):
        out.append(".nr pj 1\n.bp\n.LP\n" + rf"\&\fI{_t(project.theme)}\fP" + "\n")
        # No hyphen in a title: .LP turns hyphenation back on.
        out.append(".SH\n.nh\n" + rf"\&\s+2{_t(project.title)}\s0" + "\n.LP\n")
        out.append(rf".tm regio-project {i} \n%" + "\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f'.LP\n.B "{_t(row.label)}"\n')
                out.append(_content(row.content))
        if project.notes:
            out.append(".LP\n.sp\n\\l'4c'\n.br\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(".LP\n.ps 8\n.vs 10\n" + _line(f"{note.mark} {texts[0]}"))
                out.extend(".br\n" + _line(t) for t in texts[1:])
    return "".join(out)


def _typeset(ms: Path) -> tuple[Path, list[int]]:
    """groff -t -ms -Tpdf; return the PDF and the pages the projects opened on."""
    groff = need("groff")
    pdf = ms.with_suffix(".pdf")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "LC_ALL": "C"}
    with open(pdf, "wb") as fh:
        proc = subprocess.run([groff, "-t", "-ms", "-Tpdf", "-dpaper=a4", "-P-pa4", ms.name],
                              cwd=ms.parent, env=env, stdout=fh, stderr=subprocess.PIPE,
                              text=False, timeout=300)
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise EngineError(f"groff failed ({proc.returncode}) on {ms.name}:\n{err[-2000:]}")
    if pdf.stat().st_size == 0:
        raise EngineError(f"groff wrote no {pdf}")
    found = sorted((int(i), int(p)) for i, p in _REPORT.findall(err))
    return pdf, [p for _i, p in found]


def render_groff(dossier: source.Dossier, pdf_path, keep_ms: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The ms source lives in a temporary directory; pass `keep_ms` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        ms = tmp / (pdf_path.stem + ".ms")
        pages = toc_pages
        for _ in range(4):
            ms.write_text(build_ms(dossier, name, pages), encoding="ascii")
            pdf, reported = _typeset(ms)
            if reported == pages:
                return ms, pdf
            pages = reported
        raise EngineError(f"groff: contents page numbers do not settle: {pages}")

    return render_settled(STYLE, dossier, pdf_path, "regio-groff-", produce, keep_ms)
