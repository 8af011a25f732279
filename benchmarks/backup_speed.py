"""How long the start-up check and a backup take on a large register: 100,000
commitments over 5,000 documents (the register of `store_speed.py`).

    .venv/bin/python benchmarks/backup_speed.py [--commitments N] [--documents N]

Prints the file size and the seconds of `PRAGMA quick_check` (every start), a backup
with its `integrity_check` (the first start of a day, before a migration), listing
the backups with their counts, and a restore (which backs up the current file first).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_speed import fill  # noqa: E402

from tracker.store import backup, restore  # noqa: E402
from tracker.store.connection import close_database  # noqa: E402


def timed(what: str, call) -> object:
    start = time.perf_counter()
    result = call()
    print(f"{what:40} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tracker.sqlite"
        fill(path, args.commitments, args.documents)
        close_database()
        print(f"{'register':40} {path.stat().st_size / 1e6:8.1f} MB")
        timed("quick_check (every start)", lambda: backup.check_file(path))
        made = timed("backup + integrity_check (daily)", lambda: backup.backup_database(path))
        timed("list_backups (with counts)", lambda: backup.list_backups(path))
        timed("restore (backs up the current first)", lambda: restore.restore_backup(path, made))
        close_database()


if __name__ == "__main__":
    main()
