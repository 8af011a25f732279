"""Storage: import, listing, overdue, marking, due-date overrides and migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from factories import make_commitment, make_document

from tracker.store import queries
from tracker.store.connection import close_database, open_database, resolve_db_path
from tracker.store.migrations import SCHEMA_VERSION, SchemaTooNewError
from tracker.store.models import Commitment, Source, StatusChange

AS_OF = dt.date(2026, 11, 28)


def _import_three():
    doc = make_document()
    items = [
        make_commitment("Evaluatie praktijkleren", dt.date(2022, 12, 31)),
        make_commitment("Agenda opleveren", dt.date(2027, 6, 30), faction="D66"),
        make_commitment("Kamer informeren", None),
    ]
    return queries.import_document(doc, items)


def test_import_stores_document_commitments_and_sources(db):
    result = _import_three()
    assert result.commitments == 3 and not result.skipped
    assert Commitment.select().count() == 3
    assert Source.select().count() == 3
    row = queries.list_commitments()[0]
    assert row.reference == "Kamerstuk 32 637, nr. 999"
    assert row.url == "https://zoek.officielebekendmakingen.nl/kst-32637-999.html"


def test_importing_the_same_content_twice_is_skipped(db):
    _import_three()
    again = queries.import_document(make_document(), [make_commitment("X", None)])
    assert again.skipped
    assert Commitment.select().count() == 3


def test_overdue_lists_only_open_commitments_due_before_the_day(db):
    _import_three()
    overdue = queries.list_commitments(overdue=True, as_of=AS_OF)
    assert [r.title for r in overdue] == ["Evaluatie praktijkleren"]
    assert overdue[0].days_overdue(AS_OF) == (AS_OF - dt.date(2022, 12, 31)).days


def test_a_commitment_due_today_is_not_overdue(db):
    queries.import_document(make_document(), [make_commitment("Vandaag", AS_OF)])
    assert queries.list_commitments(overdue=True, as_of=AS_OF) == []


def test_list_orders_by_due_date_with_undated_last(db):
    _import_three()
    assert [r.due for r in queries.list_commitments()] == [
        dt.date(2022, 12, 31),
        dt.date(2027, 6, 30),
        None,
    ]


def test_mark_fulfilled_records_history_and_leaves_overdue_list(db):
    _import_three()
    target = queries.list_commitments(overdue=True, as_of=AS_OF)[0]
    row = queries.mark(
        target.id,
        "fulfilled",
        note="Brief ontvangen",
        evidence="Kamerstuk 32 637, nr. 460",
        who="anna",
    )
    assert row.status == "fulfilled"
    assert [
        (h.from_status, h.to_status, h.changed_by, h.note, h.evidence) for h in row.history
    ] == [("open", "fulfilled", "anna", "Brief ontvangen", "Kamerstuk 32 637, nr. 460")]
    assert row.latest_evidence == "Kamerstuk 32 637, nr. 460"
    assert queries.list_commitments(overdue=True, as_of=AS_OF) == []


def test_mark_unknown_commitment_or_status_is_refused_and_changes_nothing(db):
    _import_three()
    with pytest.raises(queries.StoreError, match="no commitment 999"):
        queries.mark(999, "fulfilled")
    first = queries.list_commitments()[0]
    with pytest.raises(queries.StoreError, match="unknown status"):
        queries.mark(first.id, "done")
    assert StatusChange.select().count() == 0


def test_due_override_keeps_phrase_and_extracted_date_and_can_be_reset(db):
    _import_three()
    first = queries.list_commitments()[0]
    row = queries.set_due(first.id, dt.date(2027, 1, 15))
    assert row.due == dt.date(2027, 1, 15) and row.due_overridden
    assert row.due_extracted == dt.date(2022, 12, 31)
    assert row.due_text == "31-12-2022"
    row = queries.set_due(first.id, None)
    assert row.due == dt.date(2022, 12, 31) and not row.due_overridden


@pytest.mark.sqlite_only
def test_database_has_wal_foreign_keys_and_schema_version(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_database_from_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(path)
    close_database()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError, match=str(SCHEMA_VERSION + 1)):
        open_database(path)
    close_database()


def test_db_path_from_option_then_environment_then_user_data_dir(tmp_path, monkeypatch):
    assert resolve_db_path(tmp_path / "a.sqlite") == tmp_path / "a.sqlite"
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.sqlite"))
    assert resolve_db_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv("TRACKER_DB")
    default = resolve_db_path(None)
    assert default.name == "tracker.sqlite" and "commitment-tracker" in str(default)


def test_reading_one_commitment_reads_its_own_documents_not_the_whole_register(db):
    """After each mark, review or due date the window reads the changed row again: that
    must not read every document of the register (5,000 rows in a parliamentary year)."""
    import logging

    for n in range(30):
        queries.import_document(
            make_document(f"hash-{n}", number=str(n), official_id=f"kst-32637-{n}"),
            [make_commitment(f"Brief {n}", None)],
        )
    wanted = next(r for r in queries.list_commitments() if r.title == "Brief 7")
    statements: list[str] = []

    class Statements(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            statements.append(" ".join(str(record.msg[0]).split()))

    logger = logging.getLogger("peewee")
    handler, level = Statements(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        row = queries.get_commitment(wanted.id)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert (row.title, row.reference, row.sources[0].reference) == (
        "Brief 7",
        wanted.reference,
        wanted.reference,
    )
    every_document = [s for s in statements if s.endswith("FROM document")]
    assert every_document == []
