"""Databases written by every released schema open, are backed up before they are
migrated, and keep every row: statuses, notes, manual commitments, dates set by hand,
suggestions. A database from a newer app is refused and left as it is.

The fixtures in tests/data/schemas/ were written by the models of their time
(make_v1.py, make_v2.py, make_v3.py, make_v4.py).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from factories import make_commitment, make_document

from tracker import __version__, cli
from tracker.hints import suggest_for_document
from tracker.importing import import_file
from tracker.store import audit, queries, suggestions
from tracker.store.backup import backup_folder, list_backups
from tracker.store.connection import close_database, open_database
from tracker.store.migrations import SCHEMA_VERSION, SchemaTooNewError
from tracker.store.models import Document
from tracker.store.roles import os_login
from tracker.words import content_words

pytestmark = pytest.mark.sqlite_only

SCHEMAS = Path(__file__).parent / "data" / "schemas"
RELEASED = [1, 2, 3, 4]


def read(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def tables(path: Path) -> dict[str, list[str]]:
    """The plain tables of a file (not the search index) and their columns."""
    names = [
        name
        for (name,) in read(
            path,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'commitment_fts%'",
        )
    ]
    return {name: [row[1] for row in read(path, f'PRAGMA table_info("{name}")')] for name in names}


def content(path: Path, columns_of: dict[str, list[str]]) -> dict[str, set[tuple]]:
    """Every row of the given tables, restricted to the given columns."""
    selected = {
        table: ", ".join(f'"{c}"' for c in columns) for table, columns in columns_of.items()
    }
    return {
        table: set(read(path, f'SELECT {selected[table]} FROM "{table}"'))
        for table in columns_of
        if table != "schema_version"
    }


def fixture_copy(tmp_path: Path, version: int) -> Path:
    path = tmp_path / "tracker.sqlite"
    shutil.copy(SCHEMAS / f"v{version}.sqlite", path)
    return path


@pytest.mark.parametrize("version", RELEASED)
def test_a_released_schema_is_backed_up_then_migrated_keeping_every_row(tmp_path, version):
    path = fixture_copy(tmp_path, version)
    old_columns = tables(path)
    before = content(path, old_columns)
    assert read(path, "SELECT version FROM schema_version") == [(version,)]
    assert before["status_change"], "the fixture holds status changes with notes"

    open_database(path)
    close_database()

    assert read(path, "SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
    # Every row of every old table, column for column, is still there.
    assert content(path, old_columns) == before

    backups = [b for b in list_backups(path) if b.kind == "premigration"]
    assert len(backups) == 1
    kept = backups[0]
    assert kept.from_version == version == kept.schema_version
    assert kept.path.parent == backup_folder(path)
    assert f"premigration-v{version}" in kept.name
    assert read(kept.path, "SELECT version FROM schema_version") == [(version,)]
    assert tables(kept.path) == old_columns
    assert content(kept.path, old_columns) == before


def test_version_1_keeps_its_statuses_and_notes_through_the_app(tmp_path):
    open_database(fixture_copy(tmp_path, 1))
    try:
        rows = {r.title: r for r in queries.list_commitments()}
        done = queries.get_commitment(rows["Agenda gelijke kansen"].id)
        assert done.status == "fulfilled"
        assert [(h.note, h.evidence) for h in done.history] == [
            ("Brief ontvangen", "Kamerstuk 32 637, nr. 460")
        ]
    finally:
        close_database()


def test_version_3_keeps_manual_edits_history_and_suggestions_through_the_app(tmp_path):
    open_database(fixture_copy(tmp_path, 3))
    try:
        rows = {r.title: r for r in queries.list_commitments()}
        assert {t: r.status for t, r in rows.items()} == {
            "Evaluatie subsidie Praktijkleren": "open",
            "Agenda gelijke kansen": "fulfilled",
            "Monitor stageplaatsen": "partial",
            "Kamer informeren over stages": "lapsed",
            "Reactie op motie-Van der Lee": "open",
            "Gesprek met de regio's": "open",
            "Brief over het mkb-actieplan": "open",
        }
        assert rows["Reactie op motie-Van der Lee"].review_state == "rejected"
        monitor = queries.get_commitment(rows["Monitor stageplaatsen"].id)
        assert monitor.due.isoformat() == "2022-03-31" and monitor.due_overridden
        lapsed = queries.get_commitment(rows["Kamer informeren over stages"].id)
        assert [(h.to_status, h.note) for h in lapsed.history] == [
            ("fulfilled", "Te vroeg afgevinkt"),
            ("lapsed", "Vervallen na kabinetswisseling"),
        ]
        assert rows["Gesprek met de regio's"].manual
        pending = suggestions.list_pending()
        assert [s.commitment_title for s in pending] == ["Evaluatie subsidie Praktijkleren"]
        # The migrated register takes changes as any other.
        queries.mark(rows["Brief over het mkb-actieplan"].id, "fulfilled", note="Ontvangen")
    finally:
        close_database()


def test_version_4_keeps_its_audit_trail_through_the_app(tmp_path):
    open_database(fixture_copy(tmp_path, 4))
    try:
        rows = {r.title: r for r in queries.list_commitments()}
        monitor = rows["Monitor stageplaatsen"].id
        assert [
            (c.version, c.changed_by, c.what, c.old, c.new) for c in audit.changes_of(monitor)
        ] == [
            (2, "bram", "due", "2021-12-31", "2022-03-31"),
            (3, "bram", "status", "open", "partial"),
        ]
        agenda = audit.changes_of(rows["Agenda gelijke kansen"].id)
        assert [(c.what, c.evidence, c.via) for c in agenda] == [
            ("status", "Kamerstuk 32 637, nr. 460", "suggestion")
        ]
        # The trail of the deleted commitment (id 2, see make_v4.py) outlives it.
        deleted = [c for c in audit.changes_for([2])[2] if c.what == "delete"]
        assert [c.old for c in deleted] == ["Evaluatie van de subsidieregeling Praktijkleren"]
        # A change made after the migration follows the trail of its time.
        queries.mark(monitor, "fulfilled", note="Tweede deel ontvangen", who="dirk")
        assert [(c.version, c.what, c.new) for c in audit.changes_of(monitor, since_version=3)] == [
            (4, "status", "fulfilled")
        ]
    finally:
        close_database()


# A letter as staff import it after the migration: it keeps the promise of the
# answer in the fixtures (Kamerstuk 32 637, nr. 448) to evaluate Praktijkleren.
LATER_LETTER = """**32 637**

**Nr. 470**

**BRIEF VAN DE STAATSSECRETARIS VAN ECONOMISCHE ZAKEN EN KLIMAAT**

Den Haag, 14 december 2022

Zoals toegezegd in het schriftelijk overleg (Kamerstuk 32 637, nr. 448) stuur ik u
hierbij de evaluatie van de subsidieregeling Praktijkleren.
"""


@pytest.mark.parametrize("version", [3, 4])
def test_a_migrated_register_knows_its_documents_and_titles_for_the_hints(tmp_path, version):
    path = fixture_copy(tmp_path, version)
    open_database(path)
    try:
        documents = {i for (i,) in read(path, "SELECT id FROM document")}
        assert documents
        assert {i for (i,) in read(path, "SELECT document_id FROM document_facts")} == documents
        titled = {
            cid
            for cid, title in read(path, "SELECT id, title FROM commitment")
            if content_words(title)
        }
        assert titled
        assert {i for (i,) in read(path, "SELECT commitment_id FROM title_word")} == titled

        letter = tmp_path / "kst-32637-470.md"
        letter.write_text(LATER_LETTER, encoding="utf-8")
        result = import_file(letter)
        assert result.error is None, result.error
        new = Document.get(Document.path == str(letter)).id
        assert [s.commitment_title for s in suggestions.list_pending(new)] == [
            "Evaluatie subsidie Praktijkleren"
        ]
        [row] = suggestions.list_pending(new)
        assert row.reason == "zoals_toegezegd"
        assert row.matched_reference == "Kamerstuk 32 637, nr. 448"
        assert suggest_for_document(new) == 0  # made once, on import
    finally:
        close_database()


@pytest.fixture
def from_a_newer_app(tmp_path) -> Path:
    """The v3 fixture as an app with the next schema would have left it."""
    path = fixture_copy(tmp_path, 3)
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    return path


def test_a_long_migration_says_how_far_it_is(tmp_path):
    """Bringing a register to schema 5 reads every document once: the caller is told
    how many are done, of how many, so that the window can show it."""
    path = tmp_path / "v4.sqlite"
    shutil.copy(SCHEMAS / "v4.sqlite", path)
    reports: list[tuple[int, int]] = []
    open_database(path, on_progress=lambda done, total: reports.append((done, total)))
    try:
        assert reports and reports[-1] == (2, 2)
    finally:
        close_database()


def test_a_database_from_a_newer_app_is_refused_naming_both_versions(from_a_newer_app):
    before = hashlib.sha256(from_a_newer_app.read_bytes()).hexdigest()

    with pytest.raises(SchemaTooNewError) as error:
        open_database(from_a_newer_app)
    message = str(error.value)
    assert str(from_a_newer_app) in message
    assert f"schema {SCHEMA_VERSION + 1}" in message
    assert f"version {__version__} (schema {SCHEMA_VERSION})" in message
    assert hashlib.sha256(from_a_newer_app.read_bytes()).hexdigest() == before
    assert not backup_folder(from_a_newer_app).exists()


def test_the_command_line_refuses_a_newer_database_with_both_versions(from_a_newer_app, capsys):
    assert cli.main(["--db", str(from_a_newer_app), "list"]) == 1
    err = capsys.readouterr().err
    assert f"schema {SCHEMA_VERSION + 1}" in err and f"(schema {SCHEMA_VERSION})" in err
    assert "update the app" in err


def test_schema_6_says_the_dates_of_documents_stored_before_are_their_own(tmp_path):
    """Documents stored before schema 6 date themselves (`answer_date_given` false):
    a date given with --reference-date before then cannot be told from their own."""
    path = fixture_copy(tmp_path, 4)
    open_database(path)
    try:
        documents = queries.list_documents()
        assert documents and not any(d.answer_date_given for d in documents)
        assert all(d.dates_itself == (d.answer_date is not None) for d in documents)
    finally:
        close_database()
    assert "answer_date_given" in tables(path)["document"]


def test_schema_7_adds_following_and_oral_commitments_keeping_every_commitment_written(tmp_path):
    """Schema 7 (syncing from the House's open data): the follows and each feed's
    watermark are kept in the register; the commitments stored before are written ones."""
    path = fixture_copy(tmp_path, 4)
    open_database(path)
    try:
        rows = queries.list_commitments()
        assert rows and {r.kind for r in rows} == {"schriftelijk"}
        assert not any(r.house_number or r.house_status for r in rows)
    finally:
        close_database()
    columns = tables(path)
    assert {"follow", "sync_state"} <= set(columns)
    assert {"kind", "house_id", "house_number", "house_status", "debate"} <= set(
        columns["commitment"]
    )
    assert "house_id" in columns["document"]


def upgraded_and_fresh(tmp_path: Path) -> tuple[Path, Path]:
    """A register of schema 4 brought to the current schema, and a new one."""
    path = fixture_copy(tmp_path, 4)
    open_database(path)
    close_database()
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh)
    close_database()
    return path, fresh


def index_definitions(path: Path) -> set[tuple[str, str]]:
    return set(read(path, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql != ''"))


def test_schema_8_gives_an_upgraded_register_the_filter_count_indexes_of_a_new_one(tmp_path):
    """Schema 8: the filter panel counts along indexes that hold every column they read;
    a register made before gets the same indexes as a new one."""
    path, fresh = upgraded_and_fresh(tmp_path)
    upgraded = index_definitions(path)
    names = {name for name, _sql in upgraded}
    assert {
        "commitment_status_review_state_ministry_actor_due_date",
        "source_commitment_id_faction",
        "source_document_id_commitment_id",
    } <= names
    assert {d for d in index_definitions(fresh) if d[0] in names} == {
        d for d in upgraded if d[0] in {n for n, _ in index_definitions(fresh)}
    }


def test_schema_9_gives_an_upgraded_register_the_word_indexes_of_a_new_one(tmp_path):
    """Schema 9: the hints' word look-ups read a common key along one index (key, then
    what they return) instead of row by row; a register made before gets exactly the
    indexes of a new one on those tables, and the indexes of the key alone are gone."""
    path, fresh = upgraded_and_fresh(tmp_path)

    def word_indexes(p: Path) -> set[tuple[str, str]]:
        return {d for d in index_definitions(p) if d[0].startswith(("title_word", "cue_word"))}

    names = {name for name, _sql in word_indexes(path)}
    assert {"title_word_key_commitment_id_word_words", "cue_word_key_document_id_sentence"} <= names
    assert not {"title_word_key", "cue_word_key"} & names
    assert word_indexes(path) == word_indexes(fresh)


def test_schema_9_gives_an_upgraded_register_the_source_count_indexes_of_a_new_one(tmp_path):
    """Schema 9: the filter panel counts the sources by faction in commitment order and
    the documents of each commitment along indexes; a register made before gets them."""
    path, fresh = upgraded_and_fresh(tmp_path)
    names = {"source_faction_commitment_id", "source_commitment_id_document_id"}
    upgraded = {d for d in index_definitions(path) if d[0] in names}
    assert {name for name, _sql in upgraded} == names
    assert {d for d in index_definitions(fresh) if d[0] in names} == upgraded


def test_version_9_gains_who_acted_as_a_login_beside_the_display_name(tmp_path, monkeypatch):
    """Schema 10 adds the login to the trail and the history; rows written before keep
    their display name alone. On SQLite the login is the operating-system user."""
    path = tmp_path / "tracker.sqlite"
    open_database(path)
    queries.import_document(make_document(), [make_commitment("Brief over logins", None)])
    (cid,) = [r.id for r in queries.list_commitments()]
    queries.mark(cid, "partial", who="Anna")
    close_database()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE change DROP COLUMN login")
    con.execute("ALTER TABLE status_change DROP COLUMN login")
    con.execute("UPDATE schema_version SET version = 9")
    con.commit()
    con.close()

    monkeypatch.setenv("TRACKER_USER", "Anna de Vries")
    open_database(path)
    try:
        queries.mark(cid, "fulfilled")
        row = queries.get_commitment(cid)
    finally:
        close_database()
    assert read(path, "SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
    assert [(h.login, h.who) for h in row.history] == [
        (None, "Anna"),
        (os_login(), f"{os_login()} (Anna de Vries)"),
    ]
    status = [c for c in row.changes if c.what == "status"]
    assert [(c.login, c.changed_by) for c in status] == [
        (None, "Anna"),
        (os_login(), "Anna de Vries"),
    ]
