"""python -m samples.gen [--out DIR] [--dossier PATH]: render the sample PDFs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .source import SourceError, load
from .web import render_web
from .word import render_word


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.gen", description=__doc__)
    parser.add_argument("--out", default="samples", help="output directory (default: samples)")
    parser.add_argument("--dossier", default="samples/twente/dossier.json",
                        help="transcription to render (default: samples/twente/dossier.json)")
    parser.add_argument("--name", default="twente", help="output file name prefix")
    args = parser.parse_args(argv)
    try:
        dossier = load(args.dossier)
    except SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for variant, render in (("word", render_word), ("web", render_web)):
        pdf = out / f"{args.name}-{variant}.pdf"
        layout = render(dossier, pdf, out / f"{args.name}-{variant}.layout.json")
        print(f"{pdf}: {layout.pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
