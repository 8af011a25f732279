"""Team mode in the window: colleagues' changes appear by themselves, without losing the
user's place; the database is chosen in the settings; a server's password is asked at
start and an unreachable server offers the local database."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from factories import make_commitment, make_document, open_window
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tracker import clock
from tracker.store.connection import (
    DatabaseError,
    PasswordRequired,
    close_database,
    default_db_path,
    open_database,
    parse_location,
)
from tracker.store.queries import import_document, list_commitments
from ui import app as app_module
from ui.change_watcher import ChangeWatcher
from ui.dialogs.connection_dialog import PasswordDialog, UnreachableDialog
from ui.main_window import MainWindow
from ui.models import Column
from ui.settings_dialog import DATABASE_KEY, SettingsDialog

TODAY = clock.today()
ROWS = 150
SHOWN_WITHIN_MS = 8000  # "within a few seconds": the watcher looks every 2 s


@pytest.fixture
def ids(db) -> list[int]:
    """Many commitments, so that the list scrolls; ids in due-date order."""
    import_document(
        make_document(),
        [
            make_commitment(f"Toezegging nummer {n:03}", TODAY + dt.timedelta(days=n))
            for n in range(ROWS)
        ],
    )
    rows = sorted(list_commitments(), key=lambda r: r.due)
    return [r.id for r in rows]


@pytest.fixture
def window(qtbot, ids, settings) -> MainWindow:
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    return window


def colleague_renames(db, commitment_id: int, title: str) -> None:
    """Another user's app changes a commitment: its own connection, its own commit."""
    connection = sqlite3.connect(db.database)
    with connection:
        connection.execute(
            "UPDATE commitment SET title = ?, version = version + 1 WHERE id = ?",
            (title, commitment_id),
        )
    connection.close()


def title_shown(window: MainWindow, commitment_id: int) -> str:
    return window.model.commitment(window.model.row_for_id(commitment_id)).title


def test_a_colleagues_change_appears_and_the_users_place_is_kept(qtbot, db, window, ids):
    chosen = [ids[40], ids[41], ids[43]]
    window.selection.select_ids(chosen)
    window.table.selectionModel().setCurrentIndex(
        window.selection.proxy_index(ids[41]), window.table.selectionModel().SelectionFlag.NoUpdate
    )
    bar = window.table.verticalScrollBar()
    bar.setValue(90)  # the user scrolled on, away from the selected rows
    window.search_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_edit, timeout=2000)
    top_before = window.table.indexAt(window.table.rect().topLeft()).row()

    colleague_renames(db, ids[41], "Toezegging nummer 041, aangepast door een collega")
    qtbot.waitUntil(
        lambda: title_shown(window, ids[41]).endswith("door een collega"),
        timeout=SHOWN_WITHIN_MS,
    )

    assert sorted(window.selection.selected_ids()) == sorted(chosen)
    assert window.selection.selected_id() == ids[41]
    assert bar.value() == 90
    assert window.table.indexAt(window.table.rect().topLeft()).row() == top_before
    assert QApplication.focusWidget() is window.search_edit
    assert "door een collega" in window.detail.toPlainText()
    assert window.statusBar().currentMessage() == "Bijgewerkt met wijzigingen van anderen"


def test_a_commitment_a_colleague_adds_is_counted_in_the_filters(qtbot, db, window, ids):
    before = window.model.rowCount()
    connection = sqlite3.connect(db.database)
    with connection:
        connection.execute(
            "INSERT INTO commitment (title, status, review_state, cue, version, created_at, "
            "updated_at, manual, due_overridden) "
            "VALUES ('Nieuw van een collega', 'open', 'to_review', '', 1, "
            "'2025-01-01 10:00:00', '2025-01-01 10:00:00', 1, 0)"
        )
    connection.close()
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=SHOWN_WITHIN_MS)
    shown = [window.proxy.index(r, Column.TITLE).data() for r in range(window.proxy.rowCount())]
    assert "Nieuw van een collega" in shown
    assert window.count_label.text() == f"{before + 1} van {before + 1} toezeggingen"


def test_the_window_waits_for_an_open_dialog_before_reloading(qtbot, db, window, ids):
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=2000)
    watcher = window.change_watcher

    colleague_renames(db, ids[0], "Tijdens de dialoog gewijzigd")
    qtbot.waitUntil(lambda: watcher.deferred >= 2, timeout=SHOWN_WITHIN_MS)
    assert title_shown(window, ids[0]) != "Tijdens de dialoog gewijzigd"
    assert dialog.isVisible()

    dialog.reject()
    qtbot.waitUntil(
        lambda: title_shown(window, ids[0]) == "Tijdens de dialoog gewijzigd",
        timeout=SHOWN_WITHIN_MS,
    )


def test_own_changes_cause_no_reload(qtbot, db, window, ids):
    """The window shows its own change itself; the watcher stays quiet about it."""
    from tracker.store.queries import mark

    reloads = []
    window.change_watcher.changed.connect(lambda: reloads.append(1))
    mark(ids[3], "fulfilled", note="eigen werk")  # through the window's own connection
    colleague_renames(db, ids[5], "Pas daarna door een collega")
    qtbot.waitUntil(
        lambda: title_shown(window, ids[5]) == "Pas daarna door een collega",
        timeout=SHOWN_WITHIN_MS,
    )
    assert len(reloads) == 1


def test_the_watcher_hears_a_postgresql_notification(qtbot, postgres_server):
    url = postgres_server.reset()
    db = open_database(url)
    watcher = ChangeWatcher(db=db)
    try:
        assert watcher.mode == "listen"
        other = parse_location(url).create()
        with qtbot.waitSignal(watcher.changed, timeout=SHOWN_WITHIN_MS):
            other.execute_sql(
                "INSERT INTO document (path, title, kind, content_hash, imported_at, "
                "source_text) VALUES ('x.md', 'x', 'brief', 'h', now(), '')"
            )
        other.close()
    finally:
        watcher.stop()
        close_database()


# -- the database in the settings ---------------------------------------------------------


@pytest.fixture
def dialog(qtbot, settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def choose_other(qtbot, dialog: SettingsDialog, text: str) -> None:
    dialog.database_other.setChecked(True)
    dialog.database_edit.clear()
    qtbot.keyClicks(dialog.database_edit, text)


def test_a_server_url_is_saved_without_its_password(qtbot, dialog, settings):
    choose_other(qtbot, dialog, "postgresql://anna:geheim@db.tweedekamer.example:5432/toezeggingen")
    assert "wachtwoord" in dialog.database_status.text().lower()

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.value(DATABASE_KEY) == (
        "postgresql://anna@db.tweedekamer.example:5432/toezeggingen"
    )
    assert dialog.database_changed


def test_a_url_that_is_no_database_is_refused_with_the_problem(qtbot, dialog, settings):
    choose_other(qtbot, dialog, "mysql://anna@server/toezeggingen")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "unknown kind of database" in dialog.database_status.text()
    assert settings.value(DATABASE_KEY) is None


def test_the_default_choice_forgets_the_stored_database(dialog, settings):
    settings.setValue(DATABASE_KEY, "postgresql://anna@server/toezeggingen")
    dialog = SettingsDialog(settings)
    assert dialog.database_other.isChecked()
    dialog.database_default.setChecked(True)
    dialog.accept()
    assert settings.value(DATABASE_KEY) is None


def test_an_unreachable_server_is_reported_in_the_background(qtbot, dialog):
    choose_other(qtbot, dialog, "postgresql://anna@127.0.0.1:1/toezeggingen")
    dialog.database_test.click()
    qtbot.waitUntil(
        lambda: dialog.database_status.text().startswith("Geen verbinding"), timeout=15000
    )
    assert dialog.database_status.property("error")


def test_a_reachable_server_is_reported_with_what_it_holds(qtbot, dialog, postgres_server):
    url = postgres_server.reset()
    open_database(url)
    close_database()
    choose_other(qtbot, dialog, url)
    dialog.database_test.click()
    qtbot.waitUntil(lambda: dialog.database_status.text().startswith("Verbonden"), timeout=15000)
    assert "0 toezeggingen" in dialog.database_status.text()


def test_precedence_db_then_environment_then_setting_then_default(settings, monkeypatch):
    settings.setValue(DATABASE_KEY, "postgresql://anna@server/instelling")
    assert app_module.chosen_database("/tmp/expliciet.sqlite", settings) == "/tmp/expliciet.sqlite"
    monkeypatch.setenv("TRACKER_DB", "/tmp/omgeving.sqlite")
    assert app_module.chosen_database(None, settings) == "/tmp/omgeving.sqlite"
    monkeypatch.delenv("TRACKER_DB")
    assert app_module.chosen_database(None, settings) == "postgresql://anna@server/instelling"
    settings.remove(DATABASE_KEY)
    assert app_module.chosen_database(None, settings) is None


# -- at start: password, unreachable server --------------------------------------------------

SERVER = "postgresql://anna@db.tweedekamer.example:5432/toezeggingen"


def test_the_password_is_asked_masked_and_used_for_the_second_try(qtbot, tmp_path, monkeypatch):
    calls = []

    def fake_open(location, password=None):
        calls.append(password)
        if password is None:
            raise PasswordRequired(location)
        return open_database(tmp_path / "stand-in.sqlite")  # the server, for this test

    def type_password(dialog: PasswordDialog) -> int:
        assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(dialog.password_edit, "geheim")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(app_module, "open_database", fake_open)
    monkeypatch.setattr(PasswordDialog, "exec", type_password)
    try:
        location = app_module.open_chosen_database(SERVER)
    finally:
        close_database()

    assert calls == [None, "geheim"]
    assert location.display == SERVER
    assert "geheim" not in str(QSettings().allKeys())


def test_cancelling_the_password_dialog_stops_the_start(monkeypatch):
    def fake_open(location, password=None):
        raise PasswordRequired(location)

    monkeypatch.setattr(app_module, "open_database", fake_open)
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    with pytest.raises(app_module.StartCancelled):
        app_module.open_chosen_database(SERVER)


def test_an_unreachable_server_offers_the_local_database(monkeypatch):
    opened = []
    real_open = open_database

    def fake_open(location, password=None):
        opened.append(location.display)
        if location.is_postgres:
            raise DatabaseError(f"{location.display}: cannot connect to the database (timeout)")
        return real_open(location)

    choices = iter([UnreachableDialog.RETRY, UnreachableDialog.LOCAL])
    monkeypatch.setattr(app_module, "open_database", fake_open)
    monkeypatch.setattr(UnreachableDialog, "choice", lambda self: next(choices))
    try:
        location = app_module.open_chosen_database(SERVER)
    finally:
        close_database()

    assert opened == [SERVER, SERVER, str(default_db_path())]
    assert location.path == default_db_path()
