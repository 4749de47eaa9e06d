"""The "itext" rendering: an enterprise back office's report written by a Java program with iText 5.

The Java program (itextreport.java, next to this module) is compiled with javac against
iText 5 and run with the dossier in a simple tab-separated line format written here (plain
Java has no JSON reader). It uses iText's own layout: a Document on A4 with 36pt margins,
the contents first (a borderless PdfPTable: entry | page), every project on a new page
(document.newPage()) under a small teal theme line and a bold 15pt title, field labels as
bold Paragraphs, the text as Paragraphs, a list item as one Paragraph with the
transcription's own marker in its text, indented (iText's List would add its own marker).
Investment tables, and the tables inside a field, are PdfPTables (label column twice a
value column) whose header lines, on BaseColor.LIGHT_GRAY, repeat where a table runs onto
the next page (setHeaderRows); the label cell spans the header lines, a group such as
"Publiek" spans its members (colspan); amounts are right-aligned as transcribed, the
Totaal row bold; a table the source continues on a new page is cut there. Table footnotes
are small Paragraphs under their table, project notes small Paragraphs under a rule at the
project's end; a page event writes the page number at the foot of every page but the first.

Text is set in the standard Helvetica with CP1252 (it has the euro sign); a paragraph or
cell with a character CP1252 lacks ("₂", "●", "○", "⁴") is set in DejaVu Sans, embedded as
an IDENTITY_H subset. The program prints the page each project starts on; the contents'
page numbers come from the first PDF's text on a second pass (render_settled).

iText stamps the dates and a random /ID (engines.stabilise_pdf makes them stable) and names
each font subset with a random six-letter prefix (replaced here by one derived from the
font's name, of the same length).

Needs Java (javac and java, 17 is fine), iText 5 (Debian: libitext5-java,
/usr/share/java/itext5.jar), DejaVu Sans (fonts-dejavu-core) and pdftotext (poppler-utils).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from . import source
from .engines import EngineError, need, render_settled, run

STYLE = "itext"

ITEXT = Path("/usr/share/java/itext5.jar")
PROGRAM = Path(__file__).with_name("itextreport.java")

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")
# iText's font subset tag: six random capitals and "+" before the font's name.
_SUBSET = re.compile(rb"/([A-Z]{6})\+([A-Za-z0-9\-]+)")


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _line(*fields: object) -> str:
    return "\t".join(_esc(str(f)) for f in fields) + "\n"


def _table(t: source.Table) -> list[str]:
    cut = t.page_break_before_row if t.page_break_before_row is not None else -1
    out = [_line("TABLE", t.label, t.columns, len(t.header), cut)]
    out.extend(_line("HEAD", h.line, h.column, h.columns, h.lines, h.text) for h in t.header_cells())
    out.extend(_line("ROW", *row) for row in t.rows)
    out.extend(_line("TFN", f) for f in t.footnotes)
    out.append(_line("ENDTABLE"))
    return out


def build_report(dossier: source.Dossier, toc_pages: list[int] | None = None) -> str:
    """The dossier in the Java program's line format (see itextreport.java)."""
    out = [_line("TOCHEAD", dossier.toc_heading)]
    for i, entry in enumerate(dossier.toc):
        out.append(_line("TOC", entry.text, toc_pages[i] if toc_pages else ""))
    for project in dossier.projects:
        out.append(_line("PROJECT", project.theme, project.title))
        for row in project.rows:
            if isinstance(row, source.Table):
                out.extend(_table(row))
                continue
            out.append(_line("LABEL", row.label))
            for item in row.content:
                if isinstance(item, source.Table):
                    out.extend(_table(item))
                else:
                    out.append(_line("ITEM" if _MARKER.match(item) else "PARA", item))
        for note in project.notes:
            texts = note.text or ("",)
            out.append(_line("NOTE", note.mark, texts[0]))
            out.extend(_line("NOTEMORE", t) for t in texts[1:])
    return "".join(out)


def compile_program(folder: Path) -> Path:
    """Compile the report writer into `folder`; return the class folder."""
    if not ITEXT.is_file():
        raise EngineError(f"{ITEXT} not found (Debian: apt-get install -y libitext5-java)")
    classes = folder / "classes"
    if not (classes / "ItextReport.class").is_file():
        run([need("javac"), "-encoding", "UTF-8", "-nowarn", "-cp", str(ITEXT), "-d", str(classes), str(PROGRAM)])
    return classes


def fix_subset_tags(pdf: Path) -> None:
    """Replace iText's random subset tags with one derived from the font's name (same length,
    so the cross-reference offsets stay valid)."""
    def tag(m: re.Match) -> bytes:
        digest = hashlib.md5(m.group(2)).digest()
        return b"/" + bytes(65 + b % 26 for b in digest[:6]) + b"+" + m.group(2)

    pdf.write_bytes(_SUBSET.sub(tag, pdf.read_bytes()))


def render_itext(dossier: source.Dossier, pdf_path, keep_report: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The line-format input lives in a temporary directory; pass `keep_report` to copy it.
    """
    pdf_path = Path(pdf_path)

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        classes = compile_program(tmp)
        report, pdf = tmp / (pdf_path.stem + ".txt"), tmp / (pdf_path.stem + ".pdf")
        report.write_text(build_report(dossier, toc_pages), encoding="utf-8")
        run([need("java"), "-Djava.awt.headless=true", "-cp", f"{ITEXT}:{classes}", "ItextReport",
             str(report), str(pdf)], timeout=300)
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise EngineError(f"the iText program wrote no {pdf}")
        fix_subset_tags(pdf)
        return report, pdf

    return render_settled(STYLE, dossier, pdf_path, "regio-itext-", produce, keep_report)
