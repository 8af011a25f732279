"""Schema migrations: one numbered step per schema version.

A new database is created at `SCHEMA_VERSION` directly; an older one is
brought forward step by step inside one transaction per step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from tracker.store import search
from tracker.store.models import DB, MODELS, SchemaVersion, fingerprint, now

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2


def _to_v2(db: pw.Database) -> None:
    """v2: document text, manual commitments, fingerprints, review stamp,
    effective date of a status change, indexes for the filters, full-text search."""
    migrator = SchemaMigrator.from_database(db)
    # The fields as they were in version 2 (not the current models, which may move on).
    migrate(
        migrator.add_column(
            "document",
            "source_text",
            pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")]),
            allow_not_null=True,
        ),
        migrator.add_column(
            "commitment",
            "manual",
            pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT 0")]),
            allow_not_null=True,
        ),
        migrator.add_column("commitment", "fingerprint", pw.CharField(null=True, index=True)),
        migrator.add_column("commitment", "reviewed_by", pw.CharField(null=True)),
        migrator.add_column("commitment", "reviewed_at", pw.DateTimeField(null=True)),
        migrator.add_column("status_change", "effective_date", pw.DateField(null=True)),
        migrator.add_index("commitment", ("review_state",)),
        migrator.add_index("commitment", ("actor",)),
        migrator.add_index("source", ("faction",)),
    )
    # Fingerprints of the commitments already stored, from their first source.
    rows = db.execute_sql(
        """
        SELECT c.id, d.official_id, d.dossier, d.number, d.content_hash, s.quote
        FROM commitment c
        JOIN source s ON s.id = (SELECT MIN(id) FROM source WHERE commitment_id = c.id)
        JOIN document d ON d.id = s.document_id
        """
    ).fetchall()
    for cid, official_id, dossier, number, content_hash, quote in rows:
        db.execute_sql(
            "UPDATE commitment SET fingerprint = ? WHERE id = ?",
            (fingerprint(official_id, dossier, number, content_hash, quote), cid),
        )
    if search.create_index(db):
        search.rebuild(db)


# version N -> function that migrates a database at version N-1 to version N
STEPS: dict[int, Callable[[pw.Database], None]] = {2: _to_v2}


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
            search.create_index(db)
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
