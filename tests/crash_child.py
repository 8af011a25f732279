"""Child processes for tests/test_crash.py and tests/test_disk_full.py.

Each one does real work on a database file and prints a line, flushed, after every
step it has committed (or when it is inside a transaction, about to pause), so the
parent can kill it with SIGKILL at a known point instead of guessing a time:

    python tests/crash_child.py import DB FOLDER [--pause-in-file N]
        `tracker --db DB import FOLDER`; with --pause-in-file, the N-th file (from 1)
        stops inside its transaction (document and commitments written, suggestions
        being made) after printing "inside PATH".
    python tests/crash_child.py marks DB COUNT [--pause-in-change N]
        COUNT status changes with a note and evidence, cycling over the commitments;
        "done I ID STATUS" after each is committed. With --pause-in-change, change N
        (from 0) stops inside its transaction after the status and its history row are
        written, before its audit record, printing "inside N".
    python tests/crash_child.py limited DB BYTES -- TRACKER-ARGS...
        opens DB, then lets no file grow past BYTES (RLIMIT_FSIZE, as on a full disk:
        writes fail with EFBIG) and runs `tracker TRACKER-ARGS`; exits with its code.
"""

from __future__ import annotations

import resource
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STATUS_CYCLE = ("fulfilled", "partial", "lapsed", "open")
PAUSE = 60  # seconds: the parent kills the child long before


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_import(db: str, folder: str, pause_in_file: int | None) -> int:
    import tracker.importing
    from tracker.cli import main
    from tracker.store.models import Document

    if pause_in_file is not None:
        original = tracker.importing.suggest_for_document
        started = 0

        def suggest(document_id: int, **options) -> int:
            nonlocal started
            started += 1
            if started == pause_in_file:
                say(f"inside {Document.get_by_id(document_id).path}")
                time.sleep(PAUSE)
            return original(document_id, **options)

        tracker.importing.suggest_for_document = suggest
    return main(["--db", db, "import", folder])


def run_marks(db: str, count: int, pause_in_change: int | None) -> int:
    from tracker.store import audit, queries
    from tracker.store.connection import open_database
    from tracker.store.models import Commitment

    open_database(db)
    ids = [c.id for c in Commitment.select(Commitment.id).order_by(Commitment.id)]
    current = -1
    original_record = audit.record

    def record(*args, **kwargs):
        if current == pause_in_change and args[3] == "status":
            say(f"inside {current}")
            time.sleep(PAUSE)
        return original_record(*args, **kwargs)

    audit.record = record
    for i in range(count):
        current = i
        cid = ids[i % len(ids)]
        status = STATUS_CYCLE[(i // len(ids)) % len(STATUS_CYCLE)]
        queries.mark(cid, status, note=f"wijziging {i}", evidence=f"bewijs {i}", who="kind")
        say(f"done {i} {cid} {status}")
    return 0


def run_limited(db: str, limit: int, argv: list[str]) -> int:
    from tracker.cli import main
    from tracker.store.connection import open_database

    # Opened (and kept open) first: SQLite's shared-memory file and the daily backup
    # are made before the limit, as on a disk that fills up while the app runs.
    first = open_database(db)  # noqa: F841 - the connection must stay open
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    return main(argv)


def _option(args: list[str], name: str) -> int | None:
    if name in args:
        at = args.index(name)
        value = int(args[at + 1])
        del args[at : at + 2]
        return value
    return None


def main(args: list[str]) -> int:
    command, *rest = args
    if command == "import":
        pause = _option(rest, "--pause-in-file")
        return run_import(rest[0], rest[1], pause)
    if command == "marks":
        pause = _option(rest, "--pause-in-change")
        return run_marks(rest[0], int(rest[1]), pause)
    if command == "limited":
        db, limit, dashes, *argv = rest
        assert dashes == "--"
        return run_limited(db, int(limit), argv)
    raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
