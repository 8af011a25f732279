"""Faults on a real PostgreSQL server, in the window: a mark in flight when the server
restarts or the connection is terminated, a mark cancelled by statement_timeout, an
import cut off by a restart, a colleague's change while the server was away, and the
window started while the server is down. Each time the window says what happened in one
line, and the next action works without restarting it.

The module has its own cluster (tests/pg_cluster.py) and each test a database of its
own on it; the store and command-line side is in tests/test_faults.py.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from factories import open_window
from fault_setup import DEADLINE, Holder, history, new_register, wait_until, waiting_clients
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tracker.store.connection import close_database, open_database, parse_location
from ui import app as app_module
from ui.dialogs.connection_dialog import UnreachableDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("kamervragen-clean.txt", "kamervragen-cp1252.txt", "verslag-plain.txt")
WAIT_MS = int(DEADLINE * 1000)


@pytest.fixture
def register(pg_cluster):
    name, url = new_register(pg_cluster)
    yield name, url
    close_database()


@pytest.fixture
def window(qtbot, register, settings) -> MainWindow:
    open_database(register[1])
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)
    return window


@pytest.fixture
def marking(qtbot, monkeypatch):
    """Marks the first row fulfilled through the mark dialog; returns its id."""

    def exec_(dialog: MarkDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(MarkDialog, "exec", exec_)

    def mark(window: MainWindow) -> None:
        window.last_message_box = None
        window.table.selectRow(0)
        window.mark_action.trigger()

    return mark


def _first_id(window: MainWindow) -> int:
    window.table.selectRow(0)
    return window.selection.selected_id()


def _in_background(work) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def _status_shown(window: MainWindow, cid: int) -> str:
    return window.model.commitment(window.model.row_for_id(cid)).status


@pytest.mark.parametrize("fault", ["restart", "terminate"])
def test_a_mark_in_flight_is_said_not_saved_and_the_next_mark_works(
    qtbot, pg_cluster, register, window, marking, fault
):
    name, url = register
    cid = _first_id(window)
    holder = Holder(pg_cluster, name).commitment(cid)  # the mark waits for this row

    def strike() -> None:
        wait_until(lambda: waiting_clients(pg_cluster, name), what="the mark to wait")
        if fault == "restart":
            pg_cluster.restart("fast")
        else:
            pg_cluster.terminate(database=name)

    striking = _in_background(strike)
    try:
        marking(window)  # waits in the window's thread until the fault ends it
        striking.join(DEADLINE)
    finally:
        holder.release()
    box = window.last_message_box
    assert box is not None and box.text() == "De status kon niet worden opgeslagen."
    shown = parse_location(url).display
    assert box.informativeText() == (
        f"De verbinding met de server {shown} ging verloren; de wijziging is niet opgeslagen. "
        "Probeer het opnieuw: het programma maakt zelf weer verbinding."
    )
    assert history(pg_cluster, name, cid) == ("open", 1, 0, 0)
    assert _status_shown(window, cid) == "open"
    box.close()

    marking(window)  # the same window: it reconnects by itself
    assert window.last_message_box is None
    assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)
    qtbot.waitUntil(lambda: _status_shown(window, cid) == "fulfilled", timeout=WAIT_MS)


def test_a_mark_while_the_server_is_down_says_so_and_works_once_it_is_back(
    qtbot, pg_cluster, register, window, marking
):
    name, url = register
    cid = _first_id(window)
    pg_cluster.stop()
    try:
        marking(window)
    finally:
        pg_cluster.start()
    box = window.last_message_box
    assert box is not None and box.text() == "De status kon niet worden opgeslagen."
    assert box.informativeText() == (
        f"De server {parse_location(url).display} is niet bereikbaar; er is niets gewijzigd. "
        "Probeer het zo opnieuw."
    )
    box.close()
    marking(window)  # the server is back: the same window just works
    assert window.last_message_box is None
    assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)


def test_a_mark_cancelled_by_the_statement_timeout_is_one_line_and_the_next_works(
    qtbot, pg_cluster, settings, marking
):
    name, url = new_register(pg_cluster, options="-c%20statement_timeout%3D700")
    open_database(url)
    try:
        window = open_window(qtbot, settings)
        window.show_all_action.trigger()
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)
        cid = _first_id(window)
        holder = Holder(pg_cluster, name).commitment(cid)
        try:
            marking(window)
        finally:
            holder.release()
        box = window.last_message_box
        assert box is not None and box.text() == "De status kon niet worden opgeslagen."
        assert box.informativeText() == (
            f"De server {parse_location(url).display} brak de opdracht af omdat die te lang "
            "duurde (statement_timeout); er is niets gewijzigd."
        )
        assert history(pg_cluster, name, cid) == ("open", 1, 0, 0)
        box.close()
        marking(window)
        assert window.last_message_box is None
        assert history(pg_cluster, name, cid) == ("fulfilled", 2, 1, 1)
    finally:
        close_database()


def test_an_import_cut_off_by_a_restart_says_what_is_stored_and_again_stores_the_rest(
    qtbot, pg_cluster, register, window
):
    name, url = register
    files = [str(ROOT / "tests" / "data" / "documents" / f) for f in DOCUMENTS]
    holder = Holder(pg_cluster, name).document_bytes(Path(files[1]))
    try:
        window.import_flow.import_files(files)
        qtbot.waitUntil(lambda: waiting_clients(pg_cluster, name) > 0, timeout=WAIT_MS)
        pg_cluster.restart("fast")
        qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not window.jobs_running(), timeout=WAIT_MS)
    finally:
        holder.release()
    box = window.last_message_box
    assert box.windowTitle() == "Import gestopt"
    first, second = box.text().split("\n")
    assert first.startswith(f"De verbinding met de server {parse_location(url).display} ging")
    assert second == (
        "De import is gestopt na 1 van 3 bestanden. De bestanden die al verwerkt waren, zijn "
        "opgeslagen."
    )
    assert "2 bestanden niet verwerkt." in box.informativeText()
    assert f"Niet verwerkt: {files[1]}" in box.detailedText()
    stored = [r[0] for r in pg_cluster.execute("SELECT path FROM document", (), name)]
    assert files[0] in stored and files[1] not in stored
    box.close()

    window.last_message_box = None
    window.import_flow.import_files(files)  # again, in the same window
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.jobs_running(), timeout=WAIT_MS)
    assert window.last_message_box.windowTitle() == "Import voltooid"
    stored = [r[0] for r in pg_cluster.execute("SELECT path FROM document", (), name)]
    assert sorted(p for p in stored if p in files) == sorted(files)  # each once


def test_the_open_window_catches_up_with_changes_made_while_the_server_was_away(
    qtbot, pg_cluster, register, window
):
    name, _ = register
    cid = _first_id(window)
    pg_cluster.restart("fast")
    # The listener is away now (it listens again a few seconds later): a colleague's
    # change made meanwhile is shown once it is back, and one made after it too.
    for title in ("Hernoemd terwijl de server weg was", "Hernoemd daarna"):
        pg_cluster.execute(
            "UPDATE commitment SET title = %s, version = version + 1 WHERE id = %s",
            (title, cid),
            name,
        )
        qtbot.waitUntil(
            lambda title=title: (
                window.model.commitment(window.model.row_for_id(cid)).title == title
            ),
            timeout=WAIT_MS,
        )


def test_after_a_restart_the_windows_own_changes_are_not_taken_for_a_colleagues(
    qtbot, pg_cluster, register, window
):
    from tracker.store import queries
    from tracker.store.changes import backend_pid
    from tracker.store.models import DB

    before = backend_pid(DB.obj)
    assert before in window.change_watcher.ignored
    pg_cluster.restart("fast")
    queries.mark(_first_id(window), "fulfilled", who="ann")  # the window's connection, anew
    after = backend_pid(DB.obj)
    assert after != before and after in window.change_watcher.ignored


def test_the_window_started_while_the_server_is_down_says_so_and_opens_when_it_is_back(
    qtbot, pg_cluster, register, settings, monkeypatch
):
    name, url = register
    shown: list[tuple[str, str]] = []

    def choice(dialog: UnreachableDialog) -> str:
        shown.append((dialog.text(), dialog.detailedText()))
        pg_cluster.start()  # the server comes back; the user tries again
        return UnreachableDialog.RETRY

    monkeypatch.setattr(UnreachableDialog, "choice", choice)
    pg_cluster.stop()
    try:
        location = app_module.open_chosen_database(url)
    finally:
        if not shown:
            pg_cluster.start()
    assert location.display == parse_location(url).display
    [(text, details)] = shown
    assert text == "De gedeelde database is niet bereikbaar."
    assert details.startswith(f"{location.display}: geen verbinding met de database (")  # Dutch
    assert "\n" not in details and pg_cluster.password not in details
    window = open_window(qtbot, settings)
    window.show_all_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)


def test_the_lines_are_said_in_english_too(english):
    from tracker.store.lost_connection import (
        UNKNOWN,
        ConnectionLost,
        ServerUnreachable,
        StatementCancelled,
    )
    from ui.workers import unwritable_text

    where = "postgresql://anna@db.tweedekamer.nl/register"
    assert unwritable_text(ConnectionLost(where)) == (
        f"The connection to the server {where} was lost; the change was not saved. Try "
        "again: the program reconnects by itself."
    )
    assert unwritable_text(ConnectionLost(where, UNKNOWN)).startswith(
        f"The connection to the server {where} was lost while saving and the server is not"
    )
    assert unwritable_text(ServerUnreachable(where, "Connection refused")) == (
        f"The server {where} cannot be reached; nothing was changed. Try again in a moment."
    )
    assert unwritable_text(StatementCancelled(where)).startswith(
        f"The server {where} cancelled the statement because it took too long"
    )
