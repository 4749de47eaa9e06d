"""`regio schema`: the JSON Schema of every JSON document regio writes, as it writes it (amounts
as JSON numbers). The same schemas are committed under docs/schemas/."""

from __future__ import annotations

import functools
import json
import operator
import sys
from enum import Enum
from typing import Any, Literal

import typer


class Document(str, Enum):
    dossier = "dossier"  # the Dossier: what regio extract writes for one input read whole
    extract = "extract"  # any JSON of regio extract: the Dossier, or {"results": [...]} for several inputs
    tables = "tables"    # any JSON of regio tables: {"tables": [...]}, or {"results": [...]}
    check = "check"      # regio check --format json


def schema(
    document: Document = typer.Option(Document.dossier, "--for", metavar="DOCUMENT",
                                      help="dossier (what regio extract writes for one PDF), extract (any JSON of "
                                           "regio extract: one Dossier, or every input with its status), tables "
                                           "(any JSON of regio tables) or check (regio check --format json)."),
) -> None:
    """Print the JSON Schema of a JSON output.

    Amounts are JSON numbers, as regio writes them; docs/schemas/ holds the same schemas."""
    sys.stdout.write(json.dumps(schema_of(document), indent=2, ensure_ascii=False) + "\n")


def schema_of(document: Document) -> dict[str, Any]:
    """The schema of ``document``, in JSON Schema 2020-12: a document that may take either of
    two shapes (one input, or several) is one of them."""
    from pydantic import TypeAdapter

    shapes = _models()[document]
    model = functools.reduce(operator.or_, shapes)  # either shape
    title = {"title": shapes[0].__name__} if len(shapes) == 1 else {"title": document.value}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            **TypeAdapter(model).json_schema(mode="serialization"), **title}


def _models() -> dict[Document, tuple[Any, ...]]:
    """The models of each document. Built here, not at the top: the command line starts without pydantic."""
    from regio.schema import Dossier

    tables = _tables_models()
    return {Document.dossier: (Dossier,), Document.extract: (Dossier, _extract_batch()), Document.tables: tables,
            Document.check: (_check(),)}


def _batch(key: str) -> Any:
    """The configuration of an input in a batch: one read whole has its ``key``, one that
    could not be read its error."""
    from pydantic import ConfigDict

    return ConfigDict(extra="forbid", json_schema_extra={"allOf": [{
        "if": {"properties": {"status": {"const": "ok"}}},
        "then": {"required": [key]}, "else": {"required": ["error"]}}]})


def _extract_batch() -> Any:
    from pydantic import Field

    from regio.schema import Dossier, Model

    class ExtractResult(Model):
        """One input of `regio extract` with several inputs (or one that could not be read)."""

        model_config = _batch("dossier")
        file: str = Field(description="The input as given; - for stdin.")
        status: Literal["ok", "error"]
        error: str | None = Field(None, description="Why the input could not be read (status error).")
        dossier: Dossier | None = Field(None, description="What was read (status ok).")

    class ExtractBatch(Model):
        """What `regio extract` writes for several inputs, or for one that could not be read."""

        results: list[ExtractResult]

    return ExtractBatch


def _tables_models() -> tuple[Any, Any]:
    from pydantic import Field

    from regio.schema import Model

    class TableRecord(Model):
        """A table of `regio tables`: its cells as text, header rows first."""

        id: str
        page: int = Field(ge=1)
        bbox: list[float] = Field(min_length=4, max_length=4, description="x0, top, x1, bottom in PDF points.")
        rows: list[list[str]]
        spans: list[list[int]] = Field(description="[row, column, rows spanned, columns spanned] of each "
                                                   "spanning cell.")
        caption: str | None
        scale: int | float | None = Field(description="The scale stated for every amount (1000 for x € 1.000).")
        unit: str | None
        reader: Literal["ruled", "aligned"] | None

    class Tables(Model):
        """What `regio tables` writes for one input read whole."""

        tables: list[TableRecord]

    class TablesResult(Model):
        """One input of `regio tables` with several inputs (or one that could not be read)."""

        model_config = _batch("tables")
        file: str = Field(description="The input as given; - for stdin.")
        status: Literal["ok", "error"]
        error: str | None = None
        tables: list[TableRecord] | None = None

    class TablesBatch(Model):
        """What `regio tables` writes for several inputs, or for one that could not be read."""

        results: list[TablesResult]

    return Tables, TablesBatch


def _check() -> Any:
    from pydantic import ConfigDict, Field

    from regio.schema import Model
    from regio.validate import CheckResult

    class CheckedFile(Model):
        """An input of `regio check`, and the counts of its findings."""

        file: str = Field(description="The input as given; - for stdin.")
        status: Literal["checked", "unreadable"]
        reason: str | None = Field(None, description="Why it could not be read (status unreadable).")
        errors: int | None = None
        warnings: int | None = None
        baselined: int | None = Field(None, description="Its findings the baseline accepted and left out.")

    class Check(CheckResult):
        """What `regio check --format json` writes: every finding, their summary, every input."""

        model_config = ConfigDict(extra="forbid")
        files: list[CheckedFile]

    return Check
