"""The window when a colleague changed a commitment meanwhile: the conflict dialog shows
what they changed and what the user wanted, and the user reapplies or discards."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_commitment, make_document, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from tracker import clock
from tracker.store import queries
from tracker.store.audit import changes_of
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.edit_dialog import EditDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.main_window import MainWindow
from ui.models import Column

TITLE = "Brief over stageplaatsen"
OTHER = "Rapport over wachtlijsten"
BOBS_TITLE = "Brief over BBL-plaatsen"
NOTE = "De Kamer is per brief op de hoogte gebracht."


@pytest.fixture
def ids(db) -> dict[str, int]:
    queries.import_document(
        make_document(),
        [make_commitment(TITLE, dt.date(2026, 5, 1)), make_commitment(OTHER, None)],
    )
    return {row.title: row.id for row in queries.list_commitments()}


@pytest.fixture
def window(qtbot, ids, settings) -> MainWindow:
    settings.setValue("user/display_name", "Ann")
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    return window


def select(window: MainWindow, title: str) -> None:
    titles = [window.proxy.index(r, Column.TITLE).data() for r in range(window.proxy.rowCount())]
    window.table.selectRow(titles.index(title))


def bob_changes_the_title(commitment_id: int) -> None:
    """Another client, on its own, saves a change (as Bob)."""
    queries.update_commitment(commitment_id, title=BOBS_TITLE, who="Bob")


def mark_with_a_change_in_between(qtbot, commitment_id: int):
    """MarkDialog.exec: the user types a note; before they press Opslaan, Bob saves."""

    def exec_(dialog: MarkDialog) -> int:
        qtbot.keyClicks(dialog.note_edit, NOTE)
        bob_changes_the_title(commitment_id)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    return exec_


def answer_conflict(qtbot, seen: list[ConflictDialog], button: str):
    """ConflictDialog.exec: remember what it shows, then press `button`."""

    def exec_(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        return dialog.result()

    return exec_


def dialog_texts(dialog: ConflictDialog) -> str:
    """Everything the dialog says: what the other person changed, and what the user wanted."""
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    return "\n".join([dialog.details.toPlainText(), *labels])


def test_reapplying_after_a_colleagues_change_keeps_both_and_the_note_as_typed(
    qtbot, window, ids, monkeypatch
):
    cid = ids[TITLE]
    seen: list[ConflictDialog] = []
    monkeypatch.setattr(MarkDialog, "exec", mark_with_a_change_in_between(qtbot, cid))
    monkeypatch.setattr(ConflictDialog, "exec", answer_conflict(qtbot, seen, "reapply_button"))
    select(window, TITLE)
    window.mark_action.trigger()

    (dialog,) = seen
    text = dialog_texts(dialog)
    assert "Iemand anders heeft deze toezegging intussen gewijzigd." in text
    assert f"(Bob): Titel: \u2018{TITLE}\u2019 \u2192 \u2018{BOBS_TITLE}\u2019" in text
    assert f"Uw wijziging: markeren als Voldaan op {clock.today():%d-%m-%Y}" in text
    assert NOTE in text  # what the user typed is shown, not lost

    row = queries.get_commitment(cid)
    assert (row.title, row.status, row.latest_note) == (BOBS_TITLE, "fulfilled", NOTE)
    assert [(c.changed_by, c.what) for c in changes_of(cid)] == [
        ("Bob", "title"),
        ("Ann", "status"),
    ]
    assert window.undo_stack.count() == 1
    shown = window.model.commitment(window.model.row_for_id(cid))
    assert (shown.title, shown.status) == (BOBS_TITLE, "fulfilled")


def test_discarding_shows_the_colleagues_state_and_changes_nothing_of_mine(
    qtbot, window, ids, monkeypatch
):
    cid = ids[TITLE]
    seen: list[ConflictDialog] = []
    monkeypatch.setattr(MarkDialog, "exec", mark_with_a_change_in_between(qtbot, cid))
    monkeypatch.setattr(ConflictDialog, "exec", answer_conflict(qtbot, seen, "discard_button"))
    select(window, TITLE)
    window.mark_action.trigger()

    assert len(seen) == 1
    row = queries.get_commitment(cid)
    assert (row.title, row.status) == (BOBS_TITLE, "open")
    assert [c.changed_by for c in changes_of(cid)] == ["Bob"]
    assert window.undo_stack.count() == 0
    shown = window.model.commitment(window.model.row_for_id(cid))
    assert (shown.title, shown.version) == (BOBS_TITLE, row.version)
    assert window.statusBar().currentMessage() == "Uw wijziging is verworpen."


def test_an_edit_over_a_colleagues_change_asks_before_saving(qtbot, window, ids, monkeypatch):
    cid = ids[TITLE]
    seen: list[ConflictDialog] = []

    def edit(dialog: EditDialog) -> int:  # the user sets the ministry; Bob saves first
        bob_changes_the_title(cid)
        return EditDialog.DialogCode.Accepted

    monkeypatch.setattr(EditDialog, "exec", edit)
    monkeypatch.setattr(EditDialog, "changes", lambda dialog: {"ministry": "SZW"})
    monkeypatch.setattr(ConflictDialog, "exec", answer_conflict(qtbot, seen, "reapply_button"))
    select(window, TITLE)
    window.edit_action.trigger()

    assert "Ministerie \u2192 \u2018SZW\u2019" in dialog_texts(seen[0])
    row = queries.get_commitment(cid)
    assert (row.title, row.ministry) == (BOBS_TITLE, "SZW")


@pytest.mark.parametrize("choice", ["reapply_button", "discard_button"])
def test_an_undo_over_a_colleagues_later_change_asks_first(qtbot, window, ids, monkeypatch, choice):
    cid = ids[TITLE]
    seen: list[ConflictDialog] = []
    monkeypatch.setattr(
        MarkDialog,
        "exec",
        lambda dialog: (dialog.accept(), dialog.result())[1],
    )
    monkeypatch.setattr(ConflictDialog, "exec", answer_conflict(qtbot, seen, choice))
    select(window, TITLE)
    window.mark_action.trigger()
    assert queries.get_commitment(cid).status == "fulfilled" and not seen
    bob_changes_the_title(cid)  # after Ann's change

    window.undo_action.trigger()

    (dialog,) = seen
    assert f"(Bob): Titel: \u2018{TITLE}\u2019 \u2192 \u2018{BOBS_TITLE}\u2019" in dialog_texts(
        dialog
    )
    row = queries.get_commitment(cid)
    if choice == "reapply_button":  # Ann undoes her change all the same
        assert row.status == "open"
        assert changes_of(cid)[-1].via == "undo" and changes_of(cid)[-1].changed_by == "Ann"
    else:  # Bob's change stays, and the undo that no longer fits leaves the stack
        assert (row.status, row.title) == ("fulfilled", BOBS_TITLE)
        assert window.undo_stack.count() == 0


def test_the_detail_pane_shows_edits_with_who_and_when(window, ids):
    bob_changes_the_title(ids[TITLE])
    queries.set_review_state(ids[TITLE], "confirmed", who="Carla")
    window.list_flow.refresh()
    select(window, BOBS_TITLE)
    text = window.detail.toPlainText()
    assert "GESCHIEDENIS" in text
    assert f"Titel: \u2018{TITLE}\u2019 \u2192 \u2018{BOBS_TITLE}\u2019" in text
    assert "Beoordeling: Te beoordelen \u2192 Bevestigd" in text
    assert "(Bob)" in text and "(Carla)" in text  # beside the login
    # newest first
    assert text.index("Carla") < text.index("(Bob)")


@pytest.mark.parametrize("choice", ["reapply_button", "discard_button"])
def test_accepting_a_suggestion_for_a_commitment_changed_meanwhile_asks_first(
    qtbot, window, ids, monkeypatch, choice
):
    from tracker.store import suggestions
    from tracker.store.models import Document
    from tracker.store.suggestions import Hint

    cid = ids[TITLE]
    queries.import_document(
        make_document("letter", official_id="kst-32637-460", number="460", path="brief.md"), []
    )
    suggestions.create(
        Document.get(Document.path == "brief.md").id, [Hint(cid, "zoals_toegezegd", 0.9)]
    )
    seen: list[ConflictDialog] = []
    monkeypatch.setattr(ConflictDialog, "exec", answer_conflict(qtbot, seen, choice))
    dialog = window.hints.open()  # the list is read: the commitment at version 1
    bob_changes_the_title(cid)
    dialog.table.selectRow(0)
    dialog.accept_button.click()

    assert len(seen) == 1 and "Bob" in dialog_texts(seen[0])
    row = queries.get_commitment(cid)
    assert row.title == BOBS_TITLE
    assert row.status == ("fulfilled" if choice == "reapply_button" else "open")
    assert len(suggestions.list_pending()) == (0 if choice == "reapply_button" else 1)


def test_a_colleagues_change_right_after_mine_is_not_undone_with_it(
    qtbot, window, ids, monkeypatch, db
):
    """Bob saves a moment after Ann's mark is stored, before the window has read what the
    mark left (for its undo). Ann's undo must not take Bob's change away with hers: the
    state the undo goes back from is read in the mark's own transaction, so Bob waits for
    it, and the undo then sees his change and asks."""
    import sqlite3

    import ui.commands

    cid = ids[TITLE]
    late: list[str] = []
    real_snapshot = ui.commands.snapshot
    calls = []

    def bob_saves_between(ids_, **options):
        calls.append(ids_)
        if len(calls) == 2:  # the snapshot after the change
            bob = sqlite3.connect(db.database, timeout=0)  # another client, not waiting
            try:
                with bob:
                    bob.execute(
                        "UPDATE commitment SET title = ?, version = version + 1 WHERE id = ?",
                        (BOBS_TITLE, cid),
                    )
            except sqlite3.OperationalError:  # Ann's transaction holds the register
                late.append("bob")
            finally:
                bob.close()
        return real_snapshot(ids_, **options)

    seen: list[ConflictDialog] = []
    monkeypatch.setattr(ui.commands, "snapshot", bob_saves_between)
    monkeypatch.setattr(MarkDialog, "exec", lambda dialog: (dialog.accept(), dialog.result())[1])
    monkeypatch.setattr(ConflictDialog, "exec", answer_conflict(qtbot, seen, "discard_button"))
    select(window, TITLE)
    window.mark_action.trigger()
    if late:  # Bob's save, tried again once Ann's mark was stored
        bob_changes_the_title(cid)
    assert queries.get_commitment(cid).title == BOBS_TITLE

    window.undo_action.trigger()

    assert len(seen) == 1  # the undo asked, as over any later change
    assert queries.get_commitment(cid).title == BOBS_TITLE
