#!/usr/bin/env python3
"""Generate a corpus of broken and hostile PDF files for the CLI tests.

Usage::

    python tests/corpus/make_corpus.py OUTDIR [--attacks]

or, from Python::

    from make_corpus import make_corpus
    manifest = make_corpus(Path(outdir))                          # the broken files
    manifest = make_corpus(Path(outdir), ("broken", "attacks"))   # and attacks.py's

Every file is written deterministically (same bytes on every run on the same
machine; all randomness is seeded, reportlab runs with ``invariant=1`` and
pypdf's encryption randomness is replaced by a seeded generator).  Files that
are meant to be structurally valid but are built by hand get a correct
cross-reference table (or cross-reference stream) with exact byte offsets.

``OUTDIR/manifest.json`` maps file name -> {"what": ..., "expect": ..., "set": ...} where
``expect`` is one of "unreadable", "no-table", "readable" or "any" and ``set`` is
"broken" or "attacks".
"""

from __future__ import annotations

import io
import json
import random
import secrets
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# --------------------------------------------------------------------------
# hand-written PDF helpers
# --------------------------------------------------------------------------

_BINARY_COMMENT = b"%\xe2\xe3\xcf\xd3\n"

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    """Body of a stream object; /Length is the exact length of ``data``."""
    head = b"<< " + (extra + b" " if extra else b"") + b"/Length %d >>\nstream\n" % len(data)
    return head + data + b"\nendstream"


def _pdf(objects: list[bytes], *, root: int = 1, version: bytes = b"1.4") -> bytes:
    """Classic PDF: objects are numbered 1..n in list order, xref table at the end."""
    out = bytearray(b"%PDF-" + version + b"\n" + _BINARY_COMMENT)
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref_at = len(out)
    size = len(objects) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (size, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _pdf_objstm(objects: list[bytes], stream_nums: set[int], *, root: int = 1, per_stream: int = 200) -> bytes:
    """PDF 1.5 with compressed object streams and a cross-reference stream.

    ``objects`` are numbered 1..n in list order.  Objects whose number is in
    ``stream_nums`` are stream objects and are written directly; all others are
    packed into /ObjStm objects of at most ``per_stream`` members.
    """
    n = len(objects)
    packable = [i for i in range(1, n + 1) if i not in stream_nums]
    chunks = [packable[i : i + per_stream] for i in range(0, len(packable), per_stream)]
    next_num = n + 1
    entries: dict[int, tuple[int, int, int]] = {0: (0, 0, 0xFFFF)}
    objstms: list[tuple[int, bytes]] = []
    for chunk in chunks:
        stm_num = next_num
        next_num += 1
        header = bytearray()
        body = bytearray()
        for idx, num in enumerate(chunk):
            header += b"%d %d " % (num, len(body))
            body += objects[num - 1] + b"\n"
            entries[num] = (2, stm_num, idx)
        header = bytes(header[:-1]) + b"\n"
        data = zlib.compress(header + bytes(body), 9)
        objstms.append(
            (stm_num, _stream(data, b"/Type /ObjStm /N %d /First %d /Filter /FlateDecode" % (len(chunk), len(header))))
        )
    xref_num = next_num
    size = xref_num + 1

    out = bytearray(b"%PDF-1.5\n" + _BINARY_COMMENT)

    def emit(num: int, body: bytes) -> None:
        entries[num] = (1, len(out), 0)
        out.extend(b"%d 0 obj\n" % num + body + b"\nendobj\n")

    for num in sorted(stream_nums):
        emit(num, objects[num - 1])
    for num, body in objstms:
        emit(num, body)

    xref_at = len(out)
    entries[xref_num] = (1, xref_at, 0)
    rows = b"".join(
        entries[i][0].to_bytes(1, "big") + entries[i][1].to_bytes(4, "big") + entries[i][2].to_bytes(2, "big")
        for i in range(size)
    )
    xdata = zlib.compress(rows, 9)
    out += b"%d 0 obj\n" % xref_num
    out += _stream(
        xdata,
        b"/Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Filter /FlateDecode" % (size, root),
    )
    out += b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _text_content(text: str, size: int = 12, x: int = 72, y: int = 770) -> bytes:
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, y, esc.encode("cp1252"))


# --------------------------------------------------------------------------
# reportlab-made PDFs
# --------------------------------------------------------------------------

LOREM_NL = [
    "In dit document beschrijven wij de voortgang van het project.",
    "De werkzaamheden verlopen volgens planning en binnen het budget.",
    "Wij verwachten de oplevering in het vierde kwartaal af te ronden.",
    "Voor vragen kunt u contact opnemen met het projectsecretariaat.",
]


def _rl_text_pdf(pages: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for lines in pages:
        y = A4[1] - 72
        c.setFont("Helvetica", 11)
        for line in lines:
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


def _letter_pdf() -> bytes:
    lines = [
        "Gemeente Voorbeeldstad",
        "Postbus 100, 1000 AA Voorbeeldstad",
        "",
        "Voorbeeldstad, 12 maart 2024",
        "",
        "Betreft: uw aanvraag van 1 februari 2024",
        "",
        "Geachte heer, mevrouw,",
        "",
        "Hartelijk dank voor uw brief over de herinrichting van het centrum.",
        "Wij hebben uw aanvraag in goede orde ontvangen en zullen deze binnen",
        "acht weken in behandeling nemen. Mocht u in de tussentijd vragen hebben,",
        "dan kunt u contact opnemen met ons klantcontactcentrum.",
        "",
        "Wij vertrouwen erop u hiermee voldoende te hebben geinformeerd.",
        "",
        "Met vriendelijke groet,",
        "",
        "namens het college van burgemeester en wethouders,",
        "J. de Vries, afdelingshoofd",
    ]
    return _rl_text_pdf([lines])


def _proposal_pdf() -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="Investeringsvoorstel")
    styles = getSampleStyleSheet()
    data = [
        ["Opgaven/Investeringen", "Totaal", "Privaat", "Rijk"],
        ["Projecten", "1.000.000", "400.000", "600.000"],
        ["Totaal", "1.000.000", "400.000", "600.000"],
    ]
    table = Table(data)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    doc.build([Paragraph("Investeringsvoorstel", styles["Heading1"]), Spacer(1, 12), table])
    return buf.getvalue()


def _no_pages_pdf() -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    return buf.getvalue()


@contextmanager
def seeded_secrets(seed: int) -> Iterator[None]:
    """pypdf draws the AES IVs and the document /ID from secrets.token_bytes; replace it by a
    seeded generator for the duration so the output is stable."""
    rng = random.Random(seed)
    orig = secrets.token_bytes
    secrets.token_bytes = lambda n=32: rng.randbytes(n)  # type: ignore[assignment]
    try:
        yield
    finally:
        secrets.token_bytes = orig  # type: ignore[assignment]


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    plain = _rl_text_pdf([["Opgaven/Investeringen Totaal Privaat Rijk"]])
    with seeded_secrets(0xE1C):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
        writer.encrypt(user_password="geheim", algorithm="AES-128")
        buf = io.BytesIO()
        writer.write(buf)
    return buf.getvalue()


def _scan_pdf() -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    # A4 at 100 dpi, grayscale, text drawn as pixels only.
    img = Image.new("L", (827, 1169), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=22)
    except TypeError:  # very old Pillow
        font = ImageFont.load_default()
    rows = [
        ("Opgaven/Investeringen", "Totaal", "Privaat", "Rijk"),
        ("Projecten", "1.000.000", "400.000", "600.000"),
        ("Totaal", "1.000.000", "400.000", "600.000"),
    ]
    xs = [80, 380, 530, 680]
    draw.text((80, 90), "Investeringsvoorstel (gescand)", fill=0, font=font)
    y = 160
    for row in rows:
        draw.line((70, y - 8, 790, y - 8), fill=0, width=1)
        for x, cell in zip(xs, row):
            draw.text((x, y), cell, fill=0, font=font)
        y += 40
    draw.line((70, y - 8, 790, y - 8), fill=0, width=1)
    for x in (70, 370, 520, 670, 790):
        draw.line((x, 152, x, y - 8), fill=0, width=1)

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# hand-built hostile PDFs
# --------------------------------------------------------------------------


def _blank_pages_pdf(n: int = 3000) -> bytes:
    # 1 catalog, 2 pages node, 3 shared empty content stream, 4.. pages
    first = 4
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        _stream(b""),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 3 0 R >>"
    objs += [page] * n
    return _pdf(objs)


def _tiny_pages_pdf(n: int = 20000) -> bytes:
    # 1 catalog, 2 pages node, 3 shared font, 4 shared content "x", 5.. pages.
    # Written with object streams + xref stream to stay small on disk.
    first = 5
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        HELVETICA,
        _stream(b"BT /F1 1 Tf 0.2 0.2 Td (x) Tj ET"),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objs += [page] * n
    return _pdf_objstm(objs, stream_nums={4})


def _stream_bomb_pdf(mib: int = 400) -> bytes:
    comp = zlib.compressobj(9)
    block = bytes(1 << 20)
    parts = [comp.compress(block) for _ in range(mib)]
    parts.append(comp.flush())
    data = b"".join(parts)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
        _stream(data, b"/Filter /FlateDecode"),
    ]
    return _pdf(objs)


def _deep_nesting_pdf(depth: int = 100000) -> bytes:
    deep = b"[" * depth + b"]" * depth
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Deep " + deep + b" >>",
        _stream(_text_content("Diep geneste pagina zonder tabel.")),
        HELVETICA,
    ]
    return _pdf(objs)


def _cyclic_pages_pdf() -> bytes:
    # 2 (root Pages) -> [3 (Page), 4 (Pages)]; 4 -> [4 (itself), 2 (its parent)]
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 1 >>",
        _stream(_text_content("Pagina in een cyclische paginaboom.")),
        HELVETICA,
    ]
    return _pdf(objs)


# --------------------------------------------------------------------------
# plain junk
# --------------------------------------------------------------------------

TEXT_FILE = (
    "Dit is geen PDF maar een gewoon tekstbestand.\n"
    "Opgaven/Investeringen\tTotaal\tPrivaat\tRijk\n"
    "Projecten\t1.000.000\t400.000\t600.000\n"
).encode("utf-8")

HTML_FILE = b"""<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Pagina niet gevonden</title></head>
<body>
<h1>404 - Pagina niet gevonden</h1>
<p>Het gevraagde document <a href="/stukken/voorstel.pdf">voorstel.pdf</a> bestaat niet (meer).</p>
<table><tr><th>Opgaven/Investeringen</th><th>Totaal</th></tr><tr><td>Projecten</td><td>1.000.000</td></tr></table>
</body>
</html>
"""


def _flip(data: bytes, every: int = 97) -> bytes:
    b = bytearray(data)
    for i in range(every - 1, len(b), every):
        b[i] ^= 0xFF
    return bytes(b)


# --------------------------------------------------------------------------
# the corpus
# --------------------------------------------------------------------------


def _xfa_pdf() -> bytes:
    text = b"BT /F1 10 Tf 72 720 Td (Please wait... If this message is not eventually replaced by the " \
           b"proper contents of the document, your PDF viewer may not be able to display it.) Tj ET"
    xdp = b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'><template/><datasets/></xdp:xdp>"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 5 0 R >> /NeedsRendering true >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        _stream(text),
        _stream(xdp),
        HELVETICA,
    ])


def _build() -> dict[str, tuple[bytes, str, str]]:
    rng = random.Random(20240401)
    three_pages = _rl_text_pdf([[f"Pagina {p}"] + LOREM_NL for p in (1, 2, 3)])
    truncated = three_pages[: len(three_pages) * 40 // 100]
    one_page = _rl_text_pdf([["Voortgangsrapportage"] + LOREM_NL])

    return {
        "empty.pdf": (b"", "zero-byte file", "unreadable"),
        "text.pdf": (TEXT_FILE, "plain UTF-8 text file renamed to .pdf", "unreadable"),
        "page.pdf": (HTML_FILE, "HTML 404 page renamed to .pdf", "unreadable"),
        "header-only.pdf": (b"%PDF-1.7\n", "only the %PDF-1.7 header line, nothing else", "unreadable"),
        "no-pages.pdf": (_no_pages_pdf(), "a well-formed PDF whose page tree holds no page", "unreadable"),
        "random-after-header.pdf": (
            b"%PDF-1.4\n" + rng.randbytes(64 * 1024),
            "%PDF-1.4 header followed by 64 KiB of seeded random bytes",
            "unreadable",
        ),
        "flipped.pdf": (
            _flip(one_page),
            "valid one-page reportlab text PDF (no table) with every 97th byte XORed with 0xFF; "
            "depending on the parser's repair this is unreadable or a page of garbled/no text, "
            "never a table (unreadable or no-table)",
            "any",
        ),
        "truncated.pdf": (
            truncated,
            "first 40% of a valid 3-page reportlab text PDF (no xref, no trailer)",
            "unreadable",
        ),
        "encrypted.pdf": (
            _encrypted_pdf(),
            "one-page PDF with text 'Opgaven/Investeringen Totaal Privaat Rijk', AES-128 encrypted, "
            "user password 'geheim' (owner password the same)",
            "unreadable",
        ),
        "scan.pdf": (
            _scan_pdf(),
            "one A4 page holding only a grayscale image of a ruled table of text; no text layer",
            "unreadable",
        ),
        "blank-pages.pdf": (
            _blank_pages_pdf(),
            "3000 blank A4 pages sharing one empty content stream, flat /Kids array",
            "unreadable",
        ),
        "stream-bomb.pdf": (
            _stream_bomb_pdf(),
            "valid one-page PDF whose only content stream is FlateDecode of 400 MiB of zero bytes",
            "unreadable",
        ),
        "deep-nesting.pdf": (
            _deep_nesting_pdf(),
            "valid one-page text PDF whose page dictionary has an array nested 100000 deep",
            "any",
        ),
        "cyclic-pages.pdf": (
            _cyclic_pages_pdf(),
            "page tree with one text page plus a /Pages node whose /Kids lists itself and its parent",
            "any",
        ),
        "tiny-pages.pdf": (
            _tiny_pages_pdf(),
            "20000 pages of 1x1 pt each showing the single character 'x' (object streams, shared font/content)",
            "no-table",
        ),
        "letter.pdf": (_letter_pdf(), "one-page Dutch letter, running text only, no table", "no-table"),
        "xfa-form.pdf": (
            _xfa_pdf(),
            "a dynamic XFA form (Adobe LiveCycle, /NeedsRendering true): its one page only asks for a "
            "viewer that renders XFA; the form lives in the /XFA stream",
            "unreadable",
        ),
        "proposal.pdf": (
            _proposal_pdf(),
            "one page with a small ruled (GRID) investment table: "
            "Opgaven/Investeringen | Totaal | Privaat | Rijk; Projecten and Totaal rows",
            "readable",
        ),
    }


def make_corpus(outdir: Path, sets: tuple[str, ...] = ("broken",)) -> dict[str, dict]:
    """Write the files of ``sets`` ("broken": this module's; "attacks": attacks.py's) and
    their manifest; a name may hold a folder ("a/dossier.pdf")."""
    import attacks

    builders = {"broken": _build, "attacks": attacks.build}
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    for which in sets:
        for name, (data, what, expect) in builders[which]().items():
            (outdir / name).parent.mkdir(exist_ok=True)
            (outdir / name).write_bytes(data)
            manifest[name] = {"what": what, "expect": expect, "set": which}
    (outdir / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[2:] not in ([], ["--attacks"]):
        print(f"usage: {argv[0]} OUTDIR [--attacks]", file=sys.stderr)
        return 2
    manifest = make_corpus(Path(argv[1]), ("broken", "attacks") if argv[2:] else ("broken",))
    for name in sorted(manifest):
        size = (Path(argv[1]) / name).stat().st_size
        print(f"{size:>10}  {name!r}  [{manifest[name]['expect']}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
