"""Time `regio extract` against the raw libraries on the same pages, in one run.

    python bench/bench_extract.py [--repeat N] [--skip-camelot]

For the bundled sample and for a dossier ten times as long (the sample concatenated),
each contender runs in a fresh process: regio's whole extraction, pdfplumber's
`extract_words` over every page (the least any pdfplumber-based reader must do), and
camelot's lattice parser over every page. Printed: seconds, peak memory, and the ratios
the targets are stated in (regio ≤ 2× pdfplumber words; several times faster than camelot).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "twente-word.pdf"

PROBE = r"""
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if kind == "regio":
    from regio.extract import extract
    dossier = extract(path)
    size = sum(len(r.cells) for p in dossier.projects for t in p.tables for r in t.rows)
elif kind == "pdfplumber-words":
    import pdfplumber
    size = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            size += len(page.extract_words())
            page.close()
elif kind == "camelot-lattice":
    import camelot
    tables = camelot.read_pdf(path, pages="all", flavor="lattice")
    size = sum(t.df.size for t in tables)
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "size": size}))
"""


def measure(kind: str, path: Path, repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", PROBE, kind, str(path)], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["seconds"])
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    return best


def concatenate(source: Path, times: int, target: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(times):
        writer.append(PdfReader(source))
    with open(target, "wb") as fh:
        writer.write(fh)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the fastest counts")
    parser.add_argument("--skip-camelot", action="store_true", help="leave out the slow camelot baseline")
    args = parser.parse_args()
    import pypdfium2

    with tempfile.TemporaryDirectory() as tmp:
        long = concatenate(SAMPLE, 10, Path(tmp) / "twente-x10.pdf")
        print(f"{'dossier':<16}{'pages':>6}  {'contender':<18}{'seconds':>9}{'ms/page':>9}{'peak MB':>9}  ratio")
        for path in (SAMPLE, long):
            pages = len(pypdfium2.PdfDocument(str(path)))
            kinds = ["pdfplumber-words", "regio"] + ([] if args.skip_camelot else ["camelot-lattice"])
            results = {k: measure(k, path, args.repeat if k != "camelot-lattice" else 1) for k in kinds}
            words = results["pdfplumber-words"]["seconds"]
            regio = results["regio"]["seconds"]
            for kind, r in results.items():
                if kind == "regio":
                    ratio = f"{r['seconds'] / words:.2f}× pdfplumber words"
                elif kind == "camelot-lattice":
                    ratio = f"{r['seconds'] / regio:.2f}× regio"
                else:
                    ratio = "1.00 (baseline)"
                print(f"{path.name:<16}{pages:>6}  {kind:<18}{r['seconds']:>9.2f}{1000 * r['seconds'] / pages:>9.0f}"
                      f"{r['peak_mb']:>9.0f}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
