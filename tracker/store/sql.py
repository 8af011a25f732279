"""Raw SQL that runs on SQLite and on PostgreSQL.

The store writes its hand-made queries once, with SQLite's `?` placeholders;
`execute` turns them into psycopg2's `%s` (and doubles every literal `%`) when the
database is PostgreSQL. The few functions the two spell differently have a helper
here (`string_agg`), so a query names the backend nowhere else.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import peewee as pw

from tracker.store.models import DB


def is_postgres(db: pw.Database | None = None) -> bool:
    """Whether `db` (default: the bound database) is PostgreSQL."""
    db = db if db is not None else DB.obj
    return isinstance(db, pw.PostgresqlDatabase)


def marks(count: int) -> str:
    """`?, ?, ?` for an `IN (...)` list of `count` values."""
    return ",".join("?" * count)


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """SQLite's `?` placeholders as psycopg2's `%s`, with every literal `%` doubled.

    A `?` inside a quoted string or identifier is text and stays as it is.
    """
    out: list[str] = []
    quote = ""
    for ch in sql:
        if ch == "%":
            out.append("%%")
            continue
        if quote:
            if ch == quote:
                quote = ""  # a doubled quote closes and reopens: the same result
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append(ch)
    return "".join(out)


def execute(sql: str, params: Sequence[Any] = (), db: pw.Database | None = None) -> Any:
    """Run `sql` (written with `?` placeholders) on `db` (default: the bound database)
    and return the cursor."""
    db = db if db is not None else DB.obj
    if is_postgres(db):
        sql = to_pyformat(sql)
    return db.execute_sql(sql, tuple(params))


def string_agg(db: pw.Database, expression: str, separator: str = " ") -> str:
    """The aggregate joining the text of `expression` with `separator` (a plain literal)."""
    assert "'" not in separator
    name = "string_agg" if is_postgres(db) else "group_concat"
    return f"{name}({expression}, '{separator}')"


def reset_sequences(models: Iterable[type[pw.Model]], db: pw.Database | None = None) -> None:
    """After rows were inserted with explicit ids (undo, a copied register): move each
    PostgreSQL id sequence past the highest id, so the next insert does not collide.
    Nothing to do on SQLite, whose next id is always past the highest."""
    db = db if db is not None else DB.obj
    if not is_postgres(db):
        return
    for model in models:
        table = model._meta.table_name
        key = model._meta.primary_key
        if not isinstance(key, pw.AutoField):
            continue
        column = key.column_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f'COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)'
        )


_CHUNK = 500  # ids per IN (...) list, below SQLite's parameter limit


def _chunks(ids: Sequence[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


_TEXT_PIECE = 1 << 20  # characters encoded at a time by `long_text`


def long_text(text: str) -> Any:
    """`text` as a value to store: itself, or (a long, not ASCII text on SQLite) its UTF-8
    bytes, encoded a piece at a time, read back as text (`CAST(? AS TEXT)`: the same
    text). The sqlite3 module would encode the string itself, through a buffer of three
    bytes a character, and keep the encoding with the string as long as it lives."""
    if len(text) <= _TEXT_PIECE or text.isascii() or is_postgres():
        return text
    buffer = io.BytesIO()  # (`b"".join` would hold every piece and the whole at once)
    for i in range(0, len(text), _TEXT_PIECE):
        buffer.write(text[i : i + _TEXT_PIECE].encode("utf-8"))
    return pw.Cast(pw.Value(buffer.getvalue(), converter=False), "TEXT")


_VALUES = 900  # values per INSERT statement: below every backend's parameter limit


def insert_rows(
    model: type[pw.Model],
    rows: Sequence[dict[str, Any]],
    returning: bool = False,
    db: pw.Database | None = None,
) -> list[int]:
    """Insert `rows` (values by field name; a field left out takes its default), as
    `model.insert_many` does, in statements of up to `_VALUES` values, without building
    a peewee query for each (an import inserts thousands of rows). Each value goes
    through its field's `db_value`, as peewee's would. `returning`: the new rows' ids,
    sorted (one statement numbers its rows in their order; inside a write transaction
    nobody else inserts), else []."""
    if not rows:
        return []
    fields = [f for f in model._meta.sorted_fields if not isinstance(f, pw.AutoField)]
    table = model._meta.table_name
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    row_marks = "(" + ",".join("?" * len(fields)) + ")"
    per = max(1, _VALUES // len(fields))
    ids: list[int] = []
    for chunk in _chunks(rows, per):
        values: list[Any] = []
        for row in chunk:
            for f in fields:
                if f.name in row:
                    value = row[f.name]
                else:
                    value = f.default() if callable(f.default) else f.default
                values.append(f.db_value(value))
        sql = f'INSERT INTO "{table}" ({columns}) VALUES {",".join([row_marks] * len(chunk))}'
        if returning:
            ids.extend(sorted(i for (i,) in execute(sql + " RETURNING id", values, db)))
        else:
            execute(sql, values, db)
    return ids
