"""The audit trail records who made each change to a commitment, and when: status,
review, due date, title, ministry, actor, merge, delete, undo, suggestions, imports."""

from __future__ import annotations

import datetime as dt
import getpass
import shutil
from pathlib import Path

import pytest
from factories import make_commitment, make_document

from tracker.cli import main
from tracker.store import queries, suggestions
from tracker.store.audit import changes_of, current_user
from tracker.store.connection import close_database, open_database
from tracker.store.migrations import SCHEMA_VERSION
from tracker.store.models import Change, Document
from tracker.store.suggestions import Hint

DAY = dt.date(2026, 5, 1)
SCHEMAS = Path(__file__).parent / "data" / "schemas"


@pytest.fixture
def two(db) -> list[int]:
    queries.import_document(
        make_document(),
        [make_commitment("Brief over stageplaatsen", DAY), make_commitment("Rapport", None)],
    )
    return [r.id for r in queries.list_commitments()]


def trail(commitment_id: int) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.changed_by, c.what, c.old, c.new) for c in changes_of(commitment_id)]


def test_every_kind_of_edit_records_who_and_the_old_and_new_value(two):
    cid = two[0]
    queries.mark(cid, "partial", note="Deel 1", evidence="Kamerstuk 32 637, nr. 460", who="ann")
    queries.set_review_state(cid, "confirmed", who="bob")
    queries.set_due(cid, dt.date(2026, 9, 1), who="carla")
    queries.update_commitment(
        cid, title="Brief over BBL", ministry="SZW", actor="Minister van SZW", who="dirk"
    )
    queries.set_due(cid, None, who="eva")  # back to the date read from the text

    assert trail(cid) == [
        ("ann", "status", "open", "partial"),
        ("bob", "review", "to_review", "confirmed"),
        ("carla", "due", "2026-05-01", "2026-09-01"),
        ("dirk", "title", "Brief over stageplaatsen", "Brief over BBL"),
        ("dirk", "ministry", "OCW", "SZW"),
        ("dirk", "actor", "Minister van OCW", "Minister van SZW"),
        ("eva", "due", "2026-09-01", "2026-05-01"),
    ]
    first = changes_of(cid)[0]
    assert (first.note, first.evidence) == ("Deel 1", "Kamerstuk 32 637, nr. 460")
    assert isinstance(first.changed_at, dt.datetime)
    # Each entry carries the version it produced: "what happened since version n".
    assert [c.version for c in changes_of(cid)] == [2, 3, 4, 5, 5, 5, 6]
    assert queries.get_commitment(cid).reviewed_by == "bob"


def test_an_edit_that_changes_nothing_records_nothing(two):
    row = queries.get_commitment(two[0])
    after = queries.update_commitment(two[0], title=row.title, ministry=row.ministry, who="ann")
    assert after.version == row.version and trail(two[0]) == []


def test_merge_and_delete_are_recorded_and_outlive_the_commitment(two):
    keep, other = two
    queries.merge_commitments(keep, other, who="ann")
    assert trail(keep) == [("ann", "merge", None, str(other))]
    assert changes_of(keep)[0].note == "Rapport"
    assert trail(other) == [("ann", "merged_into", None, str(keep))]
    queries.delete_commitment(keep, who="bob")
    assert trail(keep)[-1] == ("bob", "delete", "Brief over stageplaatsen", None)


def test_undo_is_recorded_as_a_change_of_its_own_with_who(two):
    before = queries.snapshot([two[0]])
    queries.update_commitment(two[0], title="Nieuw", who="ann")
    queries.restore(before, who="bob")
    assert [(c.changed_by, c.what, c.old, c.new, c.via) for c in changes_of(two[0])] == [
        ("ann", "title", "Brief over stageplaatsen", "Nieuw", ""),
        ("bob", "title", "Nieuw", "Brief over stageplaatsen", "undo"),
    ]
    # Undoing a delete puts the commitment back, and says so.
    before = queries.snapshot([two[1]])
    queries.delete_commitment(two[1], who="ann")
    queries.restore(before, who="carla")
    assert trail(two[1])[-2:] == [
        ("ann", "delete", "Rapport", None),
        ("carla", "restore", None, "Rapport"),
    ]


def test_accepting_a_suggestion_records_who_and_refuses_a_changed_commitment(two):
    queries.import_document(
        make_document("letter", official_id="kst-32637-460", number="460", path="brief.md"),
        [],
    )
    letter = Document.get(Document.path == "brief.md").id
    suggestions.create(
        letter,
        [Hint(two[0], "zoals_toegezegd", 0.9), Hint(two[1], "same_dossier_subject", 0.7)],
    )
    pending = {s.commitment_id: s.id for s in suggestions.list_pending()}
    seen = queries.current_versions(two)
    queries.update_commitment(two[1], title="Rapport (herzien)", who="bob")  # meanwhile

    result = suggestions.accept(
        [pending[two[0]], pending[two[1]]], who="dora", expected_versions=seen
    )

    assert result.accepted == [pending[two[0]]]
    assert [(sid, c.commitment_id) for sid, c in result.stale] == [(pending[two[1]], two[1])]
    assert result.stale[0][1].changes[0].changed_by == "bob"
    assert trail(two[0]) == [("dora", "status", "open", "fulfilled")]
    assert changes_of(two[0])[0].via == "suggestion"
    assert queries.get_commitment(two[1]).status == "open"
    assert [s.id for s in suggestions.list_pending()] == [pending[two[1]]]


def test_a_corrected_version_of_the_document_is_recorded_as_an_import(two, monkeypatch):
    monkeypatch.setenv("TRACKER_USER", "importer")
    queries.import_document(
        make_document("v2"),
        [
            make_commitment("Brief over stageplaatsen", dt.date(2026, 6, 1)),
            make_commitment("Rapport", None),
        ],
    )
    (entry,) = changes_of(two[0])
    assert (entry.changed_by, entry.what, entry.new, entry.via) == (
        "importer",
        "import",
        "test.md",
        "import",
    )
    assert queries.get_commitment(two[0]).version == entry.version == 2


def test_a_manual_commitment_records_who_made_it(db):
    queries.import_document(make_document(source="De minister stuurt de brief voor de zomer."), [])
    doc = queries.list_documents()[0]
    row = queries.create_manual_commitment(doc.id, 0, 40, title="Brief voor de zomer", who="ann")
    assert trail(row.id) == [("ann", "create", None, "Brief voor de zomer")]


# -- who ---------------------------------------------------------------------------------


def test_who_defaults_to_the_operating_system_user_and_tracker_user_overrides(two, monkeypatch):
    monkeypatch.delenv("TRACKER_USER", raising=False)
    assert current_user() == getpass.getuser()
    queries.mark(two[0], "fulfilled")
    monkeypatch.setenv("TRACKER_USER", "Ann de Vries")
    queries.set_review_state(two[0], "confirmed")
    assert [c.changed_by for c in changes_of(two[0])] == [getpass.getuser(), "Ann de Vries"]
    assert queries.get_commitment(two[0]).history[0].changed_by == getpass.getuser()


def test_the_cli_records_tracker_user(tmp_path, capsys, monkeypatch, seed_path):
    path = str(tmp_path / "cli.sqlite")
    try:
        assert main(["--db", path, "import", str(seed_path)]) == 0
        monkeypatch.setenv("TRACKER_USER", "griffie-ann")
        cid = queries.list_commitments()[0].id
        assert main(["--db", path, "mark", str(cid), "fulfilled"]) == 0
        assert main(["--db", path, "due", str(cid), "2027-02-01"]) == 0
        assert [(c.changed_by, c.what) for c in changes_of(cid)] == [
            ("griffie-ann", "status"),
            ("griffie-ann", "due"),
        ]
    finally:
        close_database()


# -- schema --------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_an_older_database_gets_the_trail_and_records_from_then_on(tmp_path):
    path = tmp_path / "v2.sqlite"
    shutil.copy(SCHEMAS / "v2.sqlite", path)
    db = open_database(path)
    try:
        assert SCHEMA_VERSION >= 4
        assert db.execute_sql("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        assert Change.select().count() == 0  # nothing is made up for changes before
        row = queries.list_commitments()[0]
        queries.mark(row.id, "lapsed", who="ann", expected_version=row)
        assert trail(row.id) == [("ann", "status", row.status, "lapsed")]
    finally:
        close_database()
