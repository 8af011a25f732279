"""Backups of the SQLite register: made, checked, rotated, listed and put back
(restoring, which also reopens the database, is tracker/store/restore.py).

Where: a folder beside the database file named after it, `<folder>/<stem>-backups/`
(for the default file `tracker.sqlite` in the user data folder that is
`<user data folder>/tracker-backups/`). Two registers in one folder never share backups.

Names: `<stem>-<YYYY-MM-DD>T<HHMMSS>-<kind>.sqlite`, the local time the backup was
taken and its kind:

- `daily`: on the first open of a day (`open_database`); the 7 newest are kept;
- `weekly`: an older daily kept as the newest of its ISO week; 4 weeks are kept;
- `premigration-v<N>`: before the app migrates a database at schema N (5 kept);
- `before-restore`: the register as it was just before a restore replaced it (5 kept);
- `manual`: `tracker db backup` (never deleted by the app).

Every backup is made with SQLite's online backup API (so it holds every committed
change, also while another connection has the file open in WAL mode), into a
temporary file that is checked with `PRAGMA integrity_check` and only then renamed
to its name: a listed backup is always whole. Rotation never deletes the newest
backup of a kind, so the only backup is never deleted.

PostgreSQL databases are not backed up here: use the server's tools (`pg_dump`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tracker.store.migrations import SCHEMA_VERSION, SchemaTooNewError, too_new_message

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_PREMIGRATION = 5
KEEP_BEFORE_RESTORE = 5
# An unfinished backup's temporary file older than this was left by a crash.
STALE_PARTIAL_S = 3600
# How long a check waits for another process that holds a lock on the file.
BUSY_TIMEOUT_S = 5.0

_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})"
    r"-(?P<kind>daily|weekly|manual|before-restore|premigration-v(?P<version>\d+))"
    r"(?:-(?P<n>\d+))?\.sqlite$"
)
# The tables whose rows a listing counts, and the label of each.
COUNTED_TABLES = {
    "commitment": "commitments",
    "document": "documents",
    "status_change": "status changes",
}


class BackupError(Exception):
    """A backup could not be made, read or restored; the message names the file or folder
    and the problem."""


class CorruptFileError(BackupError):
    """The file is not a readable, intact SQLite database (`problem` says why)."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Backup:
    """One backup file as `list_backups` sees it."""

    path: Path
    taken_at: dt.datetime
    kind: str  # daily, weekly, manual, before-restore, premigration
    size: int
    from_version: int | None = None  # premigration: the schema the database was at
    schema_version: int | None = None  # what the backup holds (None: unreadable)
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows
    problem: str = ""  # why it cannot be read, if it cannot

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def usable(self) -> bool:
        return not self.problem and self.schema_version is not None

    def count(self, table: str) -> int | None:
        return self.counts.get(table)


@dataclass(frozen=True)
class RestoreResult:
    """What `restore_backup` (tracker/store/restore.py) did."""

    restored: Path  # the backup now in place
    kept: Path | None  # the before-restore backup, or the damaged file moved aside
    damaged: bool  # the current file was damaged and moved aside (not backed up)


def _now() -> dt.datetime:
    """The local time (tests replace it)."""
    return dt.datetime.now()


def backup_folder(db_path: Path | str) -> Path:
    """The folder that holds the backups of the database file `db_path`."""
    path = Path(db_path)
    return path.parent / f"{path.stem}-backups"


def _parse_name(name: str, stem: str) -> tuple[dt.datetime, str, int | None] | None:
    match = _NAME.match(name)
    if not match or match["stem"] != stem:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    kind = match["kind"]
    version = int(match["version"]) if match["version"] else None
    return taken, ("premigration" if version is not None else kind), version


def _backup_files(db_path: Path | str) -> list[tuple[Path, dt.datetime, str, int | None]]:
    """The backup files of `db_path` (path, time, kind, from-version), newest first."""
    folder = backup_folder(db_path)
    stem = Path(db_path).stem
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        parsed = _parse_name(entry.name, stem)
        if parsed and entry.is_file():
            found.append((entry, *parsed))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def has_backups(db_path: Path | str) -> bool:
    return bool(_backup_files(db_path))


# -- reading a file read-only -----------------------------------------------------------


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = "file:" + _uri_path(path) + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.resolve()), safe="/:")


def _problem(path: Path, exc: BaseException) -> str:
    """What is wrong with the file, in words a user can act on."""
    text = str(exc)
    if path.is_dir():
        return "is a folder, not a database file"
    if not os.access(path, os.R_OK):
        return "cannot be read (no permission)"
    if "not a database" in text:
        return "is not a database file (or its first page is damaged)"
    if "malformed" in text or "corrupt" in text:
        return "is damaged (the database structure is broken)"
    if "unable to open" in text:
        return "cannot be opened"
    return f"cannot be read ({text})"


class DatabaseBusy(BackupError):
    """Another program holds a lock on the file for longer than the busy timeout."""


def check_file(path: Path | str, *, thorough: bool = False) -> int | None:
    """Check the SQLite file at `path` without changing it, and return its schema
    version (None for a file that holds no tracker tables yet, or does not exist).

    `PRAGMA quick_check` (or `integrity_check` when `thorough`) on a read-only
    connection. Only a rollback journal left by a crash is rolled back first, as any
    open would. Raises CorruptFileError when the file is not an intact database or
    cannot be read, DatabaseBusy when another program keeps it locked.
    """
    path = Path(path)
    if not path.exists():
        return None
    if path.is_dir():
        raise CorruptFileError(path, "is a folder, not a database file")
    try:
        return _check(path, _connect_read_only, thorough)
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise CorruptFileError(path, _problem(path, exc)) from None
    # A rollback journal left by a crash (an older app, before WAL) must be rolled back
    # before the file can be read: what any read-write open does first.
    try:
        return _check(path, lambda p: sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_S), thorough)
    except sqlite3.Error as exc:
        raise CorruptFileError(
            path, f"cannot be read: an interrupted change must be undone first ({exc})"
        ) from None


def _check(path: Path, connect, thorough: bool) -> int | None:
    """`check_file` on a connection made by `connect`; lets an OperationalError about
    a read-only file through (see `check_file`)."""
    try:
        con = connect(path)
    except sqlite3.Error as exc:
        raise CorruptFileError(path, _problem(path, exc)) from None
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
        if rows != [("ok",)]:
            first = "; ".join(str(r[0]) for r in rows[:3])
            raise CorruptFileError(path, f"is damaged ({pragma}: {first})")
        return _schema_version(con)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy(
                f"{path}: another program keeps the database locked; try again"
            ) from None
        if "readonly" in str(exc):
            raise
        raise CorruptFileError(path, _problem(path, exc)) from None
    except sqlite3.Error as exc:
        raise CorruptFileError(path, _problem(path, exc)) from None
    finally:
        con.close()


def _schema_version(con: sqlite3.Connection) -> int | None:
    exists = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return None
    row = con.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] if row else None


def _counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = {
        name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return {
        table: con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        for table in COUNTED_TABLES
        if table in tables
    }


def _describe(path: Path, taken: dt.datetime, kind: str, version: int | None) -> Backup:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        con = _connect_read_only(path)
        try:
            schema = _schema_version(con)
            counts = _counts(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        return Backup(path, taken, kind, size, version, problem=_problem(path, exc))
    problem = "" if schema is not None else "holds no tracker register"
    return Backup(path, taken, kind, size, version, schema, counts, problem)


def list_backups(db_path: Path | str) -> list[Backup]:
    """The backups of the database file `db_path`, newest first, each with the schema
    version and row counts it holds (read read-only; an unreadable one says why)."""
    return [_describe(*item) for item in _backup_files(db_path)]


def describe_backup(path: Path | str) -> Backup:
    """A backup file given by its path (also one outside the backups folder)."""
    path = Path(path)
    match = _NAME.match(path.name)
    parsed = _parse_name(path.name, match["stem"]) if match else None
    if parsed is None:
        try:
            taken = dt.datetime.fromtimestamp(path.stat().st_mtime)
        except OSError as exc:
            raise BackupError(f"{path}: no such backup ({exc.strerror or exc})") from None
        return _describe(path, taken, "manual", None)
    return _describe(path, *parsed)


# -- making backups -------------------------------------------------------------------


def _write_error(folder: Path, exc: BaseException) -> BackupError:
    from tracker.store.write_errors import FULL, READ_ONLY, WRITE_FAILED, write_problem

    reason = {
        FULL: "the disk is full (or the file may not grow)",
        READ_ONLY: "the location is read-only",
        WRITE_FAILED: "the disk refused the write (is it full?)",
    }.get(write_problem(exc) or "")
    if reason is None:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    return BackupError(f"cannot write a backup in {folder}: {reason}")


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_database(source: Path, target: Path) -> None:
    """Copy the database at `source` into the new file `target` with the online backup
    API, leave it in rollback-journal mode (no -wal/-shm files beside a backup), check
    it with `integrity_check` and flush it to disk. Raises sqlite3.Error or OSError."""
    src = _connect_read_only(source)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            rows = dst.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                raise sqlite3.DatabaseError(
                    "the copy failed its integrity check: " + str(rows[0][0])
                )
        finally:
            dst.close()
    finally:
        src.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def backup_database(db_path: Path | str, kind: str = "manual") -> Path:
    """Back up the database file `db_path` now; returns the backup's path.

    `kind` is "daily", "manual", "before-restore" or "premigration-v<N>". The old
    backups of the kind are rotated afterwards. Raises BackupError naming the folder
    (or the database) and the problem; nothing half-written is left behind.
    """
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    if not db_path.is_file():
        raise BackupError(f"{db_path}: no such database file to back up")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(folder, exc) from None
    stamp = _now().strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}-{kind}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{kind}-{n}.sqlite"
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{db_path.stem}-", suffix=".partial")
        os.close(fd)
    except OSError as exc:
        raise _write_error(folder, exc) from None
    temp = Path(temp_name)
    try:
        _copy_database(db_path, temp)
        os.replace(temp, target)
    except sqlite3.Error as exc:
        _remove_quietly(temp)
        message = str(exc)
        if "disk is full" in message or "readonly" in message or "unable to open" in message:
            raise _write_error(folder, exc) from None
        try:
            check_file(db_path)
        except CorruptFileError as damaged:
            raise BackupError(f"cannot back up {db_path}: it {damaged.problem}") from None
        raise BackupError(f"cannot back up {db_path} to {folder}: {message}") from None
    except OSError as exc:
        _remove_quietly(temp)
        raise _write_error(folder, exc) from None
    except BaseException:
        _remove_quietly(temp)
        raise
    _fsync_folder(folder)
    log.info("backed up %s to %s", db_path, target)
    try:
        rotate_backups(db_path)
    except OSError as exc:  # the backup is made; old ones stay a little longer
        log.warning("cannot remove old backups in %s: %s", folder, exc)
    return target


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def daily_backup_due(db_path: Path | str) -> bool:
    """No daily backup of today exists yet."""
    today = _now().date()
    return not any(
        kind == "daily" and taken.date() == today for _, taken, kind, _ in _backup_files(db_path)
    )


# -- rotation ---------------------------------------------------------------------------


def plan_rotation(
    backups: Iterable[tuple[Path, dt.datetime, str]],
) -> tuple[set[Path], dict[Path, Path]]:
    """Which backups to delete and which dailies to rename to weekly.

    Keeps the `KEEP_DAILY` newest dailies; of the older dailies and the weeklies, the
    newest of each ISO week for the `KEEP_WEEKLY` newest weeks; the `KEEP_PREMIGRATION`
    and `KEEP_BEFORE_RESTORE` newest of those kinds; every manual backup.
    """
    by_kind: dict[str, list[tuple[Path, dt.datetime]]] = {}
    for path, taken, kind in backups:
        by_kind.setdefault(kind, []).append((path, taken))
    for items in by_kind.values():
        items.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    delete: set[Path] = set()
    rename: dict[Path, Path] = {}
    dailies = by_kind.get("daily", [])
    older = dailies[KEEP_DAILY:] + by_kind.get("weekly", [])
    older.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    weeks_kept: list[tuple[int, int]] = []
    for path, taken in older:
        week = taken.isocalendar()[:2]
        if week not in weeks_kept and len(weeks_kept) < KEEP_WEEKLY:
            weeks_kept.append(week)
            if "-daily" in path.name:
                rename[path] = path.with_name(path.name.replace("-daily", "-weekly", 1))
        else:
            delete.add(path)
    for kind, keep in (
        ("premigration", KEEP_PREMIGRATION),
        ("before-restore", KEEP_BEFORE_RESTORE),
    ):
        delete.update(path for path, _ in by_kind.get(kind, [])[keep:])
    return delete, rename


def rotate_backups(db_path: Path | str) -> None:
    """Delete the backups the rotation no longer keeps (see `plan_rotation`), and the
    temporary files of backups that were interrupted (a crash) over an hour ago."""
    folder = backup_folder(db_path)
    stale = time.time() - STALE_PARTIAL_S
    for partial in folder.glob(f".{Path(db_path).stem}-*.partial"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < stale:
                partial.unlink()
    files = _backup_files(db_path)
    delete, rename = plan_rotation((path, taken, kind) for path, taken, kind, _ in files)
    if len(delete) >= len(files):  # never, by the plan; never delete the only backups
        return
    for path, new in rename.items():
        if not new.exists():
            os.replace(path, new)
    for path in delete:
        path.unlink(missing_ok=True)
        log.info("removed old backup %s", path)


# -- restoring --------------------------------------------------------------------------


def latest_backup(db_path: Path | str) -> Backup | None:
    """The newest backup that can be restored (an intact one this app can open)."""
    for backup in list_backups(db_path):
        if backup.usable and (backup.schema_version or 0) <= SCHEMA_VERSION:
            return backup
    return None


def find_backup(db_path: Path | str, given: str | os.PathLike[str]) -> Path:
    """A backup named on the command line: a path, or a file name in the backups folder."""
    path = Path(given).expanduser()
    if path.is_file():
        return path
    in_folder = backup_folder(db_path) / Path(given).name
    if in_folder.is_file():
        return in_folder
    raise BackupError(
        f"{given}: no such backup (see `tracker db backups`; they are in {backup_folder(db_path)})"
    )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def move_aside(db_path: Path | str) -> Path:
    """Rename a damaged database (with its -wal, -shm and -journal files) to
    `<name>.damaged-<time>` beside it; nothing is deleted or overwritten."""
    db_path = Path(db_path)
    stamp = _now().strftime(_STAMP)
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    try:
        for side, new_side in zip(_side_files(db_path), _side_files(target), strict=True):
            if side.exists():
                os.replace(side, new_side)
        os.replace(db_path, target)
    except OSError as exc:
        raise BackupError(
            f"cannot move the damaged {db_path} aside: {exc.strerror or exc}"
        ) from None
    _fsync_folder(db_path.parent)
    log.info("moved the damaged database %s to %s", db_path, target)
    return target


def restorable(db_path: Path | str, backup: Path | str | Backup) -> Path:
    """The file of `backup`, checked thoroughly before it may replace `db_path`: raises
    BackupError when it is the database itself, damaged or holds no register, and
    SchemaTooNewError when a newer app wrote it."""
    db_path = Path(db_path)
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    if source.resolve() == db_path.resolve():
        raise BackupError(f"{source}: this is the database itself, not a backup")
    try:
        version = check_file(source, thorough=True)
    except CorruptFileError as exc:
        raise BackupError(f"{source}: this backup {exc.problem}; choose another") from None
    if version is None:
        raise BackupError(f"{source}: this file holds no tracker register")
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(f"{source}: {too_new_message(version)}", found=version)
    return source


def put_in_place(db_path: Path | str, source: Path) -> RestoreResult:
    """Put the backup file `source` (checked by `restorable`) in place of the database
    file `db_path`, which no connection may have open (see `tracker.store.restore`).

    First the current file is kept: backed up as "before-restore" when it is intact,
    moved aside to `<name>.damaged-<time>` when it is not. Then the backup is copied
    beside it and renamed into place; the old -wal and -shm files are removed only once
    the old file is kept. Raises BackupError when the current file cannot be kept or
    the copy fails; the register as it was is then where it was, or in the kept file.
    """
    db_path = Path(db_path)
    try:
        mode: int | None = stat.S_IMODE(db_path.stat().st_mode)
    except OSError:
        mode = None
    kept: Path | None = None
    damaged = False
    if db_path.exists():
        try:
            check_file(db_path)
            intact = True
        except CorruptFileError:
            intact = False
        if intact:
            kept = backup_database(db_path, "before-restore")
        else:
            kept, damaged = move_aside(db_path), True

    folder = db_path.parent
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=folder, prefix=f".{db_path.name}-", suffix=".restoring"
        )
        os.close(fd)
    except OSError as exc:
        raise BackupError(f"cannot restore into {folder}: {exc.strerror or exc}") from None
    temp = Path(temp_name)
    try:
        _copy_database(source, temp)
        os.chmod(temp, mode if mode is not None else 0o666 & ~_umask())
        for side in _side_files(db_path):
            side.unlink(missing_ok=True)
        os.replace(temp, db_path)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(temp)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        where = f"; the register as it was is kept in {kept}" if kept else ""
        raise BackupError(f"cannot restore {source.name} into {folder}: {reason}{where}") from None
    _fsync_folder(folder)
    log.info("restored %s from %s (kept the previous one in %s)", db_path, source, kept)
    return RestoreResult(restored=source, kept=kept, damaged=damaged)
