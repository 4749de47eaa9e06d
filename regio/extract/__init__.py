"""PDF → Dossier: open and triage the file, read each page's layout once, then the structure."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from regio.extract.pdf import InputError, triage
from regio.schema import Dossier, ExtractionWarning

__all__ = ["InputError", "extract"]


def extract(path: Path | str, pages: Iterable[int] | None = None, password: str | None = None) -> Dossier:
    """Read a dossier PDF. Raises InputError for a file that cannot be read at all."""
    import pdfplumber  # imported here so that `regio --help` stays fast

    from regio.extract.document import DocumentReader
    from regio.extract.layout import read_page

    path = Path(path)
    found = triage(path, password)
    wanted = sorted(set(pages)) if pages is not None else list(range(1, found.page_count + 1))
    outside = [p for p in wanted if not 1 <= p <= found.page_count]
    if outside:
        raise InputError(f"page {outside[0]} does not exist (the file has {found.page_count} pages)")

    warnings: list[ExtractionWarning] = []
    layouts = []
    try:
        pdf = pdfplumber.open(path, password=password or "")
    except Exception as exc:  # pdfminer rejects some files that pdfium opens
        raise InputError(f"damaged PDF: {exc.__class__.__name__}: {exc}") from None
    with pdf:
        for number in wanted:
            if not found.texts[number - 1].strip():
                warnings.append(ExtractionWarning(code="page-without-text", page=number,
                                                  message="page has no text layer (scanned image?)"))
                continue
            page = pdf.pages[number - 1]
            try:
                layouts.append(read_page(page, number))
            except Exception as exc:  # a broken page must not cost the other pages
                warnings.append(ExtractionWarning(code="page-unreadable", page=number,
                                                  message=f"page could not be read ({exc.__class__.__name__}: {exc})"))
            finally:
                page.close()

    reader = DocumentReader(layouts)
    reader.read()
    projects = reader.projects_out()
    warnings.extend(reader.warnings)
    for project in projects:
        if not project.tables:
            warnings.append(ExtractionWarning(code="project-without-table", page=project.pages[0] if project.pages else None,
                                              message=f"{project.title}: no investment table found"))
    return Dossier(file=path.name, sha256=found.sha256, page_count=found.page_count,
                   toc=reader.toc, projects=projects, warnings=warnings)
