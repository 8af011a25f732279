"""Marking a commitment with the status it already has writes nothing (no status
history, no audit entry, no new version) and says it already has it — in the store,
on the command line and in the window; of several, those that change are marked."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_commitment, make_document, open_window, run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tracker import clock
from tracker.store import queries
from tracker.store.audit import changes_of
from tracker.store.queries import get_commitment, mark_changes
from ui.dialogs.mark_dialog import MarkDialog

DONE = "Kamerbrief lerarentekort"
OPEN = "Brief over stageplaatsen"


@pytest.fixture
def ids(db) -> dict[str, int]:
    today = clock.today()
    queries.import_document(
        make_document(),
        [
            make_commitment(DONE, today - dt.timedelta(days=10)),
            make_commitment(OPEN, today - dt.timedelta(days=5)),
        ],
    )
    found = {r.title: r.id for r in queries.list_commitments()}
    queries.mark(found[DONE], "fulfilled", note="Brief verstuurd")
    return found


def written(cid: int):
    """What a mark writes: the status history, the audit trail and the version."""
    row = get_commitment(cid)
    return (
        [(h.from_status, h.to_status, h.note) for h in row.history],
        len(changes_of(cid)),
        row.version,
    )


def test_marking_again_writes_nothing_and_says_so(ids):
    before = written(ids[DONE])
    result = mark_changes([ids[DONE]], "fulfilled", note="nog een keer", who="anna")
    assert [r.id for r in result.already] == [ids[DONE]]
    assert result.changed == []
    assert written(ids[DONE]) == before
    assert get_commitment(ids[DONE]).status == "fulfilled"


def test_of_several_only_those_that_change_are_marked(ids):
    done_before = written(ids[DONE])
    result = mark_changes([ids[DONE], ids[OPEN]], "fulfilled", note="per brief")
    assert [r.id for r in result.changed] == [ids[OPEN]]
    assert [r.id for r in result.already] == [ids[DONE]]
    assert written(ids[DONE]) == done_before
    history, _, _ = written(ids[OPEN])
    assert history == [("open", "fulfilled", "per brief")]


def test_mark_many_writes_nothing_for_a_row_already_in_that_status(ids):
    before = written(ids[DONE])
    rows = queries.mark_many([ids[DONE]], "fulfilled")
    assert [r.status for r in rows] == ["fulfilled"]
    assert written(ids[DONE]) == before


def test_cli_marking_again_says_it_already_is(capsys, db_url, ids):
    before = written(ids[DONE])
    code, out, _ = run_cli(capsys, "--db", db_url, "mark", str(ids[DONE]), "fulfilled")
    assert code == 0
    assert f"{ids[DONE]}: {DONE} is already fulfilled" in out
    assert "is now" not in out
    assert written(ids[DONE]) == before


def test_cli_marks_several_and_reports_those_that_already_were(capsys, db_url, ids):
    code, out, _ = run_cli(
        capsys, "--db", db_url, "mark", str(ids[DONE]), str(ids[OPEN]), "fulfilled"
    )
    assert code == 0
    assert f"{ids[OPEN]}: {OPEN} is now fulfilled" in out
    assert f"{ids[DONE]}: {DONE} is already fulfilled" in out
    assert len(get_commitment(ids[DONE]).history) == 1
    assert len(get_commitment(ids[OPEN]).history) == 1


def _choose(qtbot, monkeypatch, status: str) -> None:
    def exec_(dialog: MarkDialog) -> int:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(status))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(MarkDialog, "exec", exec_)


def test_window_marking_again_writes_nothing_and_says_it_already_is(
    qtbot, settings, ids, monkeypatch
):
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    before = written(ids[DONE])
    window.selection.select_ids([ids[DONE]])
    _choose(qtbot, monkeypatch, "fulfilled")
    window.mark_action.trigger()
    assert written(ids[DONE]) == before
    assert not window.undo_action.isEnabled()  # nothing to undo: nothing was changed
    message = window.statusBar().currentMessage()
    assert "al" in message.split() and "Voldaan" in message and DONE in message


def test_window_marks_those_that_change_and_names_those_that_already_were(
    qtbot, settings, ids, monkeypatch
):
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    done_before = written(ids[DONE])
    window.selection.select_ids([ids[DONE], ids[OPEN]])
    _choose(qtbot, monkeypatch, "fulfilled")
    window.mark_action.trigger()
    assert written(ids[DONE]) == done_before
    assert get_commitment(ids[OPEN]).status == "fulfilled"
    assert window.undo_action.text().endswith(f"‘{OPEN}’")
    message = window.statusBar().currentMessage()
    assert "1 toezegging gemarkeerd als Voldaan" in message
    assert f"‘{DONE}’ was al Voldaan" in message
