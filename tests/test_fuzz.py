"""Mutation fuzzing of sample PDFs: whatever the bytes, regio answers with 0, 1 or 2 and
never a traceback. A short budget runs with the tests; `make fuzz` runs a long one
(REGIO_FUZZ_EXAMPLES)."""

import os
import signal
import sys

from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from conftest import SAMPLES
from regio.cli import app

sys.path.insert(0, str(SAMPLES.parent / "tests" / "corpus"))
from make_corpus import _proposal_pdf  # noqa: E402

EXAMPLES = int(os.environ.get("REGIO_FUZZ_EXAMPLES", "20"))
SEEDS = {"proposal": _proposal_pdf(), "sample": (SAMPLES / "twente-word.pdf").read_bytes()}
LIMIT_S = 60


def mutate(data: bytes, operations) -> bytes:
    out = bytearray(data)
    for kind, where, length, value in operations:
        if not out:
            break
        at = where % len(out)
        if kind == "flip":
            out[at] ^= value or 0xFF
        elif kind == "delete":
            del out[at: at + length]
        else:
            out[at:at] = out[at: at + length]
    return bytes(out)


operation = st.tuples(st.sampled_from(["flip", "delete", "duplicate"]), st.integers(0, 1 << 30),
                      st.integers(1, 4096), st.integers(0, 255))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(SEEDS)), st.lists(operation, min_size=1, max_size=8))
def test_mutated_pdfs_never_crash(tmp_path, seed, operations):
    path = tmp_path / "mutant.pdf"
    path.write_bytes(mutate(SEEDS[seed], operations))

    def too_slow(*_):
        raise TimeoutError(f"regio took more than {LIMIT_S} s")

    signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(LIMIT_S)
    try:
        # In this process (limits off) so that any exception escaping regio fails the test.
        result = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--timeout", "0",
                                          "--max-memory", "0", "--cross-check", "none"])
    finally:
        signal.alarm(0)
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
