"""One row per broken or hostile file: exit code, seconds and peak memory of `regio check`
with the default limits (the targets: every file under 60 s and 1 GB).

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
done = subprocess.run([sys.executable, "-m", "regio.cli", "check", sys.argv[1], "--format", "json"],
                      capture_output=True, text=True)
print(json.dumps({"code": done.returncode, "seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "reason": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""}))
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(folder)
        files = sorted(folder.glob("*.pdf")) + [ROOT / "samples" / "twente-word.pdf"]
        print(f"{'file':<26}{'exit':>5}{'seconds':>9}{'peak MB':>9}  reason")
        worst_s = worst_mb = 0.0
        for path in files:
            out = subprocess.run([sys.executable, "-c", WRAPPER, str(path)], capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            worst_s, worst_mb = max(worst_s, r["seconds"]), max(worst_mb, r["peak_mb"])
            reason = r["reason"].replace(f"regio: error: {path}: ", "")[:70]
            print(f"{path.name:<26}{r['code']:>5}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}  {reason}")
        print(f"slowest {worst_s:.1f} s, largest {worst_mb:.0f} MB (targets: 60 s, 1024 MB)")
        return 0 if worst_s < 60 and worst_mb < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
