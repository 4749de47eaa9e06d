"""Score regio on dossiers drawn at random, each rendered in every house style of the layout zoo.

    python bench/bench_zoo_random.py [--seeds 1-20] [--styles report,band,...] [--engines docx,latex,...]
                                     [--jobs 2] [--out out/zoo-random]

The layout zoo (samples/zoo/) varies how two dossiers are drawn; this varies what the dossier
holds. Each seed's dossier (samples/gen/random_dossier.py: other field labels, column sets,
amount notations, nils, marks, tables inside fields) is rendered in each style, read back with
`regio.extract.extract(path, cross_check="none")` and scored as tests/test_zoo.py scores the zoo:
every project by title and page range, every cell of the dossier's own cell list, every field
by label and whole text. ``--engines`` renders the same dossiers with real layout engines too
(samples/gen/engines.py: LibreOffice, Chromium, LaTeX, troff, ...; each needs its tools on
PATH): they lay out what the houses never drew, as the proposals regio reads were laid out.

Written under OUT: src/<seed>/<region>/ (the dossiers), pdf/<seed>-<style>.pdf and .truth.json,
problems/<seed>-<style>.txt (what was read wrong), results.txt (a line per rendering) and
totals.txt (per style, then all of them), which is also printed. A rendering that fails or
takes longer than --timeout is listed as such and left out of the totals.
"""

from __future__ import annotations

import argparse
import multiprocessing
import signal
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from zoo_random import generated, read, render, score_generated  # noqa: E402

SOURCES = "src"  # under OUT: the generated dossiers


class _Timeout(Exception):
    pass


def _alarm(*_):
    raise _Timeout


def _job(args: tuple[str, Path, str, Path, int]) -> tuple[str, str, tuple[int, ...] | None]:
    """One rendering: (its name, its line in results.txt, its six counts or None)."""
    name, source, style, out, timeout = args
    pdf = out / "pdf" / f"{name}.pdf"
    signal.signal(signal.SIGALRM, _alarm)
    stage = "render"
    try:
        signal.alarm(timeout)
        start = time.perf_counter()
        truth = render(source, style, pdf)
        rendered = time.perf_counter()
        stage = "extract"
        dossier = read(pdf)
        extracted = time.perf_counter()
        signal.alarm(0)
    except _Timeout:
        return name, f"{name} TIMEOUT({stage}) after {timeout}s", None
    except Exception as e:  # a house or the reader failing is a result of the run
        signal.alarm(0)
        (out / "problems" / f"{name}.txt").write_text(traceback.format_exc(), encoding="utf-8")
        return name, f"{name} ERROR({stage}) {type(e).__name__}: {str(e)[:120]}", None
    s = score_generated(name, dossier, truth, source)
    problems = s.problems + s.field_problems
    (out / "problems" / f"{name}.txt").write_text("".join(p + "\n" for p in problems), encoding="utf-8")
    counts = (s.projects_right, s.projects_expected, s.cells_right, s.cells_expected, s.fields_right, s.fields_expected)
    return name, f"{name} {_counts(counts)} render={rendered - start:.1f}s extract={extracted - rendered:.1f}s", counts


def _counts(c) -> str:
    return f"projects {c[0]}/{c[1]} cells {c[2]}/{c[3]} fields {c[4]}/{c[5]}"


def _seeds(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def _totals(styles: list[str], counts: dict[str, tuple[int, ...]], failed: int, seconds: float) -> str:
    lines = []
    overall = [0] * 6
    for style in styles:
        per_style = [0] * 6
        for name, c in counts.items():
            if name.split("-", 1)[1] == style:
                per_style = [a + b for a, b in zip(per_style, c)]
        overall = [a + b for a, b in zip(overall, per_style)]
        lines.append(f"{style:14s} {_counts(per_style)}")
    lines.append(f"{'all':14s} {_counts(overall)}")
    lines.append(f"{failed} rendering(s) failed or timed out (see results.txt); {seconds:.0f} s")
    return "\n".join(lines) + "\n"


def main() -> int:
    from samples.gen.engines import ENGINES
    from samples.gen.zoo import STYLES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-20", help="a seed or a range of them (default: 1-20)")
    parser.add_argument("--styles", default=",".join(STYLES), help="comma-separated (default: every zoo style)")
    parser.add_argument("--engines", default="", help=f"comma-separated, rendered too (of {', '.join(ENGINES)})")
    parser.add_argument("--jobs", type=int, default=2, help="renderings at once (default: 2)")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "zoo-random")
    parser.add_argument("--timeout", type=int, default=300, help="seconds a rendering may take (default: 300)")
    args = parser.parse_args()
    styles = [*filter(None, args.styles.split(",")), *filter(None, args.engines.split(","))]
    unknown = sorted(set(styles) - STYLES.keys() - set(ENGINES))
    if unknown:
        parser.error(f"unknown style(s) {', '.join(unknown)}")
    seeds = _seeds(args.seeds)
    out = args.out.resolve()
    for folder in ("pdf", "problems"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    sources = {seed: generated(seed, out / SOURCES) for seed in seeds}
    start = time.perf_counter()
    lines, counts = {}, {}
    jobs = [(f"{seed}-{style}", sources[seed], style, out, args.timeout) for seed in seeds for style in styles]
    # Workers are replaced now and then, so that what a rendering leaves in its process (a
    # build cut off by the timeout, caches) does not pile up.
    with multiprocessing.Pool(args.jobs, maxtasksperchild=20) as pool:
        for name, line, c in pool.imap_unordered(_job, jobs):
            print(line, flush=True)
            lines[name] = line
            if c is not None:
                counts[name] = c
    order = {job[0]: i for i, job in enumerate(jobs)}
    (out / "results.txt").write_text("".join(lines[n] + "\n" for n in sorted(lines, key=order.get)), encoding="utf-8")
    totals = _totals(styles, counts, len(lines) - len(counts), time.perf_counter() - start)
    (out / "totals.txt").write_text(totals, encoding="utf-8")
    print(totals, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
