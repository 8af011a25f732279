"""atheris harness: every reader returns a Document or raises DocumentError naming the file.

    .venv/bin/python fuzz/fuzz_readers.py -max_total_time=60

The first byte of each input picks the format; the rest is the file's content. A
DocumentError that does not name the file, any other exception, or a hang is a crash.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

import atheris
from _harness import guard, run

with atheris.instrument_imports():
    from tracker.documents.reader import DocumentError, read_document
    from tracker.extract import extract

SUFFIXES = [".md", ".txt", ".xml", ".html", ".docx", ".pdf"]
FOLDER = Path(tempfile.mkdtemp(prefix="tracker-atheris-"))


class _Unforeseen(logging.Handler):
    """read_document wraps a reader's unforeseen exception and logs it: a bug here."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            raise record.exc_info[1]


logging.getLogger("tracker.documents.reader").addHandler(_Unforeseen())
logging.getLogger("tracker.documents.reader").propagate = False


def test_one_input(data: bytes) -> None:
    if not data:
        return
    path = FOLDER / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    try:
        document = guard(lambda: read_document(path))
    except DocumentError as exc:
        if str(path) not in str(exc):
            raise AssertionError(f"message does not name the file: {exc}") from None
        return
    guard(lambda: extract(document))


if __name__ == "__main__":
    sys.setrecursionlimit(3000)
    run(test_one_input)
