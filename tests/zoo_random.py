"""Generated dossiers in the layout zoo: a dossier drawn at random (samples/gen/random_dossier.py)
rendered in a house style, read back and scored as zoo.py scores the zoo's renderings, against
the renderer's truth record, the cell list the generator wrote beside the dossier (cells.csv)
and the dossier's own fields.
"""

from __future__ import annotations

import json
from pathlib import Path

from zoo import Score, score_reading


def generated(seed: int, root: Path) -> Path:
    """The folder of the dossier of `seed`, generated under `root` as <seed>/<region>: a house
    names the dossier after its folder."""
    from samples.gen.random_dossier import generate, region_name

    folder = root / str(seed) / region_name(seed)
    generate(seed, folder)
    return folder


def render(source: Path, style: str, pdf: Path) -> dict:
    """Renders the dossier in the folder `source` in the zoo's `style` (a house style, or an
    engine of samples/gen/engines.py) to `pdf`, and returns the truth record (also written
    beside the PDF, as the zoo keeps it)."""
    from samples.gen.engines import renderer
    from samples.gen.source import load
    from samples.gen.zoo import STYLES

    truth = (STYLES[style] if style in STYLES else renderer(style))(load(source / "dossier.json"), pdf)
    pdf.with_suffix(".truth.json").write_text(
        json.dumps(truth, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return truth


def read(pdf: Path):
    from regio.extract import extract

    return extract(pdf, cross_check="none")


def score_generated(name: str, dossier, truth: dict, source: Path) -> Score:
    """The reading `dossier` of rendering `name` of the generated dossier in the folder `source`."""
    return score_reading(name, dossier, truth, source / "cells.csv", source)
