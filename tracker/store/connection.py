"""Choosing, opening and closing the database.

The database is named by a URL (`--db`, `TRACKER_DB`, or the settings):

- `sqlite:///path/to/tracker.sqlite` (the path is absolute; `sqlite:////path` too) or
  just a path: the embedded database, one file (`sqlite:///~/x.sqlite` and
  `~/x.sqlite` are under the home folder);
- `postgresql://user@host:port/dbname` (also `postgres://`, with libpq's query options
  such as `?sslmode=require`): a shared database on a server, for team mode.

Passwords are never stored by the app. libpq finds them itself in `~/.pgpass`
(`PGPASSFILE`) or `PGPASSWORD`; one written in the URL works too but is never shown.
When the server asks for a password none of these gives, `open_database` raises
`PasswordRequired`, and the caller asks the user and calls again with `password=`.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import peewee as pw
from platformdirs import user_data_dir

from tracker.reasons import describe
from tracker.store.lost_connection import first_line
from tracker.store.migrations import (
    SCHEMA_VERSION,
    MigrationRefused,
    SchemaTooNewError,
    run_migrations,
    too_new_message,
)
from tracker.store.models import DB
from tracker.store.reconnecting import ReconnectingPostgresqlDatabase

log = logging.getLogger(__name__)

APP_NAME = "commitment-tracker"

SQLITE_PRAGMAS = {
    "busy_timeout": 5000,  # first: a second process starting at once waits, not fails
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
}
POSTGRES_CONNECT_TIMEOUT = 10  # seconds, unless the URL says otherwise

_POSTGRES_SCHEMES = ("postgresql", "postgres")


class SharedSqliteDatabase(pw.SqliteDatabase):
    """An SQLite file that other processes may write at the same time (a shared folder).

    Every transaction begins IMMEDIATE: it takes the write lock before it reads, waiting
    for another writer for as long as the busy timeout, and once it holds the lock
    nothing of it can be refused as busy. A transaction begun DEFERRED (SQLite's
    default) that has read and then writes is refused at once, without waiting, as
    "database is locked" when another process writes at that moment, since waiting
    could deadlock. Nothing is written before the lock is held, so the wait never
    applies a change twice. A transaction that only reads asks for "DEFERRED"."""

    def begin(self, lock_type: str | None = None) -> None:
        super().begin(lock_type or "IMMEDIATE")


class DatabaseError(Exception):
    """The database cannot be opened; the message names the file or server and the problem
    (in English). `reason` (one of tracker.reasons.DATABASE_REASONS, or None) and
    `details` say it for the CLI and the window in their language; a `reason` without a
    message gets the catalogue's English."""

    def __init__(self, message: str = "", reason: str | None = None, **details: Any) -> None:
        self.reason = reason
        self.details = details
        super().__init__(message or describe(reason, details, "en"))


class CorruptDatabaseError(DatabaseError):
    """The SQLite file is damaged, is not a database, or cannot be read. The message names
    the file, the problem and whether backups exist; the file is left as it was."""

    def __init__(self, path: Path, problem: str, backups: int, folder: Path) -> None:
        self.path = path
        self.problem = problem
        self.backups = backups  # how many backups of it exist
        self.folder = folder  # where they are
        reason = {0: "db_damaged_no_backups", 1: "db_damaged_one_backup"}.get(backups, "db_damaged")
        super().__init__(reason=reason, path=path, problem=problem, backups=backups, folder=folder)


class PasswordRequired(DatabaseError):
    """The server asks for a password that neither the URL, `~/.pgpass` nor `PGPASSWORD`
    gives: ask the user, then call `open_database(..., password=...)` again."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        super().__init__(reason="db_password", path=location.display)


class PasswordRejected(DatabaseError):
    """The server refused the user name and password."""

    def __init__(self, location: DatabaseLocation, detail: str) -> None:
        self.location = location
        super().__init__(f"{location.display}: {detail}")


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the register is: an SQLite file or a PostgreSQL database.

    `display` is safe to show and log: it never holds a password.
    """

    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None  # the SQLite file
    url: str | None = None  # the PostgreSQL URL as given (it may hold a password)

    @property
    def is_postgres(self) -> bool:
        return self.kind == "postgresql"

    @property
    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return _without_password(self.url or "")

    @property
    def database_name(self) -> str:
        """The file name, or the name of the database on the server."""
        if self.path is not None:
            return self.path.name
        return unquote(urlsplit(self.url or "").path.lstrip("/"))

    def __str__(self) -> str:
        return self.display

    def create(self, password: str | None = None) -> pw.Database:
        """The peewee database (not yet connected)."""
        if self.path is not None:
            return SharedSqliteDatabase(str(self.path), pragmas=SQLITE_PRAGMAS)
        params: dict[str, object] = {"dsn": self.url}
        options = dict(parse_qsl(urlsplit(self.url or "").query))
        if "connect_timeout" not in options:
            params["connect_timeout"] = POSTGRES_CONNECT_TIMEOUT
        if "application_name" not in options:
            params["application_name"] = APP_NAME
        if password is not None:
            params["password"] = password
        db = ReconnectingPostgresqlDatabase(self.database_name, **params)
        db.display = self.display  # how its messages name the server
        return db


def _without_password(url: str) -> str:
    """The URL as it may be shown: without a password in the user part or the options."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    host = netloc[-1]
    user = netloc[0].split(":", 1)[0] if len(netloc) == 2 else ""
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    text = f"postgresql://{user + '@' if user else ''}{host}{parts.path}"
    return f"{text}?{query}" if query else text


def parse_location(target: str | os.PathLike[str]) -> DatabaseLocation:
    """A database URL or file path as a `DatabaseLocation` (DatabaseError if unusable)."""
    if isinstance(target, os.PathLike):
        return DatabaseLocation("sqlite", path=Path(target).expanduser())
    text = target.strip()
    scheme = text.split(":", 1)[0].lower() if re.match(r"^[A-Za-z][\w+.-]*://", text) else ""
    if scheme in _POSTGRES_SCHEMES:
        url = "postgresql" + text[len(scheme) :]
        parts = urlsplit(url)
        if not parts.path.strip("/"):
            raise DatabaseError(
                f"{_without_password(url)}: the URL names no database"
                " (expected postgresql://user@host:port/dbname)"
            )
        try:
            parts.port  # noqa: B018 - a port that is not a number raises here
        except ValueError:
            raise DatabaseError(f"{_without_password(url)}: the port is not a number") from None
        return DatabaseLocation("postgresql", url=url)
    if scheme == "sqlite":
        path = text[len("sqlite://") :]
        if path.startswith("//"):  # sqlite:////abs/path, as SQLAlchemy writes it
            path = path[1:]
        if path.startswith("/~"):  # sqlite:///~/x.sqlite
            path = path[1:]
        if not path or path == "/":
            raise DatabaseError(f"{text}: the URL names no file (expected sqlite:///path)")
        return DatabaseLocation("sqlite", path=Path(path).expanduser())
    if scheme:
        raise DatabaseError(
            f"{text.split('://', 1)[0]}://...: unknown kind of database"
            " (expected sqlite:///path or postgresql://user@host:port/dbname)"
        )
    return DatabaseLocation("sqlite", path=Path(text).expanduser())


def default_db_path() -> Path:
    """The embedded database in the user's data directory."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "tracker.sqlite"


def resolve_location(explicit: str | os.PathLike[str] | None = None) -> DatabaseLocation:
    """`--db URL` wins, then the environment variable TRACKER_DB, then the default file."""
    if explicit:
        return parse_location(explicit)
    env = os.environ.get("TRACKER_DB")
    if env:
        return parse_location(env)
    return DatabaseLocation("sqlite", path=default_db_path())


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """The SQLite file chosen as `resolve_location` chooses it; for a PostgreSQL
    database the URL as given, so that passing the result to `open_database` works.
    (Older callers; new code uses `resolve_location`.)"""
    location = resolve_location(explicit)
    return location.path if location.path is not None else location.url or ""


def open_database(
    target: str | os.PathLike[str] | DatabaseLocation | None = None,
    *,
    password: str | None = None,
    on_warning: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    create: bool = True,
) -> pw.Database:
    """Open (creating if needed) and migrate the database, and bind the models to it.
    `on_progress` is told how far a long migration is (done, of how many).

    With `create=False` (commands that only read or change an existing register) an
    SQLite file that does not exist, or is empty (0 bytes), is refused with a
    DatabaseError naming it: a mistyped path must not look like an empty register.

    `target` is a URL or a path (default: TRACKER_DB, else the file in the user's data
    folder); `password` is for a server that asks for one (see `PasswordRequired`).

    An SQLite file is first checked read-only (`PRAGMA quick_check`, schema version):
    CorruptDatabaseError or SchemaTooNewError leave it untouched. It is backed up
    (tracker/store/backup.py) before a migration and on the first open of a day; a
    backup that fails is logged and passed to `on_warning`, and the file opens anyway.
    """
    location = target if isinstance(target, DatabaseLocation) else resolve_location(target)
    stored: int | None = None
    if location.path is not None:
        _check_place(location.path, create)
        try:
            location.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                reason="db_no_folder", path=location.display, error=exc.strerror or exc
            ) from None
        stored = _check_file(location.path)
        if stored is not None and stored < SCHEMA_VERSION:
            _backup(location.path, f"premigration-v{stored}", on_warning)
    db = location.create(password)
    _connect(db, location)
    try:
        DB.initialize(db)
        run_migrations(db, on_progress)
    except SchemaTooNewError as exc:
        db.close()
        raise SchemaTooNewError(f"{location.display}: {exc}", found=exc.found) from None
    except MigrationRefused as exc:  # a medewerker or lezer: left as it was
        db.close()
        raise DatabaseError(
            reason="db_needs_beheerder",
            path=location.display,
            found=exc.found,
            version=SCHEMA_VERSION,
        ) from None
    except pw.DatabaseError as exc:
        db.close()
        raise DatabaseError(
            reason="db_unusable", path=location.display, error=first_line(exc)
        ) from None
    if location.path is not None and stored is not None:
        from tracker.store import backup

        if backup.daily_backup_due(location.path):
            _backup(location.path, "daily", on_warning)
    return db


def _check_place(path: Path, create: bool) -> None:
    """Refuse a database path that is a folder; without `create`, one that does not exist
    or is empty; with it, a new file in a folder no file can be made in."""
    if path.is_dir():
        raise DatabaseError(reason="db_is_folder", path=path)
    if path.exists():
        if not create and path.is_file() and path.stat().st_size == 0:
            raise DatabaseError(reason="db_empty", path=path)
        return
    if not create:
        raise DatabaseError(reason="db_missing", path=path)
    if path.parent.is_dir() and not _folder_writable(path.parent):
        raise DatabaseError(reason="db_folder_read_only", path=path)


def _folder_writable(folder: Path) -> bool:
    """Whether a file can be made in `folder` (tried, not guessed: root ignores modes)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _check_steadily(path: Path, attempts: int = 4) -> int | None:
    """`backup.check_file`, tried again a few times before calling a file damaged: another
    client that is creating the database at this moment (switching it to WAL, writing
    its first pages) can make a read-only look fail once, where real damage stays."""
    import time

    from tracker.store import backup

    for attempt in range(attempts):
        try:
            return backup.check_file(path)
        except backup.CorruptFileError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.25)
    return None


def _check_file(path: Path) -> int | None:
    """The schema version of the SQLite file at `path` (None: new or empty), checked
    read-only; raises CorruptDatabaseError, SchemaTooNewError or DatabaseError (busy)."""
    from tracker.store import backup

    try:
        version = _check_steadily(path)
        if version is None and path.is_file() and path.stat().st_size == 0:
            if backup.has_backups(path):  # emptied, not new: do not start a blank register
                raise backup.CorruptFileError(path, "is empty, but backups of it exist")
    except backup.CorruptFileError as exc:
        if not _folder_writable(path.parent):
            # SQLite cannot make its journal files beside the database: not damage.
            raise DatabaseError(
                reason="db_journal_read_only", path=path, folder=path.parent
            ) from None
        count = len(backup.list_backups(path))
        raise CorruptDatabaseError(path, exc.problem, count, backup.backup_folder(path)) from None
    except backup.DatabaseBusy as exc:
        raise DatabaseError(str(exc)) from None
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaTooNewError(f"{path}: {too_new_message(version)}", found=version)
    return version


def _backup(path: Path, kind: str, on_warning: Callable[[str], None] | None) -> None:
    """Back up the file; a failure is a warning, never a reason not to open it."""
    from tracker.store import backup

    try:
        backup.backup_database(path, kind)
    except (backup.BackupError, OSError) as exc:
        message = f"no {kind} backup was made: {exc}"
        log.warning("%s", message)
        if on_warning is not None:
            on_warning(message)


def _connect(db: pw.Database, location: DatabaseLocation) -> None:
    """Connect (SQLite: with its pragmas). Two clients that create a new file at the same
    moment can both ask SQLite to switch it to WAL; one is then told "database is
    locked" at once, without waiting (SQLite avoids a deadlock): it tries again, for as
    long as the busy timeout."""
    deadline = time.monotonic() + SQLITE_PRAGMAS["busy_timeout"] / 1000
    while True:
        try:
            db.connect(reuse_if_open=True)
            return
        except pw.DatabaseError as exc:
            db.close()
            locked = location.path is not None and "locked" in str(exc).lower()
            if not locked or time.monotonic() > deadline:
                raise _connect_error(location, exc) from None
            time.sleep(0.05)


def _connect_error(location: DatabaseLocation, exc: pw.DatabaseError) -> DatabaseError:
    message = first_line(exc)
    if not location.is_postgres:
        return DatabaseError(reason="db_unusable", path=location.display, error=message)
    if "no password supplied" in message:
        return PasswordRequired(location)
    if "password authentication failed" in message:
        return PasswordRejected(location, message)
    return DatabaseError(reason="db_cannot_connect", path=location.display, error=message)


def close_database() -> None:
    if DB.obj is not None and not DB.obj.is_closed():
        DB.obj.close()
