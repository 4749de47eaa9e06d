"""What a check reports: one finding type with both values, the intervals, and where."""

from __future__ import annotations

import hashlib
import json
from enum import Enum
from pathlib import PurePath
from typing import Literal

from pydantic import Field as PydField

from regio.schema import BBox, Euros, Model


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Evidence(Model):
    """One number involved in a finding, as written, with where it stands."""

    role: Literal["stated", "part", "excluded", "prose", "footnote"]
    label: str
    raw: str | None = None
    value: Euros | None = None
    page: int | None = None
    bbox: BBox | None = None


class Phrase(Model):
    """A sentence as data: the key of its template and the values to fill in; `parts` are
    phrases of their own, told in the same language and joined into {parts}."""

    key: str
    params: dict[str, str] = PydField(default_factory=dict)
    parts: list[Phrase] = PydField(default_factory=list)


class Finding(Model):
    code: str
    check: str
    severity: Severity
    file: str
    project: str | None = None
    table: str | None = None
    table_index: int | None = None
    row: str | None = None
    column: str | None = None
    stated: Euros | None = None
    computed: Euros | None = None
    difference: Euros | None = None
    stated_interval: tuple[Euros, Euros] | None = None
    computed_interval: tuple[Euros, Euros] | None = None
    message: str
    kind: str = "default"  # which of its rule's messages tells this finding
    params: dict[str, str] = PydField(default_factory=dict)  # the values its message is told with
    diagnosis: str | None = None
    cause: Phrase | None = None  # the diagnosis as data
    footnote: str | None = None
    action: str | None = None
    page: int | None = None
    evidence: list[Evidence] = PydField(default_factory=list)
    fingerprint: str = ""

    def with_fingerprint(self) -> Finding:
        """A hash of what the finding is about, not of its wording or position on the page,
        so that it survives reruns and small re-layouts of the same proposal."""
        key = [self.code, PurePath(self.file).name, self.project, self.table_index, self.row, self.column,
               str(self.stated) if self.stated is not None else None]
        self.fingerprint = hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()[:16]
        return self

