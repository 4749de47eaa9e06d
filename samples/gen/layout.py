"""The renderers' record of where they drew things (ground truth for the tests)."""

from __future__ import annotations

import json
import math
from pathlib import Path

from .source import Dossier, Field

PARTS = {"header": 0, "body": 1, "footnote": 2}


def _outward(bbox) -> list[float]:
    # Round outwards so the rounded box still contains everything the exact one did.
    x0, top, x1, bottom = bbox
    return [math.floor(x0 * 100) / 100, math.floor(top * 100) / 100,
            math.ceil(x1 * 100) / 100, math.ceil(bottom * 100) / 100]


class Layout:
    def __init__(self, dossier: Dossier):
        self.dossier = dossier
        self.pages = 0
        self._starts: dict[int, int] = {}
        self._field_pages: dict[tuple[int, int], set[int]] = {}
        self._cells: dict[tuple, dict] = {}

    def project_start(self, project: int, page: int) -> None:
        self._starts.setdefault(project, page)

    def field(self, project: int, row: int, page: int) -> None:
        self._field_pages.setdefault((project, row), set()).add(page)

    def cell(self, project: int, table: int, part: str, row: int, column: int,
             text: str, page: int, bbox: tuple[float, float, float, float]) -> None:
        key = (project, table, PARTS[part], row, column)
        # A repeated table header is recorded where it is first drawn.
        if key in self._cells:
            return
        self._cells[key] = {
            "project": self.dossier.projects[project].title,
            "table": table, "part": part, "row": row, "column": column, "text": text,
            "page": page, "bbox": _outward(bbox),
        }

    def manifest(self) -> dict:
        projects, fields = [], []
        for p, project in enumerate(self.dossier.projects):
            projects.append({"title": project.title, "start_page": self._starts.get(p)})
            for r, row in enumerate(project.rows):
                if isinstance(row, Field):
                    fields.append({"project": project.title, "label": row.label,
                                   "pages": sorted(self._field_pages.get((p, r), ()))})
        return {"pages": self.pages, "projects": projects, "fields": fields,
                "cells": [self._cells[k] for k in sorted(self._cells)]}

    def write(self, path: str | Path) -> None:
        # One record per line: small diffs, still plain JSON.
        m = self.manifest()
        dump = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731
        parts = [f' "pages": {m["pages"]}']
        for key in ("projects", "fields", "cells"):
            items = ",\n".join(f"  {dump(item)}" for item in m[key])
            parts.append(f' "{key}": [\n{items}\n ]' if items else f' "{key}": []')
        Path(path).write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")
