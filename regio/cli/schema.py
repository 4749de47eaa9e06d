"""`regio schema`: the JSON Schema of what `regio extract` writes."""

from __future__ import annotations

import json
import sys


def schema() -> None:
    """Print the JSON Schema of the extraction output (a Dossier)."""
    from regio.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
