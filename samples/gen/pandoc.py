"""The "pandoc" rendering: a proposal written in Markdown and converted by pandoc to PDF.

What a policy officer who writes in Markdown gets: one .md document converted by pandoc
with its default LaTeX template (the article class, Latin Modern, parskip) and pdfLaTeX,
only variables passed: ``lang=nl`` (babel's Dutch), ``geometry=a4paper,margin=2.5cm``,
the transcription's contents heading as ``toc-title``, and ``--toc`` for pandoc's own
contents page (with page numbers) under the dossier's short name as the title. Each theme
is a ``#`` heading, each project a ``##`` heading after a raw ``\\newpage``; a theme's
next projects open with the theme as an emphasised line, so every project page names
its theme above its title. Field labels are ``**Label**`` paragraphs; text is one
paragraph per transcribed paragraph, and a run of list items a line block (``| ...``),
whose lines keep the source's own markers and which Markdown neither renumbers nor
re-bullets. Investment tables are pipe tables typed by hand (cells not padded, every
rule ``---``, amounts right-aligned with ``--:``): pandoc turns them into longtables with
booktabs rules; once a row's line passes 72 characters its columns wrap, all equally wide
(the rule's dashes set the shares), else they take their natural widths. A pipe table
has one header line and cannot span, so a group such as "Publiek" is written into its
members' labels ("Publiek Gem.", "Publiek Provincie"), or stands over its first column
when its members have no labels of their own; the total row is bold. Where the source
continues a table on a new page the table is closed, a ``\\newpage`` follows and the
table opens again under its header. Table footnotes are paragraphs under their table;
project notes close the project.

Transcribed text is backslash-escaped where Markdown would read it as markup (a leading
list marker, emphasis, brackets, and quotes or dashes pandoc's "smart" extension would
curl or join). A straight apostrophe is written as ``\\textquotesingle{}`` (raw TeX,
which pandoc passes on): the T1 font encoding prints ``'`` as a curly quote. The
characters pdfLaTeX's utf8 input lacks ("●", "○", "⁴", "₂") are declared in
``header-includes``, as the error message sends one to do.

pdfLaTeX honours SOURCE_DATE_EPOCH with FORCE_SOURCE_DATE=1 (its dates, its /ID);
engines.stabilise_pdf replaces what is left. Pandoc reruns pdfLaTeX until the contents
settle; render_settled's loop only confirms the pages.

Needs pandoc (Debian: pandoc), pdflatex with the default template's packages (Debian:
texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended lmodern) and
pdftotext (poppler-utils).
"""

from __future__ import annotations

import re
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_resolving, run

STYLE = "pandoc"

# The characters the utf8 input encoding does not know, declared the way its error asks.
HEADER_INCLUDES = (r"\DeclareUnicodeCharacter{25CF}{\textbullet}",
                   r"\DeclareUnicodeCharacter{25CB}{\textopenbullet}",
                   r"\DeclareUnicodeCharacter{2074}{\textsuperscript{4}}",
                   r"\DeclareUnicodeCharacter{2082}{\textsubscript{2}}")

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")

# Inline markup: emphasis, code, links, raw HTML/TeX, math, super/subscripts, citations,
# entities, table bars; quotes and dashes so that "smart" leaves them as typed.
_INLINE = set("\\`*_[]<>$^~@&|\"")
# What opens a block at the start of a paragraph: a list marker (1. a) (i) #.), a heading,
# a quote, a line block, a definition, a rule.
_BLOCK_START = re.compile(r"^(?:(\(?)(\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+|#|@\w*)([.)])|([-+*:~|>=#%]))")


def _inline(text: str) -> str:
    out = []
    for i, c in enumerate(text):
        if c == "'":
            out.append(r"\textquotesingle{}")  # T1 would print ' as a right quote
        elif c in _INLINE or (c == "-" and text[i + 1:i + 2] == "-") \
                or (c == "." and "..." in text[max(i - 2, 0):i + 3]):
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


def _block(text: str) -> str:
    """A paragraph's text, its first characters kept from opening a list or another block."""
    body = _inline(text)
    m = _BLOCK_START.match(body)
    if m is None:
        return body
    if m.group(4):
        return "\\" + body
    opening = "\\(" if m.group(1) else ""
    return opening + m.group(2) + "\\" + m.group(3) + body[m.end():]


def _column_heads(t: source.Table) -> list[str]:
    """One header label per value column: the header lines' texts over it, a group's text
    joined to its members' labels, or over its first column if they have none."""
    placed = t.header_cells()
    heads = []
    for column in range(1, t.columns + 1):
        over = sorted((h for h in placed if h.column <= column < h.column + h.columns and h.text),
                      key=lambda h: h.line)
        narrow = any(h.columns == 1 for h in over)
        parts = [h.text for h in over if h.columns == 1 or narrow or h.column == column]
        heads.append(" ".join(parts))
    return heads


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def _pipe_table(t: source.Table, rows: list[tuple[str, ...]]) -> str:
    head = [_inline(t.label)] + [_inline(h) for h in _column_heads(t)]
    body = []
    for row in rows:
        cells = [_inline(c) for c in row]
        if _is_total(row):
            cells = [f"**{c}**" if c else "" for c in cells]
        body.append(cells)
    # Typed by hand, unpadded: the rule's dashes are all alike, so once a line passes 72
    # characters pandoc gives every column the same share of the width.
    rule = ["---"] + ["--:"] * t.columns
    return "\n".join("| " + " | ".join(cells) + " |" for cells in [head, rule, *body]) + "\n\n"


def _table(t: source.Table) -> str:
    rows = list(t.rows)
    cut = t.page_break_before_row
    if cut:
        # The source continues the table on a new page: close it there, open it again.
        out = [_pipe_table(t, rows[:cut]), "\\newpage\n\n", _pipe_table(t, rows[cut:])]
    else:
        out = [_pipe_table(t, rows)]
    out.extend(f"{_block(f)}\n\n" for f in t.footnotes)
    return "".join(out)


def _content(items: tuple) -> str:
    """A field's paragraphs, runs of list items (a line block: each keeps its marker) and tables."""
    out: list[str] = []
    in_list = False
    for item in items:
        if isinstance(item, str) and _MARKER.match(item):
            out.append(f"| {_inline(item)}\n")
            in_list = True
            continue
        if in_list:
            out.append("\n")
            in_list = False
        if isinstance(item, source.Table):
            out.append(_table(item))
        elif item.strip():
            out.append(f"{_block(item)}\n\n")
    if in_list:
        out.append("\n")
    return "".join(out)


def build_markdown(dossier: source.Dossier, name: str) -> str:
    out = ["---\n", f"title: {_inline(name)}\n", "header-includes:\n",
           *(f"  - '{h}'\n" for h in HEADER_INCLUDES), "---\n\n"]
    theme = None
    for project in dossier.projects:
        out.append("\\newpage\n\n")
        if project.theme != theme:
            theme = project.theme
            out.append(f"# {_inline(project.theme)}\n\n")
        else:
            out.append(f"*{_inline(project.theme)}*\n\n")
        out.append(f"## {_inline(project.title)}\n\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"**{_inline(row.label)}**\n\n")
                out.append(_content(row.content))
        for note in project.notes:
            texts = note.text or ("",)
            out.append(f"{_block(note.mark + ' ' + texts[0])}\n\n")
            out.extend(f"{_block(t)}\n\n" for t in texts[1:])
    return "".join(out)


def _typeset(md: Path, toc_title: str) -> Path:
    pdf = md.with_suffix(".pdf")
    # SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE make pdfTeX write the fixed date; TZ its zone.
    run([need("env"), f"SOURCE_DATE_EPOCH={EPOCH}", "FORCE_SOURCE_DATE=1", "TZ=UTC",
         need("pandoc"), str(md), "--from", "markdown", "--pdf-engine", need("pdflatex"),
         "--toc", "-V", "lang=nl", "-V", "geometry:a4paper,margin=2.5cm",
         "-V", f"toc-title={toc_title}", "-o", str(pdf)], timeout=600)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"pandoc wrote no {pdf}")
    return pdf


def render_pandoc(dossier: source.Dossier, pdf_path, keep_md: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The Markdown lives in a temporary directory; pass `keep_md` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_markdown(dossier, folder_name(dossier, pdf_path))
    return render_resolving(STYLE, dossier, pdf_path, text, ".md",
                            lambda md: _typeset(md, dossier.toc_heading), keep_md)
