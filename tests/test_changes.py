"""Learning that someone else changed the register: SQLite's data version, PostgreSQL's
notifications, and the stamp that polling falls back on."""

from __future__ import annotations

import threading

import peewee as pw
import pytest
from factories import make_commitment, make_document

from tracker import clock
from tracker.store import changes
from tracker.store.queries import import_document, list_commitments, mark

TODAY = clock.today()


@pytest.fixture
def pg_db(postgres_server):
    """A fresh register on the test PostgreSQL server (skipped, with the reason, without one)."""
    from tracker.store.connection import close_database, open_database

    database = open_database(postgres_server.reset())
    yield database
    close_database()


def fill_register() -> list[int]:
    """Two commitments in the bound database; their ids."""
    import_document(
        make_document(),
        [
            make_commitment("Brief over stageplaatsen", TODAY, faction="VVD"),
            make_commitment("Evaluatie subsidie Praktijkleren", None, faction="D66"),
        ],
    )
    return [row.id for row in list_commitments()]


@pytest.fixture
def register(db) -> list[int]:
    return fill_register()


def second_connection(db: pw.Database) -> pw.Database:
    """Another client of the same database (another colleague's app)."""
    other = type(db)(db.database, **db.connect_params)
    other.connect()
    return other


def other_client_renames(db: pw.Database, commitment_id: int, title: str) -> None:
    other = second_connection(db)
    try:
        with other.atomic():
            other.execute_sql(
                f"UPDATE commitment SET title = {other.param} WHERE id = {other.param}",
                (title, commitment_id),
            )
    finally:
        other.close()


@pytest.mark.sqlite_only
def test_sqlite_sees_a_commit_of_another_connection_but_not_its_own(db, register):
    poller = changes.DataVersionPoller(db)
    assert not poller.changed()

    other_client_renames(db, register[0], "Brief over stageplaatsen (herzien)")
    assert poller.changed()
    assert not poller.changed(), "the same change is reported once"

    mark(register[1], "fulfilled", note="eigen wijziging")  # this connection's own write
    assert not poller.changed()


@pytest.mark.sqlite_only
def test_sqlite_acknowledge_takes_what_changed_so_far_as_seen(db, register):
    poller = changes.DataVersionPoller(db)
    other_client_renames(db, register[0], "Nieuwe titel")
    poller.acknowledge()
    assert not poller.changed()


def test_the_stamp_changes_with_every_kind_of_change_by_others(db, register):
    poller = changes.StampPoller(db)
    assert not poller.changed()
    other = second_connection(db)
    p = other.param
    try:
        other.execute_sql(
            f"UPDATE commitment SET version = version + 1 WHERE id = {p}", (register[0],)
        )
        assert poller.changed(), "an edit (new version)"
        other.execute_sql(f"UPDATE commitment SET status = 'lapsed' WHERE id = {p}", (register[1],))
        assert poller.changed(), "a status"
        other.execute_sql(f"DELETE FROM source WHERE commitment_id = {p}", (register[1],))
        assert poller.changed(), "a deletion"
        assert not poller.changed()
    finally:
        other.close()


def test_open_change_source_picks_the_way_of_the_backend(db, backend):
    source = changes.open_change_source(db)
    try:
        if backend == "sqlite":
            assert isinstance(source, changes.DataVersionPoller)
        else:
            assert isinstance(source, changes.NotifyListener)
    finally:
        source.close()


def test_a_new_postgresql_register_notifies_every_table(pg_db):
    assert changes.notify_installed(pg_db)
    assert changes.install_notify(pg_db) == [], "installing again changes nothing"


def test_postgresql_notify_arrives_after_another_connections_commit(pg_db):
    db, register = pg_db, fill_register()
    listener = changes.NotifyListener(db)
    listener.ignore_backend(changes.backend_pid(db))
    try:
        assert not listener.wait(0.2)
        mark(register[1], "fulfilled", note="eigen wijziging")  # own: ignored
        assert not listener.wait(0.5)

        # The other client commits from another thread while the listener waits.
        writer = threading.Timer(
            0.3, other_client_renames, (db, register[0], "Brief over stageplaatsen (herzien)")
        )
        writer.start()
        try:
            assert listener.wait(10), "no notification within 10 s"
        finally:
            writer.join()
        assert not listener.wait(0.2), "one commit, one report"
    finally:
        listener.close()


def test_postgresql_without_triggers_falls_back_to_polling(pg_db):
    db, register = pg_db, fill_register()
    db.execute_sql(f'DROP TRIGGER {changes.NOTIFY_TRIGGER} ON "commitment"')
    try:
        source = changes.open_change_source(db)
        try:
            assert isinstance(source, changes.StampPoller)
            mark(register[1], "lapsed", note="")  # bumps the version: the stamp moves
            assert source.changed()
        finally:
            source.close()
    finally:
        assert changes.install_notify(db) == ["commitment"]  # as the next test expects
