"""File › Herstellen uit back-up, and the start-up dialog on a damaged database."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from factories import make_commitment, make_document, open_window
from PySide6.QtWidgets import QMessageBox

from tracker.store import backup
from tracker.store.backup import backup_database
from tracker.store.connection import CorruptDatabaseError, close_database, open_database
from tracker.store.migrations import SCHEMA_VERSION
from tracker.store.queries import import_document, list_commitments, mark
from ui import app
from ui.dialogs import restore_dialog
from ui.dialogs.restore_dialog import RestoreDialog, offer_restore

pytestmark = pytest.mark.sqlite_only

TITLES = ["Brief over stageplaatsen", "Evaluatie subsidie Praktijkleren", "Rapport jeugdzorg"]
Yes, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel


@pytest.fixture
def clock(monkeypatch):
    moments = iter(dt.datetime(2026, 11, 29, 8, 15) + dt.timedelta(minutes=m) for m in range(99))
    monkeypatch.setattr(backup, "_now", lambda: next(moments))


@pytest.fixture
def backed_up(db, clock) -> Path:
    """Three open commitments backed up; then one marked fulfilled after the backup."""
    import_document(make_document(), [make_commitment(t, None) for t in TITLES])
    path = Path(db.database)
    made = backup_database(path, "manual")
    mark(list_commitments()[0].id, "fulfilled", note="Na de back-up")
    return made


def answers(monkeypatch, *replies: QMessageBox.StandardButton) -> list[str]:
    """Answer the confirmation questions in turn; returns the questions asked."""
    asked: list[str] = []
    queue = list(replies)

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def choices(box: QMessageBox) -> list:
    """The answer buttons of a message box (not "Show Details...")."""
    return [b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.ActionRole]


def table_text(dialog: RestoreDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_dialog_lists_backups_and_restores_after_confirmation(
    qtbot, settings, backed_up, monkeypatch
):
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    assert window.restore_action.isEnabled()
    asked = answers(monkeypatch, Cancel, Yes)
    seen: dict[str, object] = {}

    def exec_(dialog: RestoreDialog) -> int:
        seen["rows"] = table_text(dialog)
        dialog.restore_button.click()  # "Annuleren" at the question: nothing happens
        seen["after_cancel"] = {r.title: r.status for r in list_commitments()}
        dialog.restore_button.click()  # "Ja"
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    window.restore_action.trigger()

    [row] = seen["rows"]
    assert row[:6] == ["29-11-2026 08:15", "Met de hand", "3", "1", "0", str(SCHEMA_VERSION)]
    assert row[6].endswith(" kB")
    assert "3 toezeggingen, 0 statuswijzigingen" in asked[0]
    assert seen["after_cancel"][TITLES[0]] == "fulfilled"
    assert len(asked) == 2
    assert {r.title: r.status for r in list_commitments()} == dict.fromkeys(TITLES, "open")
    qtbot.waitUntil(
        lambda: (
            all(window.proxy.index(r, 0).data() in TITLES for r in range(window.proxy.rowCount()))
            and window.model.rowCount() == 3
        )
    )
    assert "before-restore" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0
    kept = [p for p in backed_up.parent.iterdir() if "before-restore" in p.name]
    assert len(kept) == 1
    assert sqlite3.connect(kept[0]).execute("SELECT note FROM status_change").fetchall() == [
        ("Na de back-up",)
    ]


def test_a_damaged_database_at_start_offers_the_restore_dialog(tmp_path, clock, monkeypatch):
    path = tmp_path / "tracker.sqlite"
    open_database(path)
    import_document(make_document(), [make_commitment(t, None) for t in TITLES])
    close_database()
    backup_database(path, "daily")
    with open(path, "r+b") as handle:
        handle.write(b"JUNK" * 32)
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(CorruptDatabaseError) as error:
        open_database(path)
    answers(monkeypatch, Yes)
    offered: list[list[str]] = []

    def click(box: QMessageBox) -> int:
        offered.append([b.text() for b in choices(box)])
        choices(box)[0].click()  # "Herstellen uit back-up…"
        return 0

    def exec_(dialog: RestoreDialog) -> int:
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "exec", click)
    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    try:
        assert offer_restore(error.value) is True
        assert sorted(r.title for r in list_commitments()) == sorted(TITLES)
    finally:
        close_database()
    assert offered == [["Herstellen uit back-up…", "Afsluiten"]]
    aside = tmp_path.glob("tracker.sqlite.damaged-*")
    aside = [p for p in aside if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1  # with its -wal and -shm beside it, if it had them
    assert hashlib.sha256(aside[0].read_bytes()).hexdigest() == damaged


def test_quitting_at_the_damaged_database_leaves_the_file_as_it_is(tmp_path, monkeypatch):
    path = tmp_path / "tracker.sqlite"
    path.write_bytes(b"JUNK" * 1024)
    with pytest.raises(CorruptDatabaseError) as error:
        open_database(path)
    offered: list[list[str]] = []

    def quit_(box: QMessageBox) -> int:
        offered.append([b.text() for b in choices(box)])
        choices(box)[-1].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    assert offer_restore(error.value) is False
    assert offered == [["Afsluiten"]]  # no backups: nothing to restore from
    assert path.read_bytes() == b"JUNK" * 1024
    assert [p.name for p in tmp_path.iterdir()] == ["tracker.sqlite"]


def test_a_backup_that_failed_at_start_is_shown_once(qtbot, settings, db):
    window = open_window(qtbot, settings)
    app._report_backup_warnings(window, ["no daily backup was made: cannot write"], None)
    qtbot.waitUntil(lambda: window.last_message_box is not None)
    box = window.last_message_box
    assert "cannot write" in box.informativeText()
    assert "back-up" in window.statusBar().currentMessage()
    box.close()


def test_the_restore_action_needs_a_database_file(qtbot, settings, db, monkeypatch):
    monkeypatch.setattr(restore_dialog, "current_database_file", lambda: None)
    from ui.flows import app_flow

    monkeypatch.setattr(app_flow, "current_database_file", lambda: None)
    window = open_window(qtbot, settings)
    assert not window.restore_action.isEnabled()
