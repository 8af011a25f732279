"""Long jobs run off the UI thread: one QObject per job, reporting through signals.

A job is moved to its own QThread; its `run` slot calls the plain-Python core and
ends by emitting exactly one of `finished` or `failed`. The window never waits on
it. Each thread gets its own SQLite connection (peewee keeps one per thread),
which the job closes when it is done.
"""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from tracker.export.xlsx import ExportError, write_overdue_xlsx
from tracker.importing import FileResult, import_paths
from tracker.store.connection import close_database
from tracker.store.queries import list_commitments

log = logging.getLogger(__name__)


class JobCancelled(Exception):
    """Raised inside a job's progress callback when the user asked it to stop."""


class Job(QObject):
    """Base of the background jobs; subclasses implement `work()`."""

    progress = Signal(int, int, str)  # done, total, current item
    finished = Signal(object)  # the job's result
    failed = Signal(str, str)  # short message, details

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the job to stop at the next safe point (between files)."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            log.exception("%s failed", type(self).__name__)
            self.failed.emit(self.describe_error(exc), traceback.format_exc())
        else:
            self.finished.emit(result)
        finally:
            close_database()  # only this thread's connection

    def work(self) -> object:
        raise NotImplementedError

    def describe_error(self, exc: Exception) -> str:
        return str(exc) or type(exc).__name__


@dataclass
class ImportOutcome:
    """What an import did: the per-file results, or how far it got before it was stopped."""

    results: list[FileResult]
    total: int
    cancelled_after: int | None = None  # files stored before the user stopped it


class ImportJob(Job):
    """Imports files with `tracker.importing.import_paths`."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = list(paths)

    def work(self) -> ImportOutcome:
        done_before_stop = 0

        def progress(done: int, total: int, path: str) -> None:
            nonlocal done_before_stop
            done_before_stop = done
            if self.cancelled and done < total:
                raise JobCancelled
            self.progress.emit(done, total, path)

        try:
            results = import_paths(self.paths, progress=progress)
        except JobCancelled:
            return ImportOutcome([], len(self.paths), cancelled_after=done_before_stop)
        return ImportOutcome(results, len(self.paths))


class ExportOverdueJob(Job):
    """Lists the commitments overdue on `as_of` and writes them to an Excel workbook."""

    def __init__(self, path: str, as_of: dt.date, description: str) -> None:
        super().__init__()
        self.path = path
        self.as_of = as_of
        self.description = description

    def work(self) -> tuple[str, int]:
        rows = list_commitments(overdue=True, as_of=self.as_of)
        write_overdue_xlsx(self.path, rows, as_of=self.as_of, description=self.description)
        return str(Path(self.path)), len(rows)

    def describe_error(self, exc: Exception) -> str:
        if isinstance(exc, ExportError):
            return str(exc)
        return super().describe_error(exc)


def start_job(job: Job, parent: QObject) -> QThread:
    """Run `job` in a new thread owned by `parent`; the thread ends itself when done.

    The caller connects to the job's signals (with bound slots of a QObject living in
    the UI thread, so they are delivered there) before or after calling this.
    """
    thread = QThread(parent)
    thread.setObjectName(type(job).__name__)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    job.finished.connect(thread.quit)
    job.failed.connect(thread.quit)
    thread.finished.connect(job.deleteLater)
    thread.start()
    return thread
