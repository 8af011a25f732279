"""Noticing that colleagues changed the register, so an open window can show it.

On SQLite a timer reads `PRAGMA data_version` in the UI thread every two seconds (a
microsecond's work). On PostgreSQL a thread waits for the server's notifications
(LISTEN, or a stamp query every few seconds where that is unavailable) and reports
through a signal, so the UI thread never waits on the network.

The watcher says `changed` only when the window can take a reload: not while a modal
dialog or a menu is open, or a job is running (the `busy` callable); it tries again
until the way is clear.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import peewee as pw
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from tracker.store import changes
from tracker.store.models import DB

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2000  # SQLite: how often the data version is read
SETTLE_MS = 300  # a burst of notifications (an import) gives one reload
RETRY_MS = 700  # how soon to try again while a dialog is open
LISTEN_TIMEOUT_S = 0.5  # how long the thread sleeps between looks at its stop flag
RECONNECT_S = 5.0  # after losing the server, wait this long before listening again


class _ListenerThread(QThread):
    """Waits for changes on a connection of its own; `notified` when there were some."""

    notified = Signal()

    def __init__(self, source: changes.ChangeSource, db: pw.Database, parent=None) -> None:
        super().__init__(parent)
        self.source: changes.ChangeSource | None = source
        self.db = db
        self._ignored = getattr(source, "_ignored", set())
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True

    def ignore(self, pid: int) -> None:
        """Drop the notifications of this server process too (the window's own
        connection, made anew after the server went away)."""
        self._ignored.add(pid)
        source = self.source
        if source is not None and hasattr(source, "ignore_backend"):
            source.ignore_backend(pid)

    def run(self) -> None:
        while not self._stopping:
            try:
                if self.source is None:
                    self.source = self._reconnect()
                    self.notified.emit()  # changes may have been missed meanwhile
                if self.source.wait(LISTEN_TIMEOUT_S):
                    self.notified.emit()
            except Exception as exc:  # noqa: BLE001 - the server went away: listen again later
                log.warning("change listener lost its connection: %s", exc)
                self._close_source()
                self._sleep(RECONNECT_S)
        self._close_source()

    def _reconnect(self) -> changes.ChangeSource:
        listener = changes.NotifyListener(self.db)
        for pid in self._ignored:
            listener.ignore_backend(pid)
        return listener

    def _close_source(self) -> None:
        if self.source is not None:
            try:
                self.source.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                log.debug("closing the change source", exc_info=True)
            self.source = None

    def _sleep(self, seconds: float) -> None:
        waited = 0.0
        while waited < seconds and not self._stopping:
            self.msleep(100)
            waited += 0.1


class ChangeWatcher(QObject):
    """Emits `changed` when someone else changed the register and the window may reload."""

    changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        busy: Callable[[], bool] | None = None,
        db: pw.Database | None = None,
        interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._busy = busy or (lambda: False)
        self._forget_hook: Callable[[], None] = lambda: None
        self._pending = False
        self.deferred = 0  # how often a reload waited for a dialog or a job
        self._poller: changes.DataVersionPoller | None = None
        self._thread: _ListenerThread | None = None
        self._deliver_timer = QTimer(self)
        self._deliver_timer.setSingleShot(True)
        self._deliver_timer.timeout.connect(self._deliver)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(interval_ms)
        self._poll_timer.timeout.connect(self._poll)
        database = db if db is not None else DB.obj
        if database is None:
            return
        try:
            source = changes.open_change_source(database, in_thread=True)
        except Exception:  # noqa: BLE001 - without it the window works, only not live
            log.exception("cannot watch the database for changes")
            return
        if isinstance(source, changes.DataVersionPoller):
            self._poller = source
            self._poll_timer.start()
        else:
            self._thread = _ListenerThread(source, database, self)
            # Queued: the thread emits, the UI thread handles it.
            self._thread.notified.connect(self._on_notified)
            self._thread.start()
            self._watch_own_connections(database)
            application = QCoreApplication.instance()
            if application is not None:  # never leave the thread running at exit
                application.aboutToQuit.connect(self.stop)

    def _watch_own_connections(self, database: pw.Database) -> None:
        """The window's own changes go through its (UI thread's) connection, whose server
        process the listener ignores; after the server went away that connection is
        made anew, with another process: ignore that one too."""
        on_connect = getattr(database, "on_connect", None)
        if on_connect is None:
            return
        ui_thread = threading.get_ident()

        def own(pid: int) -> None:
            thread = self._thread
            if thread is not None and threading.get_ident() == ui_thread:
                thread.ignore(pid)

        on_connect(own)
        self._forget_hook = lambda: on_connect(own, add=False)

    @property
    def ignored(self) -> frozenset[int]:
        """The server processes whose notifications are dropped: the window's own."""
        return frozenset(self._thread._ignored) if self._thread is not None else frozenset()

    @property
    def pending(self) -> bool:
        """Others changed the register and the window has not reloaded yet."""
        return self._pending

    @property
    def active(self) -> bool:
        return self._poller is not None or self._thread is not None

    @property
    def mode(self) -> str:
        """ "poll" (SQLite), "listen" (PostgreSQL NOTIFY), "stamp" (PostgreSQL polling)."""
        if self._poller is not None:
            return "poll"
        if self._thread is not None:
            source = self._thread.source
            return "stamp" if isinstance(source, changes.StampPoller) else "listen"
        return "off"

    def acknowledge(self) -> None:
        """The window is about to read the register: what changed so far is seen."""
        self._pending = False
        self._deliver_timer.stop()
        if self._poller is not None:
            try:
                self._poller.acknowledge()
            except pw.PeeweeException:
                log.debug("reading the data version", exc_info=True)

    def stop(self) -> None:
        self._forget_hook()
        self._poll_timer.stop()
        self._deliver_timer.stop()
        if self._thread is not None:
            self._thread.stop()
            self._thread.wait()
            self._thread = None

    @Slot()
    def _poll(self) -> None:
        try:
            if self._poller is not None and self._poller.changed():
                self._on_notified()
        except pw.PeeweeException:
            log.debug("reading the data version", exc_info=True)

    @Slot()
    def _on_notified(self) -> None:
        self._pending = True
        if not self._deliver_timer.isActive():
            self._deliver_timer.start(SETTLE_MS)

    @Slot()
    def _deliver(self) -> None:
        if not self._pending:
            return
        if self._window_busy():
            self.deferred += 1
            self._deliver_timer.start(RETRY_MS)
            return
        self._pending = False
        self.changed.emit()

    def _window_busy(self) -> bool:
        """A dialog, a menu or a running job: a reload now would interrupt the user."""
        if QApplication.activeModalWidget() is not None:
            return True
        if QApplication.activePopupWidget() is not None:
            return True
        return bool(self._busy())
