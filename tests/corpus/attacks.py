"""Files made to attack regio itself rather than to be merely broken: amounts too long for any
number, document text and file names that read as terminal markup or workflow commands, sizes
that make a careless algorithm quadratic, a page too wide to render, compression bombs in
disguise, and two inputs whose reports would take the same name.

make_corpus.py writes them, with the broken files or alone, into one manifest. Every file is
drawn by hand (no timestamps, no randomness), so the bytes are the same on every run.
"""

from __future__ import annotations

import base64
import io
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from make_corpus import HELVETICA, _pdf, _stream, seeded_secrets

A4 = (595, 842)
HUGE = "1234567890123456789012345678901234567890"  # 40 digits, past a Decimal's default 28 of precision
MARKUP = "Markup [/] [link=https://example.org]klik[/link] \x1b[31mrood\x07 einde"

# A funding table whose Rijk total is 100.000 off, an error every run must find; and one that adds up.
GOOD_ROWS = [("Bouw", "1.000.000", "400.000", "600.000"), ("Totaal", "1.000.000", "400.000", "700.000")]
CLEAN_ROWS = [("Bouw", "1.000.000", "400.000", "600.000"), ("Totaal", "1.000.000", "400.000", "600.000")]

# Column positions of a funding table: the label, then Totaal, Privaat, Rijk.
COLUMNS = (60, 250, 330, 420)

Run = tuple[float, float, str, float]  # x, y from the top of the page, text, font size


def _num(value: float) -> bytes:
    return b"%d" % value if float(value).is_integer() else b"%.2f" % value


def _literal(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


# Maps every ASCII code to itself, control characters included: pdfium then reports an ESC or
# a BEL in the text as it is, as a hostile producer can make it.
_ASCII_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
1 beginbfrange
<00> <7F> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""

# Maps every letter to a mathematical sign, as a font without a Unicode map of its own (a
# document printed to PDF through a PostScript driver) reads: the text decodes to no words.
_LETTERS_TO_SIGNS = _ASCII_TO_UNICODE.replace(b"1 beginbfrange\n<00> <7F> <0000>",
                                              b"3 beginbfrange\n<00> <40> <0000>\n<41> <5A> <2200>\n<61> <7A> <2200>")


def _runs_pdf(pages: list[list[Run]], size: tuple[float, float] = A4, to_unicode: bytes | None = None) -> bytes:
    """Text runs in Helvetica, one compressed content stream per page; ``to_unicode`` is the
    font's map from its codes to text, where it has one of its own."""
    width, height = size
    font = HELVETICA[:-2] + b"/ToUnicode 4 0 R >>" if to_unicode else HELVETICA
    first = 5 if to_unicode else 4
    kids = b" ".join(b"%d 0 R" % (first + 2 * i) for i in range(len(pages)))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        font,
    ]
    if to_unicode:
        objs.append(_stream(to_unicode))
    box = b"[0 0 " + _num(width) + b" " + _num(height) + b"]"
    for i, runs in enumerate(pages):
        content = b"BT\n" + b"".join(
            b"/F1 %s Tf 1 0 0 1 %s %s Tm (%s) Tj\n" % (_num(s), _num(x), _num(height - y), _literal(t))
            for x, y, t, s in runs) + b"ET"
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox " + box
                    + b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first + 2 * i + 1))
        objs.append(_stream(zlib.compress(content, 9), b"/Filter /FlateDecode"))
    return _pdf(objs)


# Where text stands on a page: clear of the top and bottom eighth, where a line repeated from
# page to page (a table row, digits aside) would be taken for a running header or footer; and
# a little lower or higher from page to page, as pages of the same words at the same places
# would be taken for a frame (a web page's navigation) around no content.
TOP, BOTTOM = 110, A4[1] - 130


@dataclass
class _Flow:
    """Lines set from the top of a page down, on a new page when this one is full."""

    pages: list[list[Run]] = field(default_factory=lambda: [[]])
    y: float = TOP

    def line(self, runs: list[tuple[float, str]], size: float = 10, pitch: float = 14) -> None:
        if self.y + pitch > BOTTOM:
            self.new_page()
        self.pages[-1].extend((x, self.y, text, size) for x, text in runs)
        self.y += pitch

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP + len(self.pages) % 5 * 4

    def gap(self, points: float) -> None:
        self.y += points

    def project(self, title: str, fields: list[tuple[str, list[str]]], rows) -> None:
        """A project as the proposals set one: "theme | title", labelled fields, and its funding table."""
        self.line([(60, f"Economie | {title}")], size=14, pitch=30)
        for label, lines in fields:
            for i, text in enumerate(lines):
                self.line([(60, label)] * (i == 0) + [(180, text)])
            self.gap(10)
        self.line(list(zip(COLUMNS, ("Opgaven/Investeringen", "Totaal", "Privaat", "Rijk"))))
        for row in rows:
            self.line(list(zip(COLUMNS, row)))
        self.gap(20)


def _dossier(title: str = "Voorbeeldproject", opgave: str = "De regio investeert in werk en scholing.",
             rows=GOOD_ROWS, width: float = A4[0], to_unicode: bytes | None = None) -> bytes:
    flow = _Flow()
    flow.project(title, [("Naam Project", [title]), ("Opgave", [opgave])], rows)
    return _runs_pdf(flow.pages, size=(width, A4[1]), to_unicode=to_unicode)


def _long_table(n: int = 6000) -> bytes:
    """Rows that each add up, and a Totaal row one euro off in the Rijk column: no single part or
    pair of parts explains the difference, so a diagnosis has to look at all of them."""
    rows, privaat, rijk = [], 0, 0
    for i in range(n):
        p, r = 1000 + 7 * i, 2000 + 13 * i
        privaat, rijk = privaat + p, rijk + r
        rows.append((f"Werkpakket {i + 1}", _euros(p + r), _euros(p), _euros(r)))
    rows.append(("Totaal", _euros(privaat + rijk), _euros(privaat), _euros(rijk + 1)))
    flow = _Flow()
    flow.project("Duizenden werkpakketten", [("Naam Project", ["Duizenden werkpakketten"])], rows)
    return _runs_pdf(flow.pages)


def _euros(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _digit_runs(digits: int = 60_000, per_line: int = 15_000) -> bytes:
    """One paragraph of digits, each line one unbroken run, between sentences the prose checks
    read, on a page wide enough to hold such a line (a digit is 5.56 pt wide in 10 pt Helvetica)."""
    opgave = ["De kosten bedragen 5 % van de regionale middelen en 15,5% over 3 jaar:",
              *["1" * per_line] * (digits // per_line), "euro; de rest volgt."]
    flow = _Flow()
    flow.project("Lange getallen", [("Naam Project", ["Lange getallen"]), ("Opgave", opgave)], GOOD_ROWS)
    return _runs_pdf(flow.pages, size=(180 + per_line * 5.56 + 60, A4[1]))


def _many_projects(entries: int = 6000, projects: int = 2000) -> bytes:
    """A contents list far longer than the document: its first entries name the projects and
    the pages they start on, the rest name headings that do not exist, so each is looked for
    and missed."""
    per_page = 4

    def contents(first_project_page: int) -> _Flow:
        flow = _Flow()
        flow.line([(60, "Inhoud")], size=16, pitch=30)
        for n in range(1, entries + 1):
            page = first_project_page + (min(n, projects) - 1) // per_page
            flow.line([(60, f"Economie Project {n} voor de regio"), (500, str(page))])
        return flow

    flow = contents(len(contents(0).pages) + 1)  # the numbers do not move a line
    for n in range(1, projects + 1):
        if (n - 1) % per_page == 0:
            flow.new_page()
        title = f"Project {n} voor de regio"  # a title ending in a number would read as a contents entry
        flow.project(title, [("Naam Project", [title])], CLEAN_ROWS)
    return _runs_pdf(flow.pages)


def _giant_mediabox(width: float = 3_000_000) -> bytes:
    """An ordinary table with an error, on a page 3.000.000 pt (1 km) wide."""
    flow = _Flow()
    flow.project("Brede pagina", [("Naam Project", ["Brede pagina"])], GOOD_ROWS)
    return _runs_pdf(flow.pages, size=(width, A4[1]))


# -- compression bombs in disguise -----------------------------------------------------------------

@cache
def _deflated_zeros(mib: int = 1024) -> bytes:
    comp = zlib.compressobj(9)
    block = bytes(1 << 20)
    return b"".join([comp.compress(block) for _ in range(mib)] + [comp.flush()])


def _bomb(stream: bytes, *extra: bytes) -> bytes:
    """One page whose content stream is ``stream`` (a whole stream object), so pdfium inflates it
    to read the page; ``extra`` objects follow it, numbered from 5."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
        stream,
        *extra,
    ])


def _encrypted_bomb(deflated: bytes) -> bytes:
    """AES-128 with an empty user password: the file opens without one, and the stream's bytes
    on disk are ciphertext that no look at the raw file can inflate."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    content = StreamObject()
    content.set_data(deflated)
    content[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(content)
    with seeded_secrets(0xB0B):
        writer.encrypt(user_password="", owner_password="eigenaar", algorithm="AES-128")
        buf = io.BytesIO()
        writer.write(buf)
    return buf.getvalue()


# Each holds 1 GiB of zero bytes, Flate-compressed to 1 MB, as its page's content stream (four
# times the default --max-stream-size), declared so that a look for "/FlateDecode" in the
# stream's dictionary misses it.
BOMBS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "bomb-indirect-filter.pdf": ("its /Filter is an indirect object holding /FlateDecode",
                                 lambda z: _bomb(_stream(z, b"/Filter 5 0 R"), b"/FlateDecode")),
    "bomb-hex-flate.pdf": ("hex-encoded first: /Filter [/ASCIIHexDecode /FlateDecode]",
                           lambda z: _bomb(_stream(base64.b16encode(z) + b">", b"/Filter [/ASCIIHexDecode /FlateDecode]"))),
    "bomb-a85-flate.pdf": ("ASCII85-encoded first, the names abbreviated: /Filter [/A85 /Fl]",
                           lambda z: _bomb(_stream(base64.a85encode(z) + b"~>", b"/Filter [/A85 /Fl]"))),
    "bomb-abbreviated.pdf": ("the filter abbreviated: /Filter /Fl", lambda z: _bomb(_stream(z, b"/Filter /Fl"))),
    "bomb-escaped-name.pdf": ("the filter name #-escaped: /Filter /Fl#61teDecode",
                              lambda z: _bomb(_stream(z, b"/Filter /Fl#61teDecode"))),
    "bomb-padded.pdf": ("2 KB of spaces between /Filter /FlateDecode and the stream keyword",
                        lambda z: _bomb(_stream(z, b"/Filter /FlateDecode" + b" " * 2048))),
    "bomb-aes-empty-password.pdf": ("the file AES-128 encrypted with an empty user password", _encrypted_bomb),
}

# -- the attacks -----------------------------------------------------------------------------------

# Names that are output of their own: a terminal control sequence, a GitHub workflow command,
# and spaces with the characters a URI must encode.
HOSTILE_NAMES = ("esc\x1b[31mrood.pdf", "::warning file=forged.py,line=1::forged.pdf", "begroting 100% #1.pdf")


def build() -> dict[str, tuple[bytes, str, str]]:
    """name -> (bytes, what it is, expect), as make_corpus.py's files."""
    with_error = _dossier()
    huge_cell = [("Bouw", "1.000.000", "400.000", f"€ {HUGE}"), *GOOD_ROWS[1:]]
    attacks = {
        "huge-amount-prose.pdf": (_dossier(opgave=f"De totale projectomvang bedraagt € {HUGE}."),
                                  f"a dossier with an error whose prose states the amount € {HUGE} (40 digits)",
                                  "readable"),
        "huge-amount-cell.pdf": (_dossier(rows=huge_cell, width=700),
                                 f"a dossier whose table's Rijk column holds the cell € {HUGE} (40 digits)", "readable"),
        "markup-title.pdf": (_dossier(title=MARKUP, opgave=MARKUP, to_unicode=_ASCII_TO_UNICODE),
                             "a dossier with an error whose title and Opgave field hold rich markup ([/], [link=...]) "
                             "and the terminal controls ESC [31m and BEL, which the font's ToUnicode map passes through",
                             "readable"),
        "table-6000-rows.pdf": (_long_table(), "a funding table of 6000 rows over 143 pages; each row adds up, "
                                "the Totaal row is 1 euro off in the Rijk column", "readable"),
        "digit-runs.pdf": (_digit_runs(), "a dossier with an error whose Opgave paragraph holds 60000 digits in 4 "
                           "unbroken lines of 15000, on a page 83640 pt wide, between percentages and years", "readable"),
        "many-projects.pdf": (_many_projects(), "6000 contents entries (the last 4000 naming no heading) and 2000 "
                              "projects of one small table each, on 643 pages", "readable"),
        "giant-mediabox.pdf": (_giant_mediabox(), "a dossier with an error on a page 3000000 pt wide", "readable"),
        "garbled-text.pdf": (_dossier(opgave="De regio investeert in werk, scholing en de bereikbaarheid van de "
                                             "werklocaties in de hele regio.", to_unicode=_LETTERS_TO_SIGNS),
                             "a dossier whose font maps every letter to a mathematical sign: its text decodes to no "
                             "words", "unreadable"),
        "a/dossier.pdf": (_dossier(rows=CLEAN_ROWS), "a clean dossier called dossier.pdf", "readable"),
        "b/dossier.pdf": (with_error, "another dossier.pdf, with an error: its report must not take a's name",
                          "readable"),
    }
    zeros = _deflated_zeros()
    for name, (what, make) in BOMBS.items():
        attacks[name] = (make(zeros), f"1 GiB of zero bytes as the page's content stream; {what}", "unreadable")
    for name in HOSTILE_NAMES:
        attacks[name] = (with_error, f"a dossier with an error, named {name!r}", "readable")
    return attacks
