"""What a test sees of the bound database as a whole, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from tracker.store.models import DB
from tracker.store.sql import is_postgres


def table_names() -> list[str]:
    """Every table of the bound database (on SQLite the search index's too)."""
    db = DB.obj
    if is_postgres(db):
        return db.get_tables()
    return [
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]


def dump_rows() -> dict[str, list[tuple]]:
    """Every row of every table, to compare the register before and after."""
    return {
        table: sorted(DB.obj.execute_sql(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        for table in table_names()
    }
