"""One row per broken, hostile or attacking file: exit code, seconds and peak memory of `regio check`
with the default limits (the targets: every file under 60 s and 1 GB), and of `regio report` for
the page too wide to render.

    python bench/bench_robust.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from make_corpus import make_corpus  # noqa: E402

# Runs regio in a child and reports the largest resident size among its descendants
# (regio and its worker process), which getrusage collects once they are waited for.
WRAPPER = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "regio.cli", *sys.argv[1:]], capture_output=True, text=True)
print(json.dumps({"code": done.returncode, "seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "reason": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""}))
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        manifest = make_corpus(folder, ("broken", "attacks"))
        # Names are shown as repr: a control character or a leading "::warning" in one must not
        # act on the terminal or the CI log.
        runs = [(repr(name), folder / name, ["check", folder / name, "--format", "json"]) for name in sorted(manifest)]
        sample = ROOT / "samples" / "twente-word.pdf"
        runs.append((repr(sample.name), sample, ["check", sample, "--format", "json"]))
        wide = folder / "giant-mediabox.pdf"
        runs.append((f"{wide.name!r} (report)", wide, ["report", wide, "-o", Path(tmp) / "report.html"]))
        print(f"{'file':<48}{'exit':>5}{'seconds':>9}{'peak MB':>9}  reason")
        worst_s = worst_mb = 0.0
        for label, path, args in runs:
            out = subprocess.run([sys.executable, "-c", WRAPPER, *map(str, args)], capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            worst_s, worst_mb = max(worst_s, r["seconds"]), max(worst_mb, r["peak_mb"])
            reason = r["reason"].replace(f"regio: error: {path}: ", "")[:70]
            print(f"{label[:47]:<48}{r['code']:>5}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}  {reason}")
        print(f"slowest {worst_s:.1f} s, largest {worst_mb:.0f} MB (targets: 60 s, 1024 MB)")
        return 0 if worst_s < 60 and worst_mb < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
