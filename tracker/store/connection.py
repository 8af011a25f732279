"""Choosing, opening and closing the database."""

from __future__ import annotations

import os
from pathlib import Path

import peewee as pw
from platformdirs import user_data_dir

from tracker.store.migrations import run_migrations
from tracker.store.models import DB

APP_NAME = "commitment-tracker"

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
}


def default_db_path() -> Path:
    """The embedded database in the user's data directory."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "tracker.sqlite"


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db PATH` wins, then the environment variable TRACKER_DB, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("TRACKER_DB")
    if env:
        return Path(env.removeprefix("sqlite:///")).expanduser()
    return default_db_path()


class DatabaseError(Exception):
    """The database cannot be opened; the message names the file and the problem."""


def open_database(path: str | os.PathLike[str] | None = None) -> pw.Database:
    """Open (creating if needed) and migrate the database, and bind the models to it."""
    db_path = resolve_db_path(path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"{db_path}: cannot create its folder ({exc.strerror or exc})"
        ) from None
    db = pw.SqliteDatabase(str(db_path), pragmas=SQLITE_PRAGMAS)
    try:
        db.connect(reuse_if_open=True)
        DB.initialize(db)
        run_migrations(db)
    except pw.DatabaseError as exc:
        db.close()
        raise DatabaseError(f"{db_path}: not a usable tracker database ({exc})") from None
    return db


def close_database() -> None:
    if DB.obj is not None and not DB.obj.is_closed():
        DB.obj.close()
