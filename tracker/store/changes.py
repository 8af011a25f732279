"""Knowing cheaply that someone else changed the register since the last look.

An open window uses this to show its colleagues' changes within seconds:

- SQLite: `PRAGMA data_version` changes when another connection commits to the file
  (the connection's own commits leave it alone). `DataVersionPoller` reads it; it is
  cheap enough to call every few seconds in the UI thread.
- PostgreSQL: statement-level triggers on every table of the register call
  `pg_notify('tracker_changes', <table>)` (`install_notify`, run when the schema is
  created or migrated). `NotifyListener` listens on a connection of its own and waits
  for notifications with `select()`, so it can sit in a worker thread. Notifications
  sent by connections of this process that the caller names (`ignore_backend`) are
  dropped: the window already shows what it wrote itself.
- Where LISTEN is unavailable (the triggers are missing, or a connection pooler sits
  in between), `StampPoller` compares a stamp of the tables (counts, highest ids,
  versions) every few seconds instead.

`open_change_source(db)` picks the right one. Plain Python: no Qt.
"""

from __future__ import annotations

import hashlib
import logging
import select
import time
from collections.abc import Iterable

import peewee as pw

from tracker.store.models import MODELS, SchemaVersion
from tracker.store.sql import is_postgres

log = logging.getLogger(__name__)

CHANNEL = "tracker_changes"
NOTIFY_FUNCTION = "tracker_notify_change"
NOTIFY_TRIGGER = "tracker_notify_change"

_NOTIFY_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {NOTIFY_FUNCTION}() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""


def watched_tables() -> list[str]:
    """The tables whose changes others should see: every model's but the schema version,
    so that a table added later (e.g. the audit trail) is watched without a change here."""
    return [m._meta.table_name for m in MODELS if m is not SchemaVersion]


# -- PostgreSQL: triggers ------------------------------------------------------------


def _tables_with_trigger(db: pw.Database) -> set[str]:
    cursor = db.execute_sql(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname = %s AND c.relnamespace = to_regnamespace(current_schema())::oid",
        (NOTIFY_TRIGGER,),
    )
    return {row[0] for row in cursor.fetchall()}


def install_notify(db: pw.Database, tables: Iterable[str] | None = None) -> list[str]:
    """Create the notify function and a statement-level trigger on every watched table
    that has none yet; returns the tables that got one. Does nothing on SQLite.

    Idempotent and without DDL when everything is in place, so it is safe to call on
    every start as well as after creating or migrating the schema (inside the
    migration's transaction and lock is best: then a new table gets its trigger at once).
    """
    if not is_postgres(db):
        return []
    existing = set(db.get_tables())
    wanted = [t for t in (tables or watched_tables()) if t in existing]
    missing = [t for t in wanted if t not in _tables_with_trigger(db)]
    if not missing:
        return []
    with db.atomic():
        db.execute_sql(_NOTIFY_FUNCTION_SQL)
        for table in missing:
            db.execute_sql(
                f"CREATE TRIGGER {NOTIFY_TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {NOTIFY_FUNCTION}()'
            )
    log.info("change notification installed on %s", ", ".join(missing))
    return missing


def notify_installed(db: pw.Database) -> bool:
    """Whether every watched table of this PostgreSQL database notifies its changes."""
    if not is_postgres(db):
        return False
    existing = set(db.get_tables())
    wanted = {t for t in watched_tables() if t in existing}
    return bool(wanted) and wanted <= _tables_with_trigger(db)


# -- the sources of change ----------------------------------------------------------


class ChangeSource:
    """Tells whether the register changed since the last call.

    `changed()` never blocks for long; `wait(timeout)` blocks up to `timeout` seconds
    and returns as soon as a change is known (for a worker thread).
    """

    def changed(self) -> bool:
        raise NotImplementedError

    def wait(self, timeout: float) -> bool:
        """Poll `changed()` until it says yes or `timeout` seconds have passed."""
        deadline = time.monotonic() + timeout
        while True:
            if self.changed():
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(remaining, 0.25))

    def close(self) -> None:
        """Release the connection of its own, if it has one."""


class DataVersionPoller(ChangeSource):
    """SQLite: `PRAGMA data_version` of the calling thread's connection to `db`.

    Commits through that same connection do not count, so call it from the thread
    that makes the window's own changes (the UI thread).
    """

    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self._last = self._read()

    def _read(self) -> int:
        return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])

    def acknowledge(self) -> None:
        """Take the current state as seen (call before re-reading the register)."""
        self._last = self._read()

    def changed(self) -> bool:
        value = self._read()
        if value == self._last:
            return False
        self._last = value
        return True


def stamp(db: pw.Database) -> str:
    """A digest of the register's state that changes when any row is added, removed or
    edited: per table the number of rows and the highest id, and the commitments'
    versions and last update, the suggestions' decisions and the history's last entry."""
    existing = set(db.get_tables())
    parts = []
    for model in MODELS:
        table = model._meta.table_name
        if model is SchemaVersion or table not in existing:
            continue
        pk = model._meta.primary_key
        highest = f'MAX("{pk.column_name}")' if pk else "NULL"
        fields = model._meta.fields
        # Edits in place leave count and highest id alone: catch them by their stamps.
        extra = ""
        for name in ("version", "updated_at", "changed_at", "decided_at", "status", "state"):
            if name not in fields:
                continue
            column = fields[name].column_name
            if name == "version":
                extra += f', SUM("{column}")'
            elif name in ("status", "state"):
                # The states' names differ in length: a cheap sum that moves with them.
                extra += f', SUM(LENGTH("{column}"))'
            else:
                extra += f', MAX("{column}")'
        row = db.execute_sql(f'SELECT COUNT(*), {highest}{extra} FROM "{table}"').fetchone()
        parts.append(f"{table}:{row}")
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()


class StampPoller(ChangeSource):
    """Any database: compares `stamp()` with the last one seen.

    With `own_connection` (PostgreSQL), it reads through a connection of its own so
    that it can be used from a worker thread without touching the window's.
    """

    # Seconds between two stamp queries in `wait()`: each costs a scan of the tables.
    interval = 3.0

    def __init__(self, db: pw.Database, own_connection: bool = False) -> None:
        self.db = _clone(db) if own_connection else db
        self._own = own_connection
        self._last = stamp(self.db)
        self._next_check = time.monotonic() + self.interval

    def acknowledge(self) -> None:
        self._last = stamp(self.db)

    def changed(self) -> bool:
        value = stamp(self.db)
        if value == self._last:
            return False
        self._last = value
        return True

    def wait(self, timeout: float) -> bool:
        """Look at most every `interval` seconds; sleep up to `timeout` meanwhile."""
        now = time.monotonic()
        if now < self._next_check:
            time.sleep(min(timeout, self._next_check - now))
            if time.monotonic() < self._next_check:
                return False
        self._next_check = time.monotonic() + self.interval
        return self.changed()

    def close(self) -> None:
        if self._own and not self.db.is_closed():
            self.db.close()


def _clone(db: pw.Database) -> pw.Database:
    """A second, unbound database object on the same server and credentials."""
    return type(db)(db.database, **db.connect_params)


def _connect_raw(db: pw.Database):
    """A psycopg2 connection of its own to `db`'s database, in autocommit mode."""
    import psycopg2

    connection = psycopg2.connect(dbname=db.database, **db.connect_params)
    connection.autocommit = True
    return connection


class NotifyListener(ChangeSource):
    """PostgreSQL: `LISTEN tracker_changes` on a connection of its own.

    `wait()` sleeps in `select()` on the connection's socket, so a worker thread that
    calls it in a loop costs nothing while nobody writes. Notifications from the backends
    named with `ignore_backend` (the window's own connection) are dropped.
    """

    def __init__(self, db: pw.Database) -> None:
        self.connection = _connect_raw(db)
        self._ignored: set[int] = set()
        with self.connection.cursor() as cursor:
            cursor.execute(f"LISTEN {CHANNEL}")

    def ignore_backend(self, pid: int) -> None:
        """Drop notifications sent by this server process (see `backend_pid`)."""
        self._ignored.add(pid)

    def _drain(self) -> set[str]:
        """The tables named in the notifications received so far, others' only."""
        self.connection.poll()
        tables = {n.payload for n in self.connection.notifies if n.pid not in self._ignored}
        self.connection.notifies.clear()
        return tables

    def changed(self) -> bool:
        return bool(self._drain())

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if self._drain():
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            readable, _, _ = select.select([self.connection], [], [], remaining)
            if not readable:
                return False

    def close(self) -> None:
        if not self.connection.closed:
            self.connection.close()


def backend_pid(db: pw.Database) -> int | None:
    """The server process of the calling thread's connection to `db` (PostgreSQL)."""
    if not is_postgres(db):
        return None
    return int(db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])


def open_change_source(db: pw.Database, *, in_thread: bool = True) -> ChangeSource:
    """The best way to learn of others' changes to `db`.

    SQLite: `DataVersionPoller` (call it from the thread making the own changes).
    PostgreSQL: `NotifyListener` when the triggers are installed, else a `StampPoller` on
    a connection of its own (`in_thread`) or on the caller's.
    """
    if not is_postgres(db):
        return DataVersionPoller(db)
    try:
        if notify_installed(db):
            listener = NotifyListener(db)
            pid = backend_pid(db)
            if pid is not None:
                listener.ignore_backend(pid)
            return listener
        log.info("no change notification in this database; polling instead")
    except Exception as exc:  # noqa: BLE001 - LISTEN unavailable: fall back to polling
        log.warning("cannot listen for changes (%s); polling instead", exc)
    return StampPoller(db, own_connection=in_thread)
