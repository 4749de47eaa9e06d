"""The "context" rendering: a report set by ConTeXt MkIV on LuaTeX.

One .tex document the way a small publisher or a data-journalism desk sets a report:
A4, 2.5 cm margins, TeX Gyre Pagella at 10pt, Dutch (\\mainlanguage[nl]: justified text
hyphenated with ConTeXt's Dutch patterns), medium white space between paragraphs, a
running header (dossier name left, page number right) on every page but the contents
and a project's opening page. The contents list names each project with its page, a
ConTeXt reference (\\at) to the project's title. Every project starts on a new page
under a small-caps theme line and an unnumbered \\subject title; fields are
\\subsubject heads over their paragraphs, list items an itemize with the source's own
markers as symbols (\\sym). Tables are xtables with booktabs-like rules (top, under
the header, bottom; no vertical rules), a fixed-width label column that wraps, amounts
flush right, a group header spanning its members (nx=), the total row bold and the
header repeated when a table breaks over pages; a table the source continues on a new
page is closed there and reopened under its header. Table footnotes follow their table
and project notes close the project, both in small type.

ConTeXt runs its own passes until the references settle. The OpenType Pagella
(fonts-texgyre) is not installed here, so the same design is loaded from its Type1 files
(tex-gyre: qpl*.afm/pfb) through ConTeXt's AFM reader. That font has no smcp feature:
the theme's small capitals are its own ".sc" glyphs asked by name (\\fontchar), which
read back as lower case. What it lacks ("○", "¹²³⁴", "₂") and its "'" (a right quote
there) come from DejaVu Serif as a font fallback, so the same characters print; a kern
parts "--" so the font's dash ligature cannot join it. ConTeXt's clock is set to the
engines' date in the source (its own --nodates fails in this version).

Needs context (Debian: context, tex-gyre, fonts-dejavu-core) and pdftotext
(poppler-utils).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_resolving

STYLE = "context"


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

PREAMBLE = r"""% Reproducible output: this ConTeXt (2021) stamps the wall clock (Info, XMP) and random
% uuids (XMP); its --nodates fails on a bug, so its clock is set to the engines' date here
% and the uuids are fixed.
\startluacode
local date, epoch, n = os.date, EPOCH, 0
os.date = function(f, t) return date(f, t or epoch) end
os.uuid = function() n = n + 1 return string.format("00000000-0000-0000-0000-%012d", n) end
lpdf.settime(date("*t", epoch))
\stopluacode
\starttypescript [serif] [regiopagella]
  \definefontsynonym [Serif]           [file:qplr.afm]  [features=default,fallbacks=regio]
  \definefontsynonym [SerifBold]       [file:qplb.afm]  [features=default,fallbacks=regio]
  \definefontsynonym [SerifItalic]     [file:qplri.afm] [features=default,fallbacks=regio]
  \definefontsynonym [SerifBoldItalic] [file:qplbi.afm] [features=default,fallbacks=regio]
\stoptypescript
\starttypescript [regiopagella]
  \definetypeface [regiopagella] [rm] [serif] [regiopagella] [default]
  \definetypeface [regiopagella] [mm] [math]  [modern]       [default]
\stoptypescript
% Characters the Type1 Pagella lacks, from DejaVu Serif; its ' is a right quote.
\definefontfallback [regio] [file:DEJAVU] [0x0027,0x00B2,0x00B3,0x00B9,0x2074,0x2082,0x25CB] [force=yes]
\mainlanguage[nl]
\setupbodyfont[regiopagella,10pt]
\setuppapersize[A4]
\setuplayout[backspace=25mm, width=middle, topspace=12mm, header=8mm, headerdistance=5mm,
  height=middle, footer=0pt, footerdistance=0pt, bottomspace=25mm]
\setupwhitespace[medium]
\setuppagenumbering[location=]
\setupheadertexts[{\tfx NAME}][{\tfx\pagenumber}]
\setupinteraction[state=start, color=, contrastcolor=, title={TITLE}]
\setuphead[subject][style=\bfb, before={\blank[small]}, after={\blank[medium]}]
\setuphead[subsubject][style=\bf, before={\blank[medium]}, after={\blank[small]}]
\setupitemize[each][packed][indentnext=no, width=2em]
\setupxtable[frame=off, header=repeat, split=repeat, offset=2pt, rulethickness=.6pt]
"""

# TeX's specials, and ConTeXt's | (a compound-word character in text).
_CHARS = {
    "\\": r"\letterbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\lettertilde{}", "^": r"\letterhat{}", "|": r"\letterbar{}",
}

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


# The font's ligatures -- and --- would print dashes: a kern between the hyphens stops them.
_LIGATURE = re.compile(r"-(?=-)")


def _tex(text: str) -> str:
    return _LIGATURE.sub(r"-\\kern0pt ", "".join(_CHARS.get(c, c) for c in text))


def _small_caps(text: str) -> str:
    """Lower-case ASCII letters as the font's own small-cap glyphs (a.sc, b.sc, ...)."""
    return "".join(rf"\fontchar{{{c}.sc}}" if "a" <= c <= "z" else _tex(c) for c in text)


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


# A cell's settings by kind; a booktabs rule is a cell's top or bottom frame.
_KINDS = {
    "label": "width=45mm,align={flushleft,high}",
    "labelhead": "width=45mm,align={flushleft,low}",
    "amount": "align={flushright,high}",
    "group": "align={middle,lohi}",
    "top": "topframe=on",
    "under": "bottomframe=on",
}


def _cell(text: str, *kinds: str, span: str = "") -> str:
    settings = ",".join([_KINDS[k] for k in kinds if k] + ([span] if span else []))
    return rf"\startxcell[{settings}] {text} \stopxcell"


def _head(t: source.Table) -> list[str]:
    """The header rows: the label cell spans them all, a group spans its members."""
    lines = len(t.header)
    placed = t.header_cells()
    out = ["\\startxtablehead\n"]
    for line in range(lines):
        cells = []
        if line == 0:
            span = f"ny={lines}" if lines > 1 else ""
            cells.append(_cell(_tex(t.label), "labelhead", "top", "under", span=span))
        for h in placed:
            if h.line != line:
                continue
            spans = [f"nx={h.columns}"] if h.columns > 1 else []
            spans += [f"ny={h.lines}"] if h.lines > 1 else []
            cells.append(_cell(_tex(h.text), "group", "top" if line == 0 else "",
                               "under" if h.line + h.lines == lines else "",
                               span=",".join(spans)))
        out.append("\\startxrow " + " ".join(cells) + " \\stopxrow\n")
    out.append("\\stopxtablehead\n")
    return out


def _xtable(t: source.Table, rows: list[tuple[str, ...]]) -> str:
    out = ["\\startxtable\n", *_head(t), "\\startxtablebody\n"]
    for i, row in enumerate(rows):
        last = "under" if i == len(rows) - 1 else ""
        bold = r"\bold " if _is_total(row) else ""  # the source's total row, in bold
        cells = [_cell(bold + _tex(row[0]), "label", last)]
        cells += [_cell(bold + _tex(c) if c else "", "amount", last) for c in row[1:]]
        out.append("\\startxrow " + " ".join(cells) + " \\stopxrow\n")
    out.append("\\stopxtablebody\n\\stopxtable\n")
    return "".join(out)


def _table(t: source.Table) -> str:
    out = ["\\blank[small]\n{\\switchtobodyfont[9pt]\n"]
    rows = list(t.rows)
    cut = t.page_break_before_row
    if cut:
        # The source continues the table on a new page: close it there, open it again.
        out += [_xtable(t, rows[:cut]), "\\page\n", _xtable(t, rows[cut:])]
    else:
        out.append(_xtable(t, rows))
    out.append("}\n")
    if t.footnotes:
        out.append("{\\switchtobodyfont[8pt]\n")
        out.extend(f"{_tex(f)}\\par\n" for f in t.footnotes)
        out.append("}\n")
    out.append("\\blank[medium]\n")
    return "".join(out)


def _content(items: tuple) -> str:
    """A field's paragraphs, list items (itemize, own markers) and tables."""
    out: list[str] = []
    in_list = False
    for item in items:
        m = _MARKER.match(item) if isinstance(item, str) else None
        if m and not in_list:
            out.append("\\startitemize\n")
            in_list = True
        elif not m and in_list:
            out.append("\\stopitemize\n\n")
            in_list = False
        if isinstance(item, source.Table):
            out.append(_table(item))
        elif m:
            out.append(f"\\sym{{{_tex(m.group(1))}}} {_tex(item[m.end():])}\n")
        else:
            out.append(_tex(item) + "\n\n")
    if in_list:
        out.append("\\stopitemize\n\n")
    return "".join(out)


def build_tex(dossier: source.Dossier, name: str) -> str:
    out = [PREAMBLE.replace("EPOCH", EPOCH).replace("DEJAVU", DEJAVU).replace("NAME", _tex(name))
           .replace("TITLE", _tex(dossier.toc_heading)),
           "\\starttext\n\\setupheader[state=empty]\n",
           f"{{\\bfc {_tex(dossier.toc_heading)}\\par}}\n\\blank[big]\n",
           "\\starttabulate[|p|r|]\n"]
    # The contents list names the projects in the transcription's words and order.
    for i, entry in enumerate(dossier.toc):
        page = f"\\at{{}}{{}}[project-{i}]" if i < len(dossier.projects) else str(entry.page)
        out.append(f"\\NC {_tex(entry.text)} \\NC {page} \\NC\\NR\n")
    out.append("\\stoptabulate\n")
    for i, project in enumerate(dossier.projects):
        # An opening page carries no running header, as a book's chapter opening.
        out.append("\\page\n\\setupheader[state=empty]\n")
        out.append(f"\\noindent{{\\tf {_small_caps(project.theme)}}}\\par\n")
        out.append(f"\\subject[project-{i}]{{{_tex(project.title)}}}\n\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"\\subsubject{{{_tex(row.label)}}}\n\n")
                out.append(_content(row.content))
        if project.notes:
            out.append("\\blank[big]\n{\\switchtobodyfont[8pt]\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"\\noindent {_tex(note.mark)} {_tex(texts[0])}\\par\n")
                out.extend(f"{_tex(t)}\\par\n" for t in texts[1:])
            out.append("}\n")
    out.append("\\stoptext\n")
    return "".join(out)


def _typeset(tex: Path) -> Path:
    """Run ConTeXt in the .tex file's folder; it reruns until its references settle."""
    context = need("context")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}
    proc = subprocess.run([context, "--batchmode", "--nonstopmode", "--nosynctex",
                           "--randomseed=1", tex.name], cwd=tex.parent, env=env,
                          capture_output=True, text=True, timeout=600)
    pdf = tex.with_suffix(".pdf")
    if proc.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        log = tex.with_suffix(".log")
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:] if log.is_file() else ""
        raise EngineError(f"context failed ({proc.returncode}) on {tex.name}:\n"
                          f"{proc.stdout[-1000:]}\n{tail}")
    return pdf


def render_context(dossier: source.Dossier, pdf_path, keep_tex: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .tex lives in a temporary directory; pass `keep_tex` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_tex(dossier, folder_name(dossier, pdf_path))
    return render_resolving(STYLE, dossier, pdf_path, text, ".tex", _typeset, keep_tex)
