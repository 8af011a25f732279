"""Shared by the atheris harnesses: a hang guard and the one exception that is allowed.

Run a harness for N seconds (atheris is optional: `pip install atheris`):

    .venv/bin/python fuzz/fuzz_readers.py -max_total_time=60
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Per input: far above what any input needs; a longer run is a hang (catastrophic regex
# backtracking, a loop that does not end) and is reported as a crash.
HANG_SECONDS = 10


class Hang(BaseException):
    """Raised by the alarm; a BaseException so no `except Exception` swallows it."""


def _on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise Hang(f"no result after {HANG_SECONDS} s")


def guard(call):
    """`call()` under the hang guard."""
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(HANG_SECONDS)
    try:
        return call()
    finally:
        signal.alarm(0)


def run(test_one_input) -> None:
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
