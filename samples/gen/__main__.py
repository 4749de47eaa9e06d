"""python -m samples.gen [--out DIR] [--dossier PATH] [--zoo]: render the sample PDFs.

With --zoo, render the layout zoo instead: <out>/<name>-<style>.pdf and
<out>/<name>-<style>.truth.json for every style in samples.gen.zoo.STYLES."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .source import SourceError, load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.gen", description=__doc__)
    parser.add_argument("--out", default="samples", help="output directory (default: samples)")
    parser.add_argument("--dossier", default="samples/twente/dossier.json",
                        help="transcription to render (default: samples/twente/dossier.json)")
    parser.add_argument("--name", default=None,
                        help="output file name prefix (default: the dossier's folder name)")
    parser.add_argument("--zoo", action="store_true",
                        help="render the layout zoo (report, band, plain, landscape) instead")
    parser.add_argument("--style", action="append", default=None,
                        help="with --zoo: only this style (repeatable)")
    args = parser.parse_args(argv)
    try:
        dossier = load(args.dossier)
    except SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    name = args.name or Path(args.dossier).resolve().parent.name or "dossier"
    if args.zoo:
        return _zoo(dossier, out, name, args.style)
    from .web import render_web  # needs weasyprint; the zoo does not
    from .word import render_word

    for variant, render in (("word", render_word), ("web", render_web)):
        pdf = out / f"{name}-{variant}.pdf"
        layout = render(dossier, pdf, out / f"{name}-{variant}.layout.json")
        print(f"{pdf}: {layout.pages} pages")
    return 0


def _zoo(dossier, out: Path, name: str, only: list[str] | None) -> int:
    from .zoo import STYLES

    unknown = sorted(set(only or ()) - STYLES.keys())
    if unknown:
        print(f"error: unknown style(s) {', '.join(unknown)}; "
              f"choose from {', '.join(STYLES)}", file=sys.stderr)
        return 2
    for style, render in STYLES.items():
        if only and style not in only:
            continue
        pdf = out / f"{name}-{style}.pdf"
        truth = render(dossier, pdf)
        (out / f"{name}-{style}.truth.json").write_text(
            json.dumps(truth, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
            encoding="utf-8")
        print(f"{pdf}: {truth['pages']} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
