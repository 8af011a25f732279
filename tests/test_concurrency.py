"""No update is silently overwritten: a change based on a version of a commitment that
someone else has changed since is refused with what they changed, nothing changes, and
the user can apply the change again on top of the current version.

Like every store test, these run on SQLite and, when TRACKER_TEST_POSTGRES names a
server, on PostgreSQL (tests/conftest.py). The two-client tests run two threads, each
with its own connection to the same database (peewee connects per thread).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from factories import make_commitment, make_document

from tracker.store import queries
from tracker.store.audit import changes_of
from tracker.store.models import DB, Commitment, StatusChange
from tracker.store.queries import StaleCommitmentError

DAY = dt.date(2026, 5, 1)
TITLES = ("Brief over stageplaatsen", "Rapport over wachtlijsten", "Evaluatie Praktijkleren")


def _fill() -> list[int]:
    queries.import_document(
        make_document(), [make_commitment(t, DAY, ministry="OCW") for t in TITLES]
    )
    return [r.id for r in queries.list_commitments()]


@pytest.fixture
def three(db) -> list[int]:
    return _fill()


def _state(ids: list[int]):
    """Everything stored about these commitments (fields, sources, history)."""
    snap = queries.snapshot(ids)
    return snap.commitments, snap.absent, StatusChange.select().count()


# Each change as the user would make it, based on the row `seen` (or its version).
CHANGES: dict[str, Callable[[list[int], object], object]] = {
    "mark": lambda ids, seen: queries.mark(
        ids[0], "fulfilled", note="Brief verstuurd", who="ann", expected_version=seen
    ),
    "mark_many": lambda ids, seen: queries.mark_many(
        ids[:2], "lapsed", who="ann", expected_versions={ids[0]: seen, ids[1]: 1}
    ),
    "review": lambda ids, seen: queries.set_review_state(
        ids[0], "confirmed", who="ann", expected_version=seen
    ),
    "due": lambda ids, seen: queries.set_due(
        ids[0], dt.date(2027, 1, 1), who="ann", expected_version=seen
    ),
    "edit": lambda ids, seen: queries.update_commitment(
        ids[0], title="Brief over stages", ministry="SZW", who="ann", expected_version=seen
    ),
    "merge_keep": lambda ids, seen: queries.merge_commitments(
        ids[0], ids[2], who="ann", expected_versions={ids[0]: seen, ids[2]: 1}
    ),
    "merge_other": lambda ids, seen: queries.merge_commitments(
        ids[2], ids[0], who="ann", expected_versions={ids[2]: 1, ids[0]: seen}
    ),
    "delete": lambda ids, seen: queries.delete_commitment(ids[0], who="ann", expected_version=seen),
    "delete_many": lambda ids, seen: queries.delete_commitments(
        ids[:2], who="ann", expected_versions={ids[0]: seen, ids[1]: 1}
    ),
}


@pytest.mark.parametrize("kind", list(CHANGES))
def test_a_change_on_a_stale_version_is_refused_and_changes_nothing(three, kind):
    seen = queries.get_commitment(three[0])  # what the user's window shows
    queries.update_commitment(three[0], title="Brief over BBL-plaatsen", who="bob")  # meanwhile
    before = _state(three)

    with pytest.raises(StaleCommitmentError) as refused:
        CHANGES[kind](three, seen)

    assert _state(three) == before
    (conflict,) = refused.value.conflicts
    assert conflict.commitment_id == three[0]
    assert conflict.current.title == "Brief over BBL-plaatsen"
    assert conflict.current.version == seen.version + 1
    assert [(c.changed_by, c.what, c.old, c.new) for c in conflict.changes] == [
        ("bob", "title", TITLES[0], "Brief over BBL-plaatsen")
    ]
    assert "(bob): title: 'Brief over stageplaatsen' -> 'Brief over BBL-plaatsen'" in str(
        refused.value
    )


@pytest.mark.parametrize("kind", list(CHANGES))
def test_a_refused_change_applies_when_based_on_the_current_version(three, kind):
    seen = queries.get_commitment(three[0])
    queries.set_review_state(three[0], "rejected", who="bob")
    with pytest.raises(StaleCommitmentError) as refused:
        CHANGES[kind](three, seen)

    CHANGES[kind](three, refused.value.current)  # "Mijn wijziging opnieuw toepassen"

    trail = changes_of(three[0])
    assert [c.changed_by for c in trail] == ["bob"] + ["ann"] * (len(trail) - 1)
    if kind.startswith("delete") or kind == "merge_other":
        assert Commitment.get_or_none(Commitment.id == three[0]) is None
    else:
        row = queries.get_commitment(three[0])
        assert row.version > refused.value.current.version
        assert row.review_state == ("confirmed" if kind == "review" else "rejected")


def test_the_refusal_says_field_by_field_what_differs_from_what_the_user_saw(three):
    seen = queries.get_commitment(three[0])
    queries.mark(three[0], "partial", note="Eerste deel verstuurd", who="bob")
    queries.set_due(three[0], dt.date(2026, 9, 1), who="carla")
    with pytest.raises(StaleCommitmentError) as refused:
        queries.update_commitment(three[0], title="Nieuw", expected_version=seen)

    (conflict,) = refused.value.conflicts
    differences = {d.field: (d.seen, d.now) for d in conflict.differences}
    assert differences == {
        "status": ("open", "partial"),
        "due": ("2026-05-01", "2026-09-01"),
        "note": (None, "Eerste deel verstuurd"),
    }
    text = str(refused.value)
    assert "(bob): status: 'open' -> 'partial'; note 'Eerste deel verstuurd'" in text
    assert "(carla): due: '2026-05-01' -> '2026-09-01'" in text


def test_a_version_number_alone_is_enough_to_describe_the_other_change(three):
    queries.set_review_state(three[0], "confirmed", who="bob")
    with pytest.raises(StaleCommitmentError) as refused:
        queries.mark(three[0], "fulfilled", expected_version=1)
    (conflict,) = refused.value.conflicts
    assert [(d.field, d.seen, d.now) for d in conflict.differences] == [
        ("review", "to_review", "confirmed")
    ]


@pytest.mark.parametrize("how", ["deleted", "merged"])
def test_a_change_to_a_commitment_deleted_or_merged_meanwhile_says_so(three, how):
    seen = queries.get_commitment(three[0])
    if how == "deleted":
        queries.delete_commitment(three[0], who="bob")
    else:
        queries.merge_commitments(three[1], three[0], who="bob")
    with pytest.raises(StaleCommitmentError) as refused:
        queries.mark(three[0], "fulfilled", expected_version=seen)

    (conflict,) = refused.value.conflicts
    assert conflict.current is None and conflict.deleted
    assert conflict.merged_into == (three[1] if how == "merged" else None)
    expected = f"merged into commitment {three[1]}" if how == "merged" else "deleted"
    assert f"was {expected} by someone else" in str(refused.value)
    assert conflict.changes[-1].changed_by == "bob"


def test_without_a_version_the_change_acts_on_the_current_state(three):
    """The CLI and imports pass no version: they change what is stored now."""
    queries.update_commitment(three[0], title="Anders", who="bob")
    row = queries.mark(three[0], "fulfilled")
    assert (row.status, row.title, row.version) == ("fulfilled", "Anders", 3)


def test_each_change_bumps_the_version(three):
    versions = [queries.get_commitment(three[0]).version]
    for change in (
        lambda: queries.mark(three[0], "fulfilled"),
        lambda: queries.set_review_state(three[0], "confirmed"),
        lambda: queries.set_due(three[0], dt.date(2027, 1, 1)),
        lambda: queries.update_commitment(three[0], actor="Minister voor Primair Onderwijs"),
        lambda: queries.merge_commitments(three[0], three[1]),
    ):
        change()
        versions.append(queries.get_commitment(three[0]).version)
    assert versions == [1, 2, 3, 4, 5, 6]


# -- undo --------------------------------------------------------------------------------


def test_an_undo_over_someone_elses_later_change_is_refused(three):
    before = queries.snapshot([three[0]])
    queries.mark(three[0], "fulfilled", who="ann")
    after = queries.snapshot([three[0]])
    queries.update_commitment(three[0], title="Door Bob", who="bob")  # after Ann's change
    stored = _state(three)

    with pytest.raises(StaleCommitmentError) as refused:
        queries.restore(before, expected=queries.versions_of(after), who="ann")

    assert _state(three) == stored
    assert refused.value.conflicts[0].changes[-1].changed_by == "bob"


def test_an_undo_and_redo_without_others_changes_go_through_and_are_recorded(three):
    before = queries.snapshot([three[0]])
    queries.mark(three[0], "fulfilled", who="ann")
    after = queries.snapshot([three[0]])

    now = queries.restore(before, expected=queries.versions_of(after), who="ann")
    assert queries.get_commitment(three[0]).status == "open"
    queries.restore(after, expected=now, who="ann", via="redo")

    row = queries.get_commitment(three[0])
    assert row.status == "fulfilled"
    assert [(c.what, c.old, c.new, c.via) for c in row.changes] == [
        ("status", "open", "fulfilled", ""),
        ("status", "fulfilled", "open", "undo"),
        ("status", "open", "fulfilled", "redo"),
    ]


def test_a_client_holding_a_copy_from_before_an_undo_cannot_save_over_it(three):
    """Undo puts back an old state, but at a new version: a copy read before the change
    (now equal in content) is still refused, with the undo in the description."""
    seen = queries.get_commitment(three[0])
    before = queries.snapshot([three[0]])
    queries.update_commitment(three[0], title="Tussendoor", who="bob")
    queries.restore(before, who="bob")
    with pytest.raises(StaleCommitmentError):
        queries.mark(three[0], "fulfilled", expected_version=seen)


# -- two clients on one database -------------------------------------------------------------


def _in_thread(work: Callable[[], object]) -> threading.Thread:
    """Run `work` in a thread of its own: peewee gives each thread its own connection."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        finally:
            DB.obj.close()

    thread = threading.Thread(target=run)
    thread.errors = errors  # type: ignore[attr-defined]
    thread.start()
    return thread


def _join(*threads: threading.Thread) -> None:
    for thread in threads:
        thread.join(timeout=30)
        assert not thread.is_alive(), "a client hangs"
        if thread.errors:  # type: ignore[attr-defined]
            raise thread.errors[0]  # type: ignore[attr-defined]


def test_two_clients_on_one_database_the_second_stale_save_is_refused_and_nothing_lost(db):
    [cid, *_] = _fill()
    both_read = threading.Barrier(2, timeout=20)
    first_saved = threading.Event()
    seen: dict[str, object] = {}

    def first() -> None:  # Ann corrects the title
        row = queries.get_commitment(cid)
        seen["ann"] = row.version
        both_read.wait()
        queries.update_commitment(
            cid, title="Brief over BBL-plaatsen", who="ann", expected_version=row
        )
        first_saved.set()

    def second() -> None:  # Bob, who read the same version, marks it fulfilled
        row = queries.get_commitment(cid)
        seen["bob"] = row.version
        both_read.wait()
        assert first_saved.wait(20)
        try:
            queries.mark(cid, "fulfilled", note="Brief is er", who="bob", expected_version=row)
        except StaleCommitmentError as exc:
            seen["refusal"] = exc
            seen["after_refusal"] = queries.get_commitment(cid)
            queries.mark(  # Bob chooses to apply his change again, on Ann's version
                cid, "fulfilled", note="Brief is er", who="bob", expected_version=exc.current
            )

    _join(_in_thread(first), _in_thread(second))

    assert seen["ann"] == seen["bob"] == 1
    refusal = seen["refusal"]
    assert isinstance(refusal, StaleCommitmentError)
    assert "(ann): title: 'Brief over stageplaatsen' -> 'Brief over BBL-plaatsen'" in str(refusal)
    assert seen["after_refusal"].status == "open"  # the refused save changed nothing
    row = queries.get_commitment(cid)
    assert (row.title, row.status, row.latest_note) == (
        "Brief over BBL-plaatsen",
        "fulfilled",
        "Brief is er",
    )
    assert [(c.changed_by, c.what) for c in row.changes] == [("ann", "title"), ("bob", "status")]


def test_two_clients_saving_the_same_version_at_once_never_both_win(db):
    [cid, *_] = _fill()
    both_read = threading.Barrier(2, timeout=20)
    outcome: dict[str, str] = {}

    def client(name: str, title: str) -> Callable[[], None]:
        def work() -> None:
            row = queries.get_commitment(cid)
            both_read.wait()
            try:
                queries.update_commitment(cid, title=title, who=name, expected_version=row)
                outcome[name] = "saved"
            except StaleCommitmentError:
                outcome[name] = "refused"

        return work

    _join(_in_thread(client("ann", "Titel van Ann")), _in_thread(client("bob", "Titel van Bob")))

    assert sorted(outcome.values()) == ["refused", "saved"]
    winner = next(name for name, result in outcome.items() if result == "saved")
    row = queries.get_commitment(cid)
    assert row.title == f"Titel van {winner.capitalize()}" and row.version == 2
    assert [c.changed_by for c in row.changes] == [winner]


def test_two_clients_importing_the_same_document_at_once_store_it_once(db, seed_path, monkeypatch):
    """Two staff import the same answer at the same moment: one imports it, the other is
    told it is already there; never two documents, never an error."""
    from tracker import importing
    from tracker.store import documents
    from tracker.store.models import Document

    # Both clients are held inside their import, past the look-up of the document,
    # until both are there (or, when the first holds the second back, for a while).
    both_there = threading.Barrier(2, timeout=3)
    look_up = documents._previous_versions

    def held(parsed):
        try:
            both_there.wait()
        except threading.BrokenBarrierError:
            pass
        return look_up(parsed)

    monkeypatch.setattr(documents, "_previous_versions", held)
    results: dict[str, object] = {}

    def client(name: str) -> Callable[[], None]:
        def work() -> None:
            results[name] = importing.import_file(seed_path)

        return work

    _join(_in_thread(client("ann")), _in_thread(client("bob")))

    states = sorted(r.state for r in results.values())
    errors = [r.error for r in results.values() if r.error]
    assert (states, errors) == (["imported", "skipped"], [])
    assert Document.select().count() == 1
    found = {r.document_id for r in results.values()}
    assert len(found) == 1 and None not in found
