"""Restoring a backup of the SQLite register: close it, put the backup in its place,
open it again.

Restoring sits above both the backups (tracker/store/backup.py: checking the backup,
keeping the current file, copying the backup into place) and the connection
(tracker/store/connection.py, which itself backs up on opening): it is the one step
that needs the two.
"""

from __future__ import annotations

from pathlib import Path

from tracker.store.backup import Backup, RestoreResult, put_in_place, restorable
from tracker.store.connection import close_database, open_database


def restore_backup(db_path: Path | str, backup: Path | str | Backup) -> RestoreResult:
    """Put `backup` in place of the database file `db_path`, and open it (migrating it
    when it is older; the models are bound to it).

    First the current file is kept: backed up as "before-restore" when it is intact,
    moved aside to `<name>.damaged-<time>` when it is not. Then the backup is copied
    beside it, checked, and renamed into place; the old -wal and -shm files are removed
    only once the old file is kept. Closes the database first: no other thread of this
    process may use it meanwhile. Raises BackupError, with nothing changed, when the
    backup cannot be used or the current file cannot be kept.
    """
    db_path = Path(db_path)
    source = restorable(db_path, backup)
    close_database()
    result = put_in_place(db_path, source)
    open_database(db_path)
    return result
