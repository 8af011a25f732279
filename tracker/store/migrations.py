"""Schema migrations: one numbered step per schema version.

A new database, SQLite or PostgreSQL, is created at `SCHEMA_VERSION` directly from
the models; an older one is brought forward step by step, each step a savepoint
inside the one transaction of the whole migration.

The steps up to `FIRST_POSTGRESQL_VERSION` are SQLite only (they use SQLite's DDL):
PostgreSQL came with that version, so a PostgreSQL database is never older than it.
A step for a later version must work on both backends.

Two clients starting at once on one database: one creates or migrates, the other
waits for it and then finds the work done. On PostgreSQL the work runs under a
transaction-level advisory lock; on SQLite inside `BEGIN IMMEDIATE`, so the second
process waits on the busy timeout. Either way the version is read again once the
lock is held.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from tracker.store import changes, roles, search, title_words
from tracker.store.models import (
    DB,
    MODELS,
    Commitment,
    Document,
    SchemaVersion,
    fingerprint,
    now,
)
from tracker.store.sql import is_postgres

log = logging.getLogger(__name__)

# Told how far a long migration step is: (done, of); the window shows it, so that a
# large register being brought forward does not look like an app that hangs.
Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    pass


SCHEMA_VERSION = 11
# Steps up to this version are SQLite only; every later step runs on both backends.
# PostgreSQL support came with schema 4 (whose step is portable), so no PostgreSQL
# database is older than this.
FIRST_POSTGRESQL_VERSION = 3
# The key of the advisory lock held while a PostgreSQL database is created or migrated
# (any constant; this one spells "tracker" in ASCII).
MIGRATION_LOCK_KEY = 0x747261636B6572


def _to_v2(db: pw.Database, progress: Progress) -> None:
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


# The suggestion table as version 3 made it (not the current model, which may move on).
_V3_SUGGESTION = (
    """
    CREATE TABLE IF NOT EXISTS "suggestion" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "commitment_id" INTEGER NOT NULL,
        "document_id" INTEGER NOT NULL,
        "reason" VARCHAR(255) NOT NULL,
        "sentence" TEXT NOT NULL,
        "matched_words" TEXT NOT NULL,
        "matched_reference" TEXT NOT NULL,
        "evidence" TEXT NOT NULL,
        "url" TEXT,
        "effective_date" DATE,
        "score" REAL NOT NULL,
        "state" VARCHAR(255) NOT NULL,
        "created_at" DATETIME NOT NULL,
        "decided_by" VARCHAR(255),
        "decided_at" DATETIME,
        FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE)
    """,
    'CREATE INDEX IF NOT EXISTS "suggestion_commitment_id" ON "suggestion" ("commitment_id")',
    'CREATE INDEX IF NOT EXISTS "suggestion_document_id" ON "suggestion" ("document_id")',
    'CREATE INDEX IF NOT EXISTS "suggestion_state" ON "suggestion" ("state")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "suggestion_commitment_id_document_id" '
    'ON "suggestion" ("commitment_id", "document_id")',
)


_V3_DOCUMENT_VERSION = (
    """
    CREATE TABLE IF NOT EXISTS "document_version" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "document_id" INTEGER NOT NULL,
        "content_hash" VARCHAR(255) NOT NULL,
        "path" TEXT NOT NULL,
        "imported_at" DATETIME NOT NULL,
        FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE)
    """,
    'CREATE INDEX IF NOT EXISTS "document_version_document_id" '
    'ON "document_version" ("document_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "document_version_content_hash" '
    'ON "document_version" ("content_hash")',
    # The versions known so far: the one each document holds now.
    'INSERT INTO "document_version" ("document_id", "content_hash", "path", "imported_at") '
    'SELECT "id", "content_hash", "path", "imported_at" FROM "document"',
)


def _to_v3(db: pw.Database, progress: Progress) -> None:
    """v3: suggestions that an imported document fulfils open commitments (tracker/hints.py),
    and the versions of each document read so far. Documents imported before get no
    suggestions: they are made when a document comes in."""
    for statement in _V3_SUGGESTION + _V3_DOCUMENT_VERSION:
        db.execute_sql(statement)


def _to_v4(db: pw.Database, progress: Progress) -> None:
    """v4: the audit trail (`Change`): who changed which commitment, when and how.
    Changes made before have no entry; their status history stays where it was."""

    # The table as version 4 made it (not the current model, which may move on).
    class Change(pw.Model):
        commitment_id = pw.IntegerField(index=True)
        version = pw.IntegerField(null=True)
        changed_at = pw.DateTimeField(default=now)
        changed_by = pw.CharField(default="")
        what = pw.CharField()
        old_value = pw.TextField(null=True)
        new_value = pw.TextField(null=True)
        note = pw.TextField(default="")
        evidence = pw.TextField(default="")
        via = pw.CharField(default="")

        class Meta:
            database = db
            table_name = "change"

    db.create_tables([Change], safe=True)


def _to_v5(db: pw.Database, progress: Progress) -> None:
    """v5: what the fulfilment hints know of each document (`DocumentFacts`, `Citation`,
    `CueWord`) and the index of title words (`TitleWord`), so that an import compares
    itself with the register through indexes; filled here for everything stored before.
    Indexes on the document's official id and dossier and number, by which an import
    finds the earlier versions of its document."""
    # Here, not at the top: it reads documents (tracker.letters), which opening a
    # database at the current schema never needs.
    from tracker.store import hint_queries

    # The tables as version 5 made them (not the current models, which may move on).
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Document(Base):  # only as the target of the foreign keys
        pass

    class DocumentFacts(Base):
        document = pw.ForeignKeyField(Document, primary_key=True, on_delete="CASCADE")
        kind = pw.CharField()
        dossier = pw.CharField(null=True, index=True)
        letter_dossier = pw.CharField(null=True, index=True)
        letter_date = pw.DateField(null=True)
        number = pw.CharField(null=True)
        official_id = pw.CharField(null=True, index=True)
        document_date = pw.DateField(null=True, index=True)
        answer_date = pw.DateField(null=True, index=True)
        facts = pw.TextField()

    class Citation(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        term = pw.CharField(index=True)

    class CueWord(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        sentence = pw.IntegerField()
        key = pw.CharField(index=True)

    class TitleWord(Base):
        commitment_id = pw.IntegerField(index=True)
        word = pw.IntegerField()
        words = pw.IntegerField()
        key = pw.CharField(index=True)

    db.create_tables([DocumentFacts, Citation, CueWord, TitleWord], safe=True)
    migrate(
        *(
            SchemaMigrator.from_database(db).add_index("document", columns)
            for columns in (("official_id",), ("dossier", "number"))
        )
    )
    hint_queries.remember_all(db, progress)
    title_words.rebuild(db)


def _to_v6(db: pw.Database, progress: Progress) -> None:
    """v6: whether a document's answer date was given by the user (`answer_date_given`).
    Documents stored before count as dating themselves: a date given with
    `--reference-date` before version 6 cannot be told from the document's own."""
    migrate(
        SchemaMigrator.from_database(db).add_column(
            "document",
            "answer_date_given",
            # The field as version 6 made it (not the current model, which may move on).
            pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")]),
            allow_not_null=True,
        )
    )


def _to_v7(db: pw.Database, progress: Progress) -> None:
    """v7: following the House's open data and syncing from it (`tracker sync`): the
    follows, each feed's watermark, the entities to try again; on a document its open
    data Id; on a commitment its kind (written, or oral from the House's register of
    Toezeggingen) and the House's Id, number, status, suggested status and debate."""

    # The tables and columns as version 7 made them (not the current models).
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Follow(Base):
        kind = pw.CharField()
        value = pw.CharField()

        class Meta:
            indexes = ((("kind", "value"), True),)

    class SyncState(Base):
        feed = pw.CharField(unique=True)
        watermark = pw.CharField(null=True)
        finished_at = pw.DateTimeField(null=True)

    class SyncRetry(Base):
        feed = pw.CharField()
        house_id = pw.CharField()
        reason = pw.TextField(default="")
        tries = pw.IntegerField(default=1)
        created_at = pw.DateTimeField(default=now)

        class Meta:
            indexes = ((("feed", "house_id"), True),)

    db.create_tables([Follow, SyncState, SyncRetry], safe=True)
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("document", "house_id", pw.CharField(null=True)),
        migrator.add_index("document", ("house_id",)),
        migrator.add_column(
            "commitment",
            "kind",
            pw.CharField(default="schriftelijk", constraints=[pw.SQL("DEFAULT 'schriftelijk'")]),
            allow_not_null=True,
        ),
        migrator.add_column("commitment", "house_id", pw.CharField(null=True)),
        migrator.add_index("commitment", ("house_id",), unique=True),
        migrator.add_column("commitment", "house_number", pw.CharField(null=True)),
        migrator.add_index("commitment", ("house_number",)),
        migrator.add_column("commitment", "house_status", pw.CharField(null=True)),
        migrator.add_column("commitment", "house_status_suggestion", pw.CharField(null=True)),
        migrator.add_column("commitment", "debate", pw.TextField(null=True)),
        migrator.add_column("commitment", "house_evidence", pw.TextField(null=True)),
    )


def _to_v8(db: pw.Database, progress: Progress) -> None:
    """v8: indexes that hold every column the filter panel's counts read, so each
    count is one pass along an index instead of several over the table."""
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_index(
            "commitment", ("status", "review_state", "ministry", "actor", "due_date")
        ),
        migrator.add_index("source", ("commitment_id", "faction")),
        migrator.add_index("source", ("document_id", "commitment_id")),
    )


def _to_v9(db: pw.Database, progress: Progress) -> None:
    """v9: indexes that hold what their look-ups read. The hints' word indexes (the key,
    then the commitment or document and the word or sentence), so a common key is read
    along the index alone, not row by row (they replace the indexes of the key alone);
    and the sources by faction in commitment order and each commitment's documents, so
    that the filter panel counts the sources of every commitment along one index and
    takes away those of the commitments the filter leaves out (store/filters.py)."""
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.drop_index("title_word", "title_word_key"),
        migrator.add_index("title_word", ("key", "commitment_id", "word", "words")),
        migrator.drop_index("cue_word", "cue_word_key"),
        migrator.add_index("cue_word", ("key", "document_id", "sentence")),
        migrator.add_index("source", ("faction", "commitment_id")),
        migrator.add_index("source", ("commitment_id", "document_id")),
    )


def _to_v10(db: pw.Database, progress: Progress) -> None:
    """v10: who acted as the database login (`login`) beside the display name, on the
    audit trail and the status history. On PostgreSQL the server fills it itself
    (tracker/store/roles.py); rows written before have none (the display name stays)."""
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("change", "login", pw.CharField(null=True)),
        migrator.add_column("status_change", "login", pw.CharField(null=True)),
    )
    roles.install_login_stamp(db)


def _to_v11(db: pw.Database, progress: Progress) -> None:
    """v11: on PostgreSQL, each commitment's text folded for search, kept in a table of
    its own (`search.SEARCH_TABLE`): a search no longer folds every commitment's text
    in SQL (about 30 s at 100,000 commitments). SQLite keeps its FTS5 index."""
    if is_postgres(db) and search.create_index(db):
        search.rebuild(db)


# version N -> function that migrates a database at version N-1 to version N
STEPS: dict[int, Callable[[pw.Database, Progress], None]] = {
    2: _to_v2,
    3: _to_v3,
    4: _to_v4,
    5: _to_v5,
    6: _to_v6,
    7: _to_v7,
    8: _to_v8,
    9: _to_v9,
    10: _to_v10,
    11: _to_v11,
}


# Columns of the current models that a schema version added: a step before it that
# goes through the models (v5 reads the documents with `hint_queries.remember`) must not
# select them. version -> [(model, field name)]
ADDED_COLUMNS: dict[int, list[tuple[type[pw.Model], str]]] = {
    6: [(Document, "answer_date_given")],
    7: [
        (Document, "house_id"),
        *(
            (Commitment, name)
            for name in (
                "kind",
                "house_id",
                "house_number",
                "house_status",
                "house_status_suggestion",
                "debate",
                "house_evidence",
            )
        ),
    ],
}


@contextmanager
def _models_at(version: int) -> Iterator[None]:
    """The models without the columns that later versions added, while the step to
    `version` runs."""
    hidden = [
        (model, name, model._meta.fields[name])
        for later, columns in ADDED_COLUMNS.items()
        if later > version
        for model, name in columns
    ]
    for model, name, _ in hidden:
        model._meta.remove_field(name)
    try:
        yield
    finally:
        for model, name, field in hidden:
            model._meta.add_field(name, field)


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the app; `found` is its schema
    version. The message names both versions (see `too_new_message`)."""

    def __init__(self, message: str, *, found: int | None = None) -> None:
        super().__init__(message)
        self.found = found


class MigrationRefused(Exception):
    """The register needs a migration that this login may not run: on PostgreSQL only the
    owner of its tables (a beheerder, once `tracker db roles` has run) may change them.
    Nothing was changed; `found` is its schema version."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"the register has schema {found} and needs a migration to {SCHEMA_VERSION},"
            " which only a beheerder (the owner of its tables) may run"
        )
        self.found = found


def too_new_message(found: int) -> str:
    """Why a database at schema `found` is refused: both versions, and what to do."""
    from tracker import __version__

    return (
        f"made by a newer version of the tracker (schema {found}); this is version"
        f" {__version__} (schema {SCHEMA_VERSION}): update the app"
    )


def current_version(db: pw.Database) -> int | None:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return None
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else None


def run_migrations(db: pw.Database | None = None, progress: Progress | None = None) -> int:
    """Create or upgrade the schema; returns the version the database is now at.
    `progress` is told how far a long step is (documents done, of how many)."""
    db = db or DB.obj
    progress = progress or _no_progress
    version = current_version(db)
    if version == SCHEMA_VERSION:
        return version
    _check_not_too_new(version)
    with _migration_lock(db):
        # Another client may have done the work while this one waited for the lock.
        version = current_version(db)
        if version is None:
            db.create_tables(MODELS)
            search.create_index(db)
            roles.install_login_stamp(db)  # PostgreSQL: the server says who acted
            SchemaVersion.create(version=SCHEMA_VERSION)
            changes.install_notify(db)  # PostgreSQL: others' windows hear of changes
            log.info("created database schema version %s", SCHEMA_VERSION)
            return SCHEMA_VERSION
        _check_not_too_new(version)
        if isinstance(db, pw.PostgresqlDatabase) and version < FIRST_POSTGRESQL_VERSION:
            raise SchemaTooNewError(  # cannot happen: no app wrote such a database
                f"the PostgreSQL database has schema version {version}, older than"
                f" PostgreSQL support ({FIRST_POSTGRESQL_VERSION}): it was not made by this app"
            )
        if not roles.permissions(db).may_migrate:
            raise MigrationRefused(version)
        while version < SCHEMA_VERSION:
            step = STEPS[version + 1]
            with db.atomic(), _models_at(version + 1):
                step(db, progress)
                SchemaVersion.update(version=version + 1, changed_at=now()).execute()
            version += 1
            log.info("migrated database to schema version %s", version)
        roles.refresh_after_migration(db)  # the rights of lezer, medewerker, beheerder
        changes.install_notify(db)  # and on the tables a step added
    return version


def _check_not_too_new(version: int | None) -> None:
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaTooNewError(too_new_message(version), found=version)


def _migration_lock(db: pw.Database):
    """A transaction that only one client at a time gets to create or migrate in."""
    if isinstance(db, pw.PostgresqlDatabase):
        return _PostgresMigrationLock(db)
    if isinstance(db, pw.SqliteDatabase):
        return db.atomic("IMMEDIATE")
    return db.atomic()


class _PostgresMigrationLock:
    """`db.atomic()` that first takes the migration's advisory lock (released at the
    end of the transaction), waiting for a client that holds it."""

    def __init__(self, db: pw.PostgresqlDatabase) -> None:
        self.db = db
        self.transaction = db.atomic()

    def __enter__(self) -> None:
        self.transaction.__enter__()
        self.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))

    def __exit__(self, *exc_info) -> bool | None:
        return self.transaction.__exit__(*exc_info)
