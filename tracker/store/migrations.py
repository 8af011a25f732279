"""Schema migrations: one numbered step per schema version.

A new database is created at `SCHEMA_VERSION` directly; an older one is
brought forward step by step inside one transaction per step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee as pw

from tracker.store.models import DB, MODELS, SchemaVersion, now

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

# version N -> function that migrates a database at version N-1 to version N
STEPS: dict[int, Callable[[pw.Database], None]] = {}


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the app."""


def current_version(db: pw.Database) -> int | None:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return None
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else None


def run_migrations(db: pw.Database | None = None) -> int:
    """Create or upgrade the schema; returns the version the database is now at."""
    db = db or DB.obj
    version = current_version(db)
    if version is None:
        with db.atomic():
            db.create_tables(MODELS)
            SchemaVersion.create(version=SCHEMA_VERSION)
        log.info("created database schema version %s", SCHEMA_VERSION)
        return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"the database has schema version {version}, this app knows up to {SCHEMA_VERSION}:"
            " use a newer version of the app"
        )
    while version < SCHEMA_VERSION:
        step = STEPS[version + 1]
        with db.atomic():
            step(db)
            SchemaVersion.update(version=version + 1, changed_at=now()).execute()
        version += 1
        log.info("migrated database to schema version %s", version)
    return version
