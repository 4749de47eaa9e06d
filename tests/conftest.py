import csv
import json
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
RENDERINGS = ["twente-word", "twente-web"]


@lru_cache(maxsize=None)
def extracted(name: str):
    from regio.extract import extract

    return extract(SAMPLES / f"{name}.pdf")


@lru_cache(maxsize=None)
def layout(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.layout.json").read_text(encoding="utf-8"))


def golden_cells() -> list[dict]:
    with open(GOLDEN / "twente_cells.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def source_projects() -> list[dict]:
    dossier = json.loads((SAMPLES / "twente" / "dossier.json").read_text(encoding="utf-8"))
    return [json.loads((SAMPLES / "twente" / p).read_text(encoding="utf-8")) for p in dossier["projects"]]


@pytest.fixture(params=RENDERINGS)
def rendering(request) -> str:
    return request.param
