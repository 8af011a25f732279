"""`tracker db copy`: a whole register moves to another database with its ids and links,
is checked afterwards, and a failed or refused copy leaves the target as it was."""

from __future__ import annotations

import sqlite3

import pytest
from factories import make_commitment, make_document, run_cli

from tracker import clock
from tracker.store import copy as copy_module
from tracker.store.connection import close_database, open_database
from tracker.store.copy import CopyError, copy_register
from tracker.store.filters import search_ids
from tracker.store.models import Document, Suggestion
from tracker.store.queries import (
    delete_commitment,
    get_commitment,
    import_document,
    list_commitments,
    mark,
)

TODAY = clock.today()


def fill(path_or_url) -> None:
    """A small register with everything a copy must keep: two documents, commitments
    (one with two sources), status history, a suggestion and a deleted id in between."""
    open_database(path_or_url)
    import_document(
        make_document(content_hash="a"),
        [
            make_commitment("Brief over stageplaatsen", TODAY, faction="VVD"),
            make_commitment("Tijdelijke toezegging", None),
            make_commitment("Evaluatie subsidie Praktijkleren", None, faction="D66"),
        ],
    )
    rows = {r.title: r.id for r in list_commitments()}
    delete_commitment(rows["Tijdelijke toezegging"])  # a gap in the ids
    mark(rows["Brief over stageplaatsen"], "fulfilled", note="Brief ontvangen", who="Anna")
    mark(rows["Brief over stageplaatsen"], "open", note="Toch niet volledig", who="Bram")
    import_document(
        make_document(
            content_hash="b",
            official_id="kst-32637-460",
            number="460",
            title="Brief over stageplaatsen",
            kind="brief",
        ),
        [make_commitment("Nieuwe toezegging in de brief", None)],
    )
    letter = Document.get(Document.content_hash == "b")
    Suggestion.create(
        commitment_id=rows["Evaluatie subsidie Praktijkleren"],
        document=letter,
        reason="same_dossier_subject",
        sentence="Hierbij stuur ik de evaluatie.",
        score=0.8,
    )
    close_database()


def snapshot() -> dict:
    """What a user sees of the bound register: every commitment with its sources,
    history and suggestions."""
    out = {}
    for row in list_commitments():
        full = get_commitment(row.id)
        out[row.id] = (
            full.title,
            full.status,
            full.due,
            [(s.document_id, s.quote, s.faction) for s in full.sources],
            [(h.from_status, h.to_status, h.note, h.changed_by) for h in full.history],
        )
    out["suggestions"] = [
        (s.id, s.commitment_id, s.document_id, s.state, s.score)
        for s in Suggestion.select().order_by(Suggestion.id)
    ]
    return out


def snapshot_of(path_or_url) -> dict:
    open_database(path_or_url)
    try:
        return snapshot()
    finally:
        close_database()


@pytest.fixture
def source(tmp_path) -> str:
    path = str(tmp_path / "bron.sqlite")
    fill(path)
    return path


def test_sqlite_to_sqlite_keeps_ids_statuses_history_and_search(source, tmp_path):
    target = str(tmp_path / "doel.sqlite")
    before = snapshot_of(source)

    report = copy_register(source, target)
    close_database()

    assert all(t.ok for t in report.tables)
    assert report.count("commitment") == 3
    assert report.count("status_change") == 2
    assert snapshot_of(target) == before
    open_database(target)
    try:
        assert search_ids("praktijkleren") == {
            i for i, v in before.items() if i != "suggestions" and "Praktijkleren" in v[0]
        }
    finally:
        close_database()


def test_a_target_that_holds_data_is_refused_and_left_alone(source, tmp_path):
    target = str(tmp_path / "doel.sqlite")
    open_database(target)
    import_document(make_document(content_hash="z"), [make_commitment("Eigen werk", None)])
    close_database()
    before = snapshot_of(target)

    with pytest.raises(CopyError, match="already holds data.*--replace"):
        copy_register(source, target)
    close_database()

    assert snapshot_of(target) == before


def test_replace_deletes_the_targets_data_first(source, tmp_path):
    target = str(tmp_path / "doel.sqlite")
    open_database(target)
    import_document(make_document(content_hash="z"), [make_commitment("Eigen werk", None)])
    close_database()

    report = copy_register(source, target, replace=True)
    close_database()

    assert report.replaced
    assert snapshot_of(target) == snapshot_of(source)


def test_a_failure_midway_rolls_back_and_leaves_the_target_as_it_was(source, tmp_path, monkeypatch):
    target = str(tmp_path / "doel.sqlite")
    open_database(target)
    import_document(make_document(content_hash="z"), [make_commitment("Eigen werk", None)])
    close_database()
    before = snapshot_of(target)
    real = copy_module._copy_table

    def failing(source_db, target_db, model, progress):
        if model._meta.table_name == "status_change":  # after documents and commitments
            raise OSError("disk full")
        real(source_db, target_db, model, progress)

    monkeypatch.setattr(copy_module, "_copy_table", failing)

    with pytest.raises(CopyError, match="rolled back.*left as it was.*disk full"):
        copy_register(source, target, replace=True)
    close_database()

    assert snapshot_of(target) == before


def test_a_new_target_file_is_removed_again_when_the_copy_fails(source, tmp_path, monkeypatch):
    target = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr(copy_module, "checksum", _differs_on_second_call())

    with pytest.raises(CopyError, match="does not match"):
        copy_register(source, str(target))
    close_database()

    assert not target.exists()


def _differs_on_second_call():
    """A checksum that disagrees between source and target (as a lost row would)."""
    calls = []

    def checksum(db):
        calls.append(db)
        return str(len(calls))

    return checksum


def test_a_source_at_an_older_schema_version_must_be_migrated_first(source, tmp_path):
    connection = sqlite3.connect(source)
    connection.execute("UPDATE schema_version SET version = version - 1")
    connection.commit()
    connection.close()

    with pytest.raises(CopyError, match="migrate it first"):
        copy_register(source, str(tmp_path / "doel.sqlite"))
    assert not (tmp_path / "doel.sqlite").exists()


def test_sqlite_to_postgresql_and_back_gives_the_same_register(source, tmp_path, postgres_server):
    server = postgres_server.reset()
    before = snapshot_of(source)

    there = copy_register(source, server)
    close_database()
    back = copy_register(server, str(tmp_path / "terug.sqlite"))
    close_database()

    assert there.checksum == back.checksum
    assert [(t.table, t.target) for t in there.tables] == [(t.table, t.target) for t in back.tables]
    assert snapshot_of(server) == before
    assert snapshot_of(str(tmp_path / "terug.sqlite")) == before

    # The server's sequences continue after the copied ids.
    open_database(server)
    try:
        highest = max(r.id for r in list_commitments())
        import_document(make_document(content_hash="c"), [make_commitment("Daarna", None)])
        assert max(r.id for r in list_commitments()) == highest + 1
    finally:
        close_database()


# -- the command ------------------------------------------------------------------------


def test_cli_copy_reports_the_counts_per_table(capsys, source, tmp_path):
    target = str(tmp_path / "doel.sqlite")
    code, out, err = run_cli(capsys, "db", "copy", "--from", source, "--to", target)
    assert code == 0, err
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
    assert lines["commitment"] == ["3", "3"]
    assert lines["status_change"] == ["2", "2"]
    assert "identical" in out

    code, out, err = run_cli(capsys, "--db", source, "db", "copy", "--to", target)
    assert code == 1
    assert "already holds data" in err and "nothing was copied" in err


def test_cli_info_shows_the_database_without_its_password(capsys, source, tmp_path):
    code, out, _ = run_cli(capsys, "db", "info", "--db", source)
    assert code == 0
    assert source in out
    assert "sqlite" in out
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines()}
    assert rows["commitment"] == "3"
    assert rows["document"] == "2"

    # A server URL is shown without the password it was given with.
    code, _, err = run_cli(capsys, "db", "info", "--db", "postgresql://anna:geheim@127.0.0.1:1/x")
    assert code == 1
    assert "geheim" not in err and "anna@127.0.0.1:1/x" in err
