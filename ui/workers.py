"""Long jobs run off the UI thread, in a QThreadPool: a QRunnable per job, and a
QObject beside it that reports through signals.

A job's `work()` calls the plain-Python core and the runnable ends by emitting
exactly one of `finished` or `failed`. The window connects bound slots of its own, so
the signals are delivered in the UI thread and the window never waits. Each pool
thread gets its own SQLite connection (peewee keeps one per thread), which the job
closes when it is done.
"""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from tracker.documents.reference_date import ReferenceDateError
from tracker.export import write_export
from tracker.export.common import ExportError
from tracker.importing import FileResult, ImportProgress, import_batch, redate_document
from tracker.store.connection import close_database
from tracker.store.filters import (
    facet_counts,
    matching,
    query_commitment_pages,
    query_commitments,
    search_ids,
)
from tracker.store.queries import CommitmentRow, list_commitments
from tracker.store.write_errors import BUSY, FORBIDDEN, FULL, READ_ONLY, database_write_error
from ui.models.commitment_filter_proxy import Refiltered, shown_flags, visible_of
from ui.server_errors import server_error_text

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """The signals of one job; lives in the UI thread, emitted from the pool thread."""

    progress = Signal(int, int, str)  # done, total, current item
    finished = Signal(object)  # the job's result
    failed = Signal(str, str)  # short message, details


class Job(QRunnable):
    """Base of the background jobs; subclasses implement `work()`."""

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window drops its reference when the job reports
        self.signals = JobSignals()
        self._cancelled = False
        self.done = False

    # Shorthands, so callers connect `job.finished` as with a QObject job.
    @property
    def progress(self):
        return self.signals.progress

    @property
    def finished(self):
        return self.signals.finished

    @property
    def failed(self):
        return self.signals.failed

    def cancel(self) -> None:
        """Ask the job to stop at the next safe point (between files)."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            log.exception("%s failed", type(self).__name__)
            self.done = True
            self.signals.failed.emit(self.describe_error(exc), traceback.format_exc())
        else:
            self.done = True
            self.signals.finished.emit(result)
        finally:
            close_database()  # only this thread's connection

    def work(self) -> object:
        raise NotImplementedError

    def describe_error(self, exc: Exception) -> str:
        return unwritable_text(exc) or str(exc) or type(exc).__name__


def unwritable_text(exc: BaseException) -> str | None:
    """What to tell the user when `exc` says the database could not be written (disk
    full, read-only, held by another program), naming the file, or that the server went
    away (ui/server_errors.py); None for any other error."""
    lost = server_error_text(exc)
    if lost is not None:
        return lost
    unwritable = database_write_error(exc)
    if unwritable is None:
        return None
    if unwritable.problem == FULL:
        text = QCoreApplication.translate(
            "Jobs",
            "De database %1 kon niet worden bijgewerkt: de schijf is vol "
            "(of het bestand mag niet groter worden).",
        )
    elif unwritable.problem == BUSY:
        text = QCoreApplication.translate(
            "Jobs",
            "De database %1 kon niet worden bijgewerkt: een ander programma (de tracker van "
            "een collega, een synchronisatie of een back-up) houdt het bestand bezet. "
            "Probeer het zo opnieuw.",
        )
    elif unwritable.problem == FORBIDDEN:  # the login's role (tracker/store/roles.py)
        text = QCoreApplication.translate(
            "Jobs",
            "De database %1 weigerde deze wijziging: uw login mag dat niet (lezer leest, "
            "medewerker wijzigt, beheerder verwijdert en voegt samen).",
        )
    elif unwritable.problem == READ_ONLY:
        text = QCoreApplication.translate(
            "Jobs",
            "De database %1 kon niet worden bijgewerkt: het bestand of de map is alleen-lezen.",
        )
    else:
        text = QCoreApplication.translate(
            "Jobs",
            "De database %1 kon niet worden bijgewerkt: de schijf weigerde het schrijven "
            "(is hij vol?).",
        )
    kept = QCoreApplication.translate(
        "Jobs", "Wat u net deed is niet opgeslagen; alles wat eerder was opgeslagen blijft bewaard."
    )
    return text.replace("%1", unwritable.where) + " " + kept


@dataclass
class ImportOutcome:
    """What an import did: the per-file results, and how far it got if it was stopped."""

    results: list[FileResult]
    total: int
    cancelled_after: int | None = None  # files processed before the user stopped it
    pending: list[str] = field(default_factory=list)  # files not processed (stopped)
    interrupted: str = ""  # why it stopped by itself: the server went away (one line)


class ImportSignals(JobSignals):
    step = Signal(object)  # an ImportProgress: files done, in all, current file, found
    stage = Signal(str, str)  # the current file, what is done with it (importing.STAGES)
    part = Signal(str, str, float)  # the current file, its step, how far that is (0 to 1)


class ImportJob(Job):
    """Imports files one by one with `tracker.importing.import_batch`; each file is one
    transaction, so stopping between files never leaves half a document behind."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.signals = ImportSignals()
        self.paths = list(paths)

    @property
    def step(self):
        return self.signals.step

    def work(self) -> ImportOutcome:
        def report(step: ImportProgress) -> None:
            self.signals.progress.emit(step.done, step.total, step.path)
            self.signals.step.emit(step)

        batch = import_batch(
            self.paths,
            report,
            lambda: self.cancelled,
            stage=self.signals.stage.emit,
            part=self.signals.part.emit,
        )
        return ImportOutcome(
            batch.results,
            batch.total,
            cancelled_after=len(batch.results) if batch.stopped else None,
            pending=batch.pending,
            interrupted=server_error_text(batch.interrupted) or "",
        )


class RedateJob(Job):
    """Gives a stored document that states no date the date of its answers
    (`tracker.importing.redate_document`): its due dates are read again from that day."""

    def __init__(self, document_id: int, reference_date: dt.date, name: str = "") -> None:
        super().__init__()
        self.document_id = document_id
        self.reference_date = reference_date
        self.name = name  # the document as the window named it, for its messages

    def work(self) -> FileResult:
        return redate_document(self.document_id, self.reference_date)

    def describe_error(self, exc: Exception) -> str:
        if isinstance(exc, ReferenceDateError):
            return QCoreApplication.translate(
                "Jobs", "%1 ligt in de toekomst of is geen bruikbare datum."
            ).replace("%1", f"{self.reference_date:%d-%m-%Y}")
        return super().describe_error(exc)


class ExportOverdueJob(Job):
    """Lists the commitments overdue on `as_of` and writes them to a file; the format
    (xlsx, csv or ics) follows the suffix of `path`."""

    def __init__(self, path: str, as_of: dt.date, description: str) -> None:
        super().__init__()
        self.path = path
        self.as_of = as_of
        self.description = description

    def work(self) -> tuple[str, int]:
        rows = list_commitments(overdue=True, as_of=self.as_of)
        count = write_export(self.path, rows, as_of=self.as_of, description=self.description)
        return str(Path(self.path)), count

    def describe_error(self, exc: Exception) -> str:
        if isinstance(exc, ExportError):
            return str(exc)
        return super().describe_error(exc)


class ExportRowsJob(ExportOverdueJob):
    """Writes the given rows (what the list shows) to a file (format from the suffix)."""

    def __init__(
        self, path: str, rows: list[CommitmentRow], as_of: dt.date, description: str
    ) -> None:
        super().__init__(path, as_of, description)
        self.rows = list(rows)

    def work(self) -> tuple[str, int]:
        count = write_export(self.path, self.rows, as_of=self.as_of, description=self.description)
        return str(Path(self.path)), count


class FacetJob(Job):
    """Counts the facets of a filter (`tracker.store.filters.facet_counts`), for large
    registers where that takes longer than a keystroke may."""

    def __init__(self, query, sequence: int) -> None:
        super().__init__()
        self.query = query
        self.sequence = sequence

    def work(self) -> tuple[int, object]:
        return self.sequence, facet_counts(self.query)


class LoadJob(Job):
    """Reads the rows of a filter (`tracker.store.filters.query_commitments`), for
    registers too large to read while the window waits."""

    def __init__(self, query, sequence: int) -> None:
        super().__init__()
        self.query = query
        self.sequence = sequence

    def work(self) -> tuple[int, list[CommitmentRow]]:
        return self.sequence, query_commitments(self.query)


class PageSignals(JobSignals):
    page = Signal(object)  # (sequence, rows of one page, rows read so far, rows in all)


class PagedLoadJob(Job):
    """Reads the rows of a filter a page at a time (`filters.query_commitment_pages`)
    and hands each page to the window as it is read, so a large register shows its
    first rows at once; finishes with (sequence, rows in all)."""

    def __init__(self, query, sequence: int, page_size: int) -> None:
        super().__init__()
        self.signals = PageSignals()
        self.query = query
        self.sequence = sequence
        self.page_size = page_size

    @property
    def page(self):
        return self.signals.page

    def work(self) -> tuple[int, int]:
        done = total = 0
        for rows, total in query_commitment_pages(self.query, self.page_size):
            if self.cancelled:
                break
            done += len(rows)
            self.signals.page.emit((self.sequence, rows, done, total))
        return self.sequence, total


class FilterJob(Job):
    """Which rows a filter shows, for a register too large to filter while the window
    waits: asks the store for the ids of the search text and of the structural filter
    (those in `names`; `known` sets are taken as they are), then the visible source
    positions in the proxy's order (`commitment_filter_proxy.shown_flags`,
    `visible_of`) for the proxy's `snapshot`. Finishes with (sequence, Refiltered)."""

    def __init__(self, text: str, structure, names, known, snapshot, sequence: int) -> None:
        super().__init__()
        self.text = text
        self.structure = structure
        self.names = frozenset(names)
        self.known = dict(known)
        self.snapshot = snapshot
        self.sequence = sequence

    def work(self) -> tuple[int, object]:
        sets = dict(self.known)
        if "search" in self.names and "search" not in sets:
            sets["search"] = search_ids(self.text) if self.text else None
        if "filter" in self.names and "filter" not in sets:
            sets["filter"] = matching(self.structure)
        allowed = {**self.snapshot.allowed, **sets}
        shown = shown_flags(allowed, self.snapshot.ids)
        visible = visible_of(shown, self.snapshot.order)
        return self.sequence, Refiltered(allowed, shown, visible, self.snapshot.generation), sets


def start_job(job: Job, pool: QThreadPool) -> Job:
    """Run `job` in `pool`; the caller connects to its signals before calling this."""
    pool.start(job)
    return job


def background_progress(
    parent: QWidget, name: str, title: str, label: str, stop: str, maximum: int = 0
) -> QProgressDialog:
    """The progress of a background job: not modal (the window stays usable), shown
    after 400 ms, kept open at 100 % until the job's report replaces it. `maximum` 0:
    a busy bar."""
    progress = QProgressDialog(label, stop, 0, maximum, parent)
    progress.setObjectName(name)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.NonModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress
