"""Telling a full or read-only location from other failures, and saying so plainly.

A write on a full disk (or a file that may not grow: a quota, a size limit) or on a
read-only file or folder fails deep down, as `database or disk is full`, `attempt to
write a readonly database` or `disk I/O error` from SQLite, `could not extend file ...:
No space left on device` from PostgreSQL, or an OSError (ENOSPC, EFBIG, EROFS, ...) from
a plain file. `write_problem` finds which of these an exception (or what caused it) is;
`DatabaseWriteError` says it about the database in one line for the CLI and the window.
An SQLite file another process kept locked for longer than the busy timeout (`database
is locked`, SQLITE_BUSY) is said the same way, as BUSY.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

from tracker.reasons import describe

FULL = "full"  # no space left, or the file may not grow
READ_ONLY = "read-only"  # the file or its folder may not be written
WRITE_FAILED = "write-failed"  # the disk refused the write; most often because it is full
BUSY = "busy"  # another process held the SQLite file's lock for longer than the busy timeout
FORBIDDEN = "forbidden"  # the database login may not make this change (tracker.store.roles)

_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite's extended result codes (Python 3.11+ gives their names on the exception)
_SQLITE_WRITE_FAILURES = (
    "SQLITE_IOERR_WRITE",
    "SQLITE_IOERR_FSYNC",
    "SQLITE_IOERR_TRUNCATE",
    "SQLITE_IOERR_SHMSIZE",
    "SQLITE_IOERR_SHMOPEN",
)
_POSTGRES_FULL = "53100"  # disk_full
_POSTGRES_READ_ONLY = "25006"  # read_only_sql_transaction
_POSTGRES_FORBIDDEN = "42501"  # insufficient_privilege: a GRANT or row-level rule refused it


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and what it wraps or was raised while handling (peewee keeps the driver's
    error as `orig`; a failed rollback hides the error that caused it)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        item = todo.pop(0)
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        wrapped = [getattr(item, "orig", None), *item.args[:1]]
        todo.extend(w for w in wrapped if isinstance(w, BaseException))
        todo.extend(e for e in (item.__cause__, item.__context__) if e is not None)


def write_problem(exc: BaseException) -> str | None:
    """FULL, READ_ONLY, WRITE_FAILED, BUSY or FORBIDDEN when `exc` comes from a location
    that cannot be written (or a login that may not), else None."""
    found = _classify(exc)
    return found[0] if found else None


def _classify(exc: BaseException) -> tuple[str, BaseException] | None:
    """The problem, and the error in the chain of `exc` that shows it."""
    if isinstance(exc, DatabaseWriteError):
        return exc.problem, exc
    for item in _chain(exc):
        if isinstance(item, OSError) and item.errno in _FULL_ERRNOS:
            return FULL, item
        if isinstance(item, OSError) and item.errno in _READ_ONLY_ERRNOS:
            return READ_ONLY, item
        if isinstance(item, sqlite3.Error):
            name = getattr(item, "sqlite_errorname", "") or ""
            text = str(item).lower()
            if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
                return FULL, item
            if name.startswith("SQLITE_READONLY") or "readonly database" in text:
                return READ_ONLY, item
            if name.startswith("SQLITE_BUSY") or (not name and "database is locked" in text):
                return BUSY, item
            if name in _SQLITE_WRITE_FAILURES or (not name and text == "disk i/o error"):
                return WRITE_FAILED, item
        code = getattr(item, "pgcode", None)
        if code == _POSTGRES_FULL or "no space left on device" in str(item).lower():
            return FULL, item
        if code == _POSTGRES_READ_ONLY:
            return READ_ONLY, item
        if code == _POSTGRES_FORBIDDEN:
            return FORBIDDEN, item
    return None


def reason(problem: str, language: str = "en") -> str:
    """The problem in words, for a message (the texts are in tracker.reasons)."""
    return describe(problem, None, language)


class DatabaseWriteError(Exception):
    """The database could not be written: the change was rolled back whole, and
    everything saved before is kept. The message names the database and the problem."""

    def __init__(self, problem: str, where: str, detail: str = "") -> None:
        self.problem = problem
        self.where = where
        self.detail = detail
        self.reason = "db_unwritable"
        self.details = {
            "path": where,
            "because": problem,
            "detail": f" ({detail})" if detail else "",
        }
        super().__init__(describe(self.reason, self.details, "en"))


def database_name() -> str:
    """The open database as a message names it: the SQLite file, or the PostgreSQL
    database's name (never a URL that could hold a password)."""
    import peewee as pw

    from tracker.store.models import DB

    db = DB.obj
    if isinstance(db, pw.SqliteDatabase):
        return str(db.database)
    if db is not None:
        return f"PostgreSQL database {db.database}"
    return "the database"


def database_write_error(exc: BaseException, where: str | None = None) -> DatabaseWriteError | None:
    """`exc` as a DatabaseWriteError when the database could not be written for lack of
    space or permission, else None."""
    if isinstance(exc, DatabaseWriteError):
        return exc
    found = _classify(exc)
    if found is None:
        return None
    problem, cause = found
    if problem == BUSY:  # SQLite's "database is locked" says no more than BUSY does
        return DatabaseWriteError(problem, where or database_name())
    detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
    return DatabaseWriteError(problem, where or database_name(), " ".join(detail.split()))
