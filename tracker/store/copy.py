"""Copying a whole register from one database to another (`tracker db copy`).

Every table of `MODELS` is copied, in the order of their foreign keys, with its ids,
so links between documents, commitments, sources, history, suggestions and the audit
trail stay as they were; a table added to the models later is copied without a change
here. The target is written in one transaction: the rows, the PostgreSQL sequences,
the search index, and then a check that every table holds as many rows as the source
and that a checksum of their ids, links, versions and states agrees. On any error or
mismatch the transaction is rolled back and the target is left as it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from tracker.store import search
from tracker.store.connection import (
    DatabaseError,
    _connect_error,
    close_database,
    open_database,
    resolve_location,
)
from tracker.store.migrations import SCHEMA_VERSION
from tracker.store.models import MODELS, SchemaVersion
from tracker.store.sql import is_postgres, reset_sequences

log = logging.getLogger(__name__)

# Rows read and written per batch: enough to make a big register quick.
BATCH_ROWS = 2000
# Documents carry their whole text: fewer per batch keeps memory modest.
BATCH_ROWS_WITH_TEXT = 100


class CopyError(Exception):
    """The copy cannot be made or failed; the message says what and that the target
    was left as it was."""


@dataclasses.dataclass
class TableCount:
    table: str
    source: int
    target: int

    @property
    def ok(self) -> bool:
        return self.source == self.target


@dataclasses.dataclass
class CopyReport:
    source: str  # the URLs, without a password
    target: str
    schema_version: int
    tables: list[TableCount]
    checksum: str  # of the source, equal to the target's
    seconds: float
    replaced: bool = False

    def count(self, table: str) -> int:
        return next(t.target for t in self.tables if t.table == table)


@dataclasses.dataclass
class DatabaseInfo:
    url: str  # without a password
    backend: str  # "sqlite" or "postgresql"
    schema_version: int | None
    current_version: int
    counts: dict[str, int]
    login: str = ""  # PostgreSQL: the login and its tracker role, "anna (medewerker)"


# -- opening the two databases -----------------------------------------------------------


def describe_url(url: str | None) -> str:
    """The database as it may be shown and logged: without a password."""
    return resolve_location(url).display


def sqlite_path(url: str | None) -> Path | None:
    """The file of an SQLite URL or path; None for a server."""
    return resolve_location(url).path


def connect_database(url: str | None, password: str | None = None) -> pw.Database:
    """An open database for `url`, neither bound to the models nor migrated.

    Raises DatabaseError (PasswordRequired when the server wants a password)."""
    location = resolve_location(url)
    if location.path is not None and not location.path.exists():
        raise DatabaseError(f"{location.display}: no such database file")
    db = location.create(password)
    try:
        db.connect()
    except pw.DatabaseError as exc:
        raise _connect_error(location, exc) from None
    return db


# -- the register's tables ------------------------------------------------------------


def _models() -> list[type[pw.Model]]:
    """Every model, parents before children (the order to insert them in)."""
    return pw.sort_models(MODELS)


def _data_models() -> list[type[pw.Model]]:
    return [m for m in _models() if m is not SchemaVersion]


def _table_exists(db: pw.Database, model: type[pw.Model]) -> bool:
    return db.table_exists(model._meta.table_name)


def schema_version(db: pw.Database) -> int | None:
    """The schema version stored in `db`, None when it has no tracker schema."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        return None
    row = db.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    return row[0] if row else None


def table_counts(db: pw.Database) -> dict[str, int]:
    """Rows per table of the register (tables the database lacks count 0)."""
    counts = {}
    for model in _models():
        table = model._meta.table_name
        if _table_exists(db, model):
            counts[table] = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        else:
            counts[table] = 0
    return counts


def _checked_fields(model: type[pw.Model]) -> list[pw.Field]:
    """The columns a checksum covers: ids, links, versions and states (integers and
    short text), which read back identically from SQLite and PostgreSQL."""
    return [
        f
        for f in model._meta.sorted_fields
        if isinstance(f, (pw.IntegerField, pw.ForeignKeyField, pw.CharField))
    ]


def checksum(db: pw.Database) -> str:
    """A digest of every table's ids, links, versions and states, in id order."""
    digest = hashlib.sha256()
    for model in _models():
        if not _table_exists(db, model):
            continue
        fields = _checked_fields(model)
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        order = _order_by(model)
        digest.update(f"\n{model._meta.table_name}\n".encode())
        cursor = db.execute_sql(f'SELECT {columns} FROM "{model._meta.table_name}" {order}')
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                break
            for row in rows:
                digest.update(repr(tuple(row)).encode())
                digest.update(b"\n")
    return digest.hexdigest()


def _order_by(model: type[pw.Model]) -> str:
    pk = model._meta.primary_key
    if isinstance(pk, pw.CompositeKey):
        columns = [model._meta.fields[name].column_name for name in pk.field_names]
    elif pk:
        columns = [pk.column_name]
    else:
        columns = [f.column_name for f in model._meta.sorted_fields]
    return "ORDER BY " + ", ".join(f'"{c}"' for c in columns)


def _batch_rows(db: pw.Database, model: type[pw.Model]) -> int:
    return BATCH_ROWS_WITH_TEXT if model._meta.table_name == "document" else BATCH_ROWS


def _read_batches(db: pw.Database, model: type[pw.Model], size: int):
    """The rows of `model`'s table in `db`, in batches, as Python values of its fields."""
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    table = model._meta.table_name
    pk = model._meta.primary_key
    convert = [f.python_value for f in fields]
    if isinstance(pk, pw.AutoField | pw.IntegerField) and not isinstance(pk, pw.CompositeKey):
        # Keyset pagination: memory stays bounded on any backend.
        key = f'"{pk.column_name}"'
        position = fields.index(pk)
        last = None
        while True:
            where = f"WHERE {key} > {db.param}" if last is not None else ""
            params = (last,) if last is not None else ()
            rows = db.execute_sql(
                f'SELECT {columns} FROM "{table}" {where} ORDER BY {key} LIMIT {size}', params
            ).fetchall()
            if not rows:
                return
            yield [tuple(c(v) for c, v in zip(convert, row, strict=True)) for row in rows]
            last = rows[-1][position]
    else:
        cursor = db.execute_sql(f'SELECT {columns} FROM "{table}" {_order_by(model)}')
        while rows := cursor.fetchmany(size):
            yield [tuple(c(v) for c, v in zip(convert, row, strict=True)) for row in rows]


def _delete_all(db: pw.Database) -> None:
    for model in reversed(_models()):
        db.execute_sql(f'DELETE FROM "{model._meta.table_name}"')


def _describe_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} in {table}" for table, n in counts.items() if n)


def _open_source(url: str, password: str | None) -> pw.Database:
    """The source, without binding or migrating it: it must be at the current version."""
    db = connect_database(url, password)
    version = schema_version(db)
    if version is None:
        db.close()
        raise CopyError(f"{describe_url(url)}: not a tracker database (no schema version)")
    if version != SCHEMA_VERSION:
        db.close()
        if version > SCHEMA_VERSION:
            raise CopyError(
                f"{describe_url(url)}: schema version {version} is newer than this app "
                f"({SCHEMA_VERSION}); use a newer version of the app"
            )
        raise CopyError(
            f"{describe_url(url)}: schema version {version}, this app writes {SCHEMA_VERSION}; "
            f"migrate it first by opening it once (e.g. `tracker --db {describe_url(url)} list`)"
        )
    return db


def copy_register(
    source_url: str,
    target_url: str,
    *,
    replace: bool = False,
    progress: Callable[[str, int], None] | None = None,
    source_password: str | None = None,
    target_password: str | None = None,
) -> CopyReport:
    """Copy every table of the register at `source_url` into `target_url`.

    The target's schema is created or migrated first; it must hold no data, unless
    `replace` (its data is then deleted in the same transaction as the copy). Raises
    CopyError, with the target left as it was, when anything goes wrong; DatabaseError
    (PasswordRequired among them) when a database cannot be opened. `progress` is
    called with (table, rows copied so far) after every batch.

    Binds the models to the target (as `open_database` does); close with `close_database`.
    """
    started = time.monotonic()
    if describe_url(source_url) == describe_url(target_url):
        raise CopyError("source and target are the same database")
    source = _open_source(source_url, source_password)
    target_file = sqlite_path(target_url)
    created_file = target_file is not None and not target_file.exists()
    try:
        target = open_database(target_url, password=target_password)
    except Exception:
        source.close()
        if created_file and target_file is not None:
            _remove_sqlite_file(target_file)
        raise
    try:
        report = _copy(source, target, source_url, target_url, replace, progress)
    except Exception as exc:
        close_database()
        if created_file and target_file is not None:
            _remove_sqlite_file(target_file)
        if isinstance(exc, CopyError):
            raise
        log.exception("copy failed")
        raise CopyError(
            f"the copy failed and was rolled back; {describe_url(target_url)} was left as it "
            f"was ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        source.close()
    report.seconds = time.monotonic() - started
    return report


def _remove_sqlite_file(path: Path) -> None:
    """A target file the failed copy created goes again (with SQLite's side files)."""
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        try:
            os.remove(name)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove %s: %s", name, exc)


def _copy(
    source: pw.Database,
    target: pw.Database,
    source_url: str,
    target_url: str,
    replace: bool,
    progress: Callable[[str, int], None] | None,
) -> CopyReport:
    held = {t: n for t, n in table_counts(target).items() if t != "schema_version"}
    if any(held.values()) and not replace:
        raise CopyError(
            f"{describe_url(target_url)} already holds data ({_describe_counts(held)}); "
            "nothing was copied. Copy into an empty database, or pass --replace to delete "
            "its data first"
        )
    # One consistent view of the source while others may be writing to it.
    with source.atomic("DEFERRED") if isinstance(source, pw.SqliteDatabase) else source.atomic():
        if isinstance(source, pw.PostgresqlDatabase):
            source.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        source_counts = table_counts(source)
        source_sum = checksum(source)
        with target.atomic():
            _delete_all(target)
            for model in _models():
                _copy_table(source, target, model, progress)
            reset_sequences(_models(), target)
            search.rebuild(target)
            target_counts = table_counts(target)
            target_sum = checksum(target)
            tables = [
                TableCount(table, source_counts[table], target_counts[table])
                for table in source_counts
            ]
            wrong = [t for t in tables if not t.ok]
            if wrong or target_sum != source_sum:
                details = "; ".join(
                    f"{t.table}: {t.source} in the source, {t.target} in the target" for t in wrong
                )
                raise CopyError(
                    "the copy does not match the source ("
                    + (details or "the checksums of ids, links and states differ")
                    + f"); it was rolled back and {describe_url(target_url)} was left "
                    "as it was"
                )
    return CopyReport(
        source=describe_url(source_url),
        target=describe_url(target_url),
        schema_version=SCHEMA_VERSION,
        tables=tables,
        checksum=source_sum,
        seconds=0.0,
        replaced=any(held.values()),
    )


def _copy_table(
    source: pw.Database,
    target: pw.Database,
    model: type[pw.Model],
    progress: Callable[[str, int], None] | None,
) -> None:
    if not _table_exists(source, model):
        return
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    table = model._meta.table_name
    # The fields' own conversions to what the target's driver takes (as the models
    # write them), without building a peewee query per batch: that would take minutes
    # for a big register.
    convert = [f.db_value for f in fields]
    postgres = isinstance(target, pw.PostgresqlDatabase)
    if postgres:
        from psycopg2.extras import execute_values

        sql = f'INSERT INTO "{table}" ({columns}) VALUES %s'
    else:
        marks = ", ".join(target.param for _ in fields)
        sql = f'INSERT INTO "{table}" ({columns}) VALUES ({marks})'
    done = 0
    for rows in _read_batches(source, model, _batch_rows(target, model)):
        values = [tuple(c(v) for c, v in zip(convert, row, strict=True)) for row in rows]
        cursor = target.cursor()
        if postgres:
            execute_values(cursor, sql, values, page_size=len(values))
        else:
            cursor.executemany(sql, values)
        done += len(rows)
        if progress is not None:
            progress(table, done)


def database_info(url: str | None = None, password: str | None = None) -> DatabaseInfo:
    """What `tracker db info` shows: the database, its schema version and its rows.

    Reads only: an older database is not migrated by looking at it."""
    from tracker.store import roles

    db = connect_database(url, password)
    try:
        version = schema_version(db)
        counts = table_counts(db) if version is not None else {}
        login = roles.permissions(db).label if is_postgres(db) and version is not None else ""
    finally:
        db.close()
    backend = "postgresql" if isinstance(db, pw.PostgresqlDatabase) else "sqlite"
    return DatabaseInfo(
        url=describe_url(url),
        backend=backend,
        schema_version=version,
        current_version=SCHEMA_VERSION,
        counts={t: n for t, n in counts.items() if t != "schema_version"},
        login=login,
    )
