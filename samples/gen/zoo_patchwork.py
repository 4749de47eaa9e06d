"""One more house style for the layout zoo (see zoo.py), held out: a region's dossier
ASSEMBLED FROM ITS PARTNERS' OWN SUBMISSIONS. Every project was written by its lead partner
in that partner's own house style, and the region's secretariat joined the PDFs behind a
cover and a contents page.

- patchwork: page 1 the COVER (A4 portrait): "Regio Deal <Name>" in 28pt bold, under it
          "Bundeling projectvoorstellen" in 16pt, a date line ("Versie 1.0, <month year>")
          and the list of the partners who submitted (invented municipality and organisation
          names), nothing else.
          Page 2 the CONTENTS ("Inhoud" in 18pt bold): one line per project, "<n>. <title>"
          with leader dots to the page number in the joined document where the project's part
          starts, and the submitting partner in grey 8pt under each line.
          Then each project as its OWN PART: a one-project dossier (the same dossier with only
          that project) rendered by an existing zoo renderer, cycling in a fixed order over the
          projects (project i by the (i mod 11)-th of report, band, sidebar, typeset, form,
          plain, magazine, letter, ledger, nota, slides). Each part's pages are appended as they
          are: their own page sizes, headers, footers and page numbers, their own cover or
          contents pages where the renderer draws any.

The truth record: each project's pages are its part's truth shifted by the pages before the
part. A part whose renderer records "raw" or "table_order" brings those entries along (they
are keyed by project title); otherwise the record is the plain one.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import dossier_name, font_for, meta, register_fonts

WIDTH, HEIGHT = A4
MARGIN_X = 2.5 * cm
TOP = 3 * cm
BOTTOM = 2.5 * cm
SANS, BOLD = "Helvetica", "Helvetica-Bold"
GREY = colors.HexColor("#6b6b6b")
DATE = "Versie 1.0, november 2023"  # fixed, so a rendering does not change with the clock

# The partners' house styles, in the fixed order the projects cycle through, each with the
# (invented) partner that writes in it: a partner always submits in its own style.
HOUSES = (("report", "Gemeente Oosterhaven"), ("band", "Stichting Kennispoort Oost"),
          ("sidebar", "Gemeente Brekelveld"), ("typeset", "Hogeschool Rijnvallei"),
          ("form", "Gemeente Mardijk"), ("plain", "Ontwikkelingsmaatschappij Lindeveld"),
          ("magazine", "Innovatiecampus Hagelstein"), ("letter", "Gemeente Wolderen"),
          ("ledger", "Werkgeversvereniging Middenmark"),
          ("nota", "Stichting Talentregio Essenburg"), ("slides", "Gemeente Dennekamp"))


def _house(p: int) -> tuple[str, str]:
    return HOUSES[p % len(HOUSES)]


def _single(dossier: source.Dossier, p: int) -> source.Dossier:
    """The dossier with project `p` only. Its contents entry is kept (matched by text, else
    by position) because some renderers read dossier.toc by the project's position."""
    pr = dossier.projects[p]
    toc = [e for e in dossier.toc if e.text == f"{pr.theme} {pr.title}"]
    if not toc and p < len(dossier.toc):
        toc = [dossier.toc[p]]
    return dataclasses.replace(dossier, projects=(pr,), toc=tuple(toc[:1]))


def _text(canv, x, y, text, font, size, colour=colors.black) -> None:
    canv.setFillColor(colour)
    canv.setFont(font_for(text, font), size)
    canv.drawString(x, y, text)


def _front(dossier, path, starts: list[int]) -> int:
    """Draw the cover and the contents (project p's part opening on page starts[p]) into
    `path`; returns the number of pages drawn."""
    name = dossier_name(dossier)
    canv = Canvas(str(path), pagesize=A4, invariant=1)
    info = meta(dossier, "patchwork")
    canv.setTitle(info["title"])
    canv.setAuthor(info["author"])
    canv.setSubject(info["subject"])
    canv.setCreator(info["creator"])

    # The cover.
    y = HEIGHT - 9 * cm
    _text(canv, MARGIN_X, y, f"Regio Deal {name}".replace("  ", " "), BOLD, 28)
    y -= 30
    _text(canv, MARGIN_X, y, "Bundeling projectvoorstellen", SANS, 16)
    y -= 26
    _text(canv, MARGIN_X, y, DATE, SANS, 11)
    y -= 70
    _text(canv, MARGIN_X, y, "Ingediend door", BOLD, 11)
    partners = list(dict.fromkeys(_house(p)[1] for p in range(len(dossier.projects))))
    for partner in partners:
        y -= 16
        _text(canv, MARGIN_X, y, partner, SANS, 11)
    canv.showPage()

    # The contents: title lines wrap, the leader dots run from the end of the last line.
    num_w = 1.2 * cm
    text_w = WIDTH - 2 * MARGIN_X - num_w
    y = HEIGHT - TOP
    _text(canv, MARGIN_X, y - 18, "Inhoud", BOLD, 18)
    y -= 18 + 28
    for p, pr in enumerate(dossier.projects):
        entry = f"{p + 1}. {pr.title}"
        font = font_for(entry, SANS)
        lines = simpleSplit(entry, font, 11, text_w - 0.6 * cm)
        need = 14 * len(lines) + 12 + 10
        if y - need < BOTTOM:
            canv.showPage()
            y = HEIGHT - TOP
        for k, line in enumerate(lines):
            y -= 14
            indent = 0 if k == 0 else stringWidth(f"{p + 1}. ", font, 11)
            _text(canv, MARGIN_X + indent, y, line, font, 11)
        end = MARGIN_X + indent + stringWidth(lines[-1], font, 11)
        page = str(starts[p])
        right = WIDTH - MARGIN_X
        dots_from, dots_to = end + 4, right - stringWidth("00", SANS, 11) - 4
        dot_w = stringWidth(" .", SANS, 11)
        canv.setFillColor(colors.black)
        canv.setFont(SANS, 11)
        # The dots end flush at the page-number column, however long the title.
        canv.drawRightString(dots_to, y, " ." * max(0, int((dots_to - dots_from) / dot_w)))
        canv.drawRightString(right, y, page)
        y -= 11
        _text(canv, MARGIN_X, y, _house(p)[1], SANS, 8, GREY)
        y -= 10
    canv.showPage()
    pages = canv.getPageNumber() - 1
    canv.save()
    return pages


def render_patchwork(dossier: source.Dossier, pdf_path) -> dict:
    # zoo.py imports this module at its end, so its STYLES are looked up only when rendering.
    from .zoo import STYLES

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        parts = []  # (pdf, truth) per project
        for p in range(len(dossier.projects)):
            style = _house(p)[0]
            part = tmp / f"part-{p + 1:02d}-{style}.pdf"
            parts.append((part, STYLES[style](_single(dossier, p), part)))
        sizes = [len(pdfium.PdfDocument(str(part))) for part, _ in parts]

        # The contents give the joined page on which each part starts, which depends on how
        # many pages the contents take: draw until that count no longer changes.
        front_path = tmp / "front.pdf"
        front = 2
        while True:
            starts = [front + sum(sizes[:p]) + 1 for p in range(len(parts))]
            drawn = _front(dossier, front_path, starts)
            if drawn == front:
                break
            front = drawn

        joined = pdfium.PdfDocument.new()
        for path in [front_path] + [part for part, _ in parts]:
            src = pdfium.PdfDocument(str(path))
            joined.import_pages(src)
            src.close()
        joined.save(str(pdf_path))
        total = len(joined)
        joined.close()

    record: dict = {"style": "patchwork", "pages": total, "projects": []}
    raw: dict = {}
    order: dict = {}
    offset = front
    for (_, truth), size in zip(parts, sizes):
        proj = truth["projects"][0]
        record["projects"].append({
            "title": proj["title"],
            **{k: (proj[k] + offset if proj[k] is not None else None)
               for k in ("first_page", "last_page")}})
        raw.update(truth.get("raw", {}))
        order.update(truth.get("table_order", {}))
        offset += size
    if raw:
        record["raw"] = raw
    if order:
        record["table_order"] = order
    return record
