"""Table-structure recognition on the ICDAR 2013 Table Competition data, in one table.

    python bench/bench_tables.py [--only pdfplumber,camelot-stream] [--docs eu-002,...] [--verbose]
                                 [--min-iou 0.5]

Every contender reads each scored document's ground-truth pages only (see bench/icdar.py for
which documents are scored and how), in its own process, the documents one after another.
Printed per contender: micro precision/recall/F1 of the adjacency relations (counts summed over
documents), macro F1 (mean of per-document F1), ground-truth tables matched by a predicted
table with IoU >= 0.5 (one-to-one), and seconds (the contender's reading time summed over the documents,
without interpreter start and imports). A document a contender fails on scores zero for it and
is reported; the run goes on.

Contenders: pdfplumber (`page.find_tables()`, default settings, rows from `table.extract()`),
camelot-lattice and camelot-stream (`camelot.read_pdf(path, pages=..., flavor=...)`, rows from
`table.df`), regio (`regio.read_tables(path, pages=[...])`; skipped with a note while that
function does not exist). No contender here reports merged cells, except regio through `.spans`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import icdar  # noqa: E402

CONTENDERS = ["pdfplumber", "camelot-lattice", "camelot-stream", "regio"]


# --------------------------------------------------------------------------- readers (worker side)


def read_pdfplumber(path: str, pages: list[int]) -> list:
    import pdfplumber

    out = []
    with pdfplumber.open(path) as pdf:
        for n in pages:
            page = pdf.pages[n - 1]
            for t in page.find_tables():
                out.append((n, list(t.bbox), t.extract(), []))
            page.close()
    return out


def read_camelot(flavor: str):
    def read(path: str, pages: list[int]) -> list:
        import camelot

        heights = icdar.page_heights(path)
        tables = camelot.read_pdf(path, pages=",".join(map(str, pages)), flavor=flavor)
        out = []
        for t in tables:
            n = int(t.page)
            x1, y1, x2, y2 = t._bbox  # PDF coordinates, bottom-left origin
            h = heights[n - 1]
            box = [min(x1, x2), h - max(y1, y2), max(x1, x2), h - min(y1, y2)]
            out.append((n, box, t.df.values.tolist(), []))
        return out

    return read


def read_regio(path: str, pages: list[int]) -> list:
    import regio

    return [(t.page, list(t.bbox), t.grid(), t.spans()) for t in regio.read_tables(path, pages=pages)]


def worker(contender: str, docs: list[str]) -> int:
    """Read the documents; print one JSON line per document."""
    import warnings

    warnings.filterwarnings("ignore")
    if contender == "regio":
        try:
            import regio
        except Exception as exc:  # pragma: no cover - depends on the install
            print(json.dumps({"skip": f"regio cannot be imported: {exc}"}), flush=True)
            return 0
        if not hasattr(regio, "read_tables"):
            print(json.dumps({"skip": "regio.read_tables does not exist (yet)"}), flush=True)
            return 0
        reader = read_regio
    elif contender == "pdfplumber":
        import pdfplumber  # noqa: F401  (import outside the timing)

        reader = read_pdfplumber
    elif contender.startswith("camelot-"):
        import camelot  # noqa: F401

        reader = read_camelot(contender.split("-", 1)[1])
    else:
        print(json.dumps({"skip": f"unknown contender {contender}"}), flush=True)
        return 0
    for name in docs:
        pages = sorted({t.page for t in icdar.load_ground_truth(name)})
        start = time.perf_counter()
        rec: dict = {"doc": name}
        try:
            tables = reader(str(icdar.pdf_path(name)), pages)
            rec["tables"] = [
                [int(p), [float(v) for v in box], [["" if c is None else str(c) for c in row] for row in rows], spans]
                for p, box, rows, spans in tables
            ]
        except Exception as exc:
            rec["error"] = f"{type(exc).__name__}: {exc}"
            rec["trace"] = traceback.format_exc(limit=3)
        rec["seconds"] = time.perf_counter() - start
        print(json.dumps(rec), flush=True)
    return 0


# --------------------------------------------------------------------------- driver


def run_contender(contender: str, docs: list[str], gts: dict, verbose: bool, min_iou: float) -> dict | None:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", contender, "--docs", ",".join(docs)],
        capture_output=True,
        text=True,
    )
    records = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        rec = json.loads(line)
        if "skip" in rec:
            print(f"note: {contender} skipped: {rec['skip']}")
            return None
        records[rec["doc"]] = rec
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        print(f"note: {contender} worker exited with {proc.returncode}: {' | '.join(tail)}")
    scores, seconds, failures = [], 0.0, []
    for name in docs:
        rec = records.get(name)
        if rec is None:
            failures.append((name, "no result (worker died?)"))
            predicted = []
        elif "error" in rec:
            failures.append((name, rec["error"]))
            predicted = []
        else:
            predicted = [tuple(t) for t in rec["tables"]]
        if rec is not None:
            seconds += rec["seconds"]
        s = icdar.score_document(gts[name], predicted, min_iou)
        scores.append(s)
        if verbose:
            print(
                f"  {contender:<16}{name:<9} P {s.precision:5.3f} R {s.recall:5.3f} F1 {s.f1:5.3f}"
                f"  rel {s.correct}/{s.predicted}/{s.ground_truth}"
                f"  tables {s.detected}/{s.gt_tables} (pred {s.pred_tables})"
                f"  {rec['seconds'] if rec else 0:6.2f}s" + ("  FAILED" if rec is None or "error" in rec else "")
            )
    for name, err in failures:
        print(f"note: {contender} failed on {name}: {err}")
    p, r, f = icdar.micro(scores)
    return {
        "contender": contender,
        "p": p,
        "r": r,
        "f1": f,
        "macro": icdar.macro_f1(scores),
        "detected": sum(s.detected for s in scores),
        "total": sum(s.gt_tables for s in scores),
        "seconds": seconds,
        "failed": len(failures),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated contenders: " + ",".join(CONTENDERS))
    parser.add_argument("--docs", help="comma-separated documents (default: every scored one)")
    parser.add_argument("--verbose", action="store_true", help="print a line per document")
    parser.add_argument(
        "--min-iou",
        type=float,
        default=icdar.IOU_THRESHOLD,
        help="IoU a predicted table needs to be scored against a ground-truth table (default 0.5;"
        " 0 = best overlap, the matching of the numbers in ../shared/corpora/README.md)",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()

    scored = icdar.scored_documents()
    if args.docs:
        docs = [d.strip() for d in args.docs.split(",") if d.strip()]
        unknown = [d for d in docs if d not in scored]
        if unknown:
            parser.error(f"not scored (no PDF or no ground truth): {', '.join(unknown)}")
    else:
        docs = scored
    if args.worker:
        return worker(args.worker, docs)

    contenders = CONTENDERS
    if args.only:
        contenders = [c.strip() for c in args.only.split(",") if c.strip()]
        bad = [c for c in contenders if c not in CONTENDERS]
        if bad:
            parser.error(f"unknown contender(s): {', '.join(bad)}")

    gts = {name: icdar.load_ground_truth(name) for name in docs}
    left_out = [d for d in icdar.all_documents() if d not in scored]
    print(f"{len(docs)} documents, {sum(len(g) for g in gts.values())} ground-truth tables"
          f" (not scored, no PDF of their own: {', '.join(left_out)})")
    how = f"IoU >= {args.min_iou:g}" if args.min_iou > 0 else "best overlap (any IoU > 0)"
    print(f"tables matched one-to-one per page by {how}; 'tables' counts matches with IoU >= 0.5")
    rows = []
    for c in contenders:
        res = run_contender(c, docs, gts, args.verbose, args.min_iou)
        if res is not None:
            rows.append(res)
    print()
    print(f"{'contender':<17}{'micro P':>8}{'micro R':>8}{'micro F1':>9}{'macro F1':>9}{'tables':>10}{'seconds':>9}")
    for r in rows:
        tables = f"{r['detected']}/{r['total']}"
        extra = f"  ({r['failed']} documents failed)" if r["failed"] else ""
        print(f"{r['contender']:<17}{r['p']:8.3f}{r['r']:8.3f}{r['f1']:9.3f}{r['macro']:9.3f}{tables:>10}{r['seconds']:9.1f}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
