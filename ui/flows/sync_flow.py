"""Keeping the register current from the House's open data: Bestand › Volgen… (what to
follow) and *Ophalen* (`tracker.opendata.sync.sync` in a background job, with progress
that never blocks the window, a Stop button, a report and a fresh list), by hand or at
start, at most once per N hours.

The core is looked up when used (`importlib`), so a test can stand in for it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from ui.dialogs.follow_dialog import FollowDialog
from ui.labels import counted
from ui.settings_dialog import display_name
from ui.sync_settings import sync_api, sync_at_start, sync_due, sync_every_hours, sync_module
from ui.workers import Job, JobSignals, background_progress

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SyncSignals(JobSignals):
    step = Signal(object)  # a SyncProgress


class SyncJob(Job):
    """Runs `sync()` in the pool; Stop sets the `cancelled` it asks."""

    def __init__(self, api: str, who: str) -> None:
        super().__init__()
        self.signals = SyncSignals()
        self.api = api
        self.who = who

    @property
    def step(self):
        return self.signals.step

    def work(self) -> object:
        return sync_module().sync(
            self.api,
            progress=self.signals.step.emit,
            cancelled=lambda: self.cancelled,
            who=self.who,
        )


class SyncFlow(QObject):
    """The follow dialog, and one sync at a time in the background."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: SyncJob | None = None
        self.progress: QProgressDialog | None = None
        self.last_progress = None

    # -- following -----------------------------------------------------------------------

    def open_follows(self) -> None:
        FollowDialog(self.window).exec()

    # -- syncing -------------------------------------------------------------------------

    def running(self) -> bool:
        return self.job is not None

    def start_at_start(self) -> None:
        """After the window is shown: sync if the settings ask for it and it is due."""
        QTimer.singleShot(0, self.start_if_due)

    @Slot()
    def start_if_due(self) -> bool:
        """Start a sync if it is on at start and the last is older than N hours (or there
        was none); True if one was started."""
        settings = self.window.settings
        if not sync_at_start(settings) or self.running():
            return False
        if not self.window.permissions.may_change:  # a lezer: a sync would change things
            return False
        try:
            last = sync_module().last_sync()
        except Exception:  # noqa: BLE001 - no core, or no database to ask: no sync at start
            return False
        if not sync_due(last, sync_every_hours(settings), dt.datetime.now()):
            return False
        return self.start()

    def start(self) -> bool:
        """Ophalen: run the sync in the background; refused while one runs."""
        window = self.window
        if self.running():
            window.statusBar().showMessage(self.tr("Er wordt al opgehaald."), 10000)
            return False
        job = self.job = SyncJob(sync_api(window.settings), display_name(window.settings))
        job.step.connect(self.on_progress)
        job.finished.connect(self.on_finished)
        job.failed.connect(self.on_failed)

        # Not modal: the list stays usable while the House's data comes in.
        progress = background_progress(
            window,
            "syncProgress",
            self.tr("Ophalen"),
            self.tr("Zoeken naar nieuwe documenten…"),
            self.tr("Stoppen"),
        )
        progress.canceled.connect(self.cancel)
        self.progress = progress
        self.last_progress = None

        window.sync_action.setEnabled(False)
        window.statusBar().showMessage(self.tr("Ophalen…"))
        window.jobs.start(job)
        return True

    @Slot()
    def cancel(self) -> None:
        if self.job is None:
            return
        self.job.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stoppen…"))
        self.window.statusBar().showMessage(self.tr("Ophalen wordt gestopt…"))

    def progress_text(self, step) -> str:
        stage = {
            "zoeken": self.tr("Zoeken naar nieuwe documenten…"),
            "downloaden": self.tr("Documenten downloaden…"),
            "importeren": self.tr("Documenten importeren…"),
            "toezeggingen": self.tr("Mondelinge toezeggingen ophalen…"),
            "klaar": self.tr("Klaar."),
        }.get(step.stage, step.stage)
        counts = (
            self.tr("Gevonden: %1 · gedownload: %2 · geïmporteerd: %3")
            .replace("%1", str(step.found))
            .replace("%2", str(step.downloaded))
            .replace("%3", str(step.imported))
        )
        found = (
            counted(
                step.commitments,
                self.tr("%1 toezegging gevonden"),
                self.tr("%1 toezeggingen gevonden"),
            )
            + ", "
            + counted(step.oral, self.tr("%1 mondeling"), self.tr("%1 mondeling"))
        )
        lines = [stage, counts, found]
        if step.message:
            lines.append(step.message)
        return "\n".join(lines)

    @Slot(object)
    def on_progress(self, step) -> None:
        self.last_progress = step
        progress = self.progress
        if progress is None or progress.wasCanceled():
            return
        if step.found:
            progress.setMaximum(step.found)
            progress.setValue(min(step.imported, step.found))
        progress.setLabelText(self.progress_text(step))
        self.window.statusBar().showMessage(
            self.tr("Ophalen: %1 van %2 documenten geïmporteerd")
            .replace("%1", str(step.imported))
            .replace("%2", str(step.found))
        )

    def end(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.hide()  # hide(), not close(): close() signals "canceled"
            self.progress.deleteLater()
            self.progress = None
        self.window.sync_action.setEnabled(True)
        self.window.statusBar().clearMessage()
        self.window.list_flow.refresh()

    @Slot(object)
    def on_finished(self, report) -> None:
        self.end()
        self.show_report(report)

    @Slot(str, str)
    def on_failed(self, message: str, details: str) -> None:
        self.end()
        self.window.show_error(
            self.tr("Ophalen is mislukt."), f"{message}\n\n{details}", informative=message
        )

    def report_text(self, report) -> str:
        """One paragraph: what came in."""
        text = (
            self.tr(
                "%1 documenten gevonden, %2 gedownload, %3 geïmporteerd (%4 al in het register)."
            )
            .replace("%1", str(report.found))
            .replace("%2", str(report.downloaded))
            .replace("%3", str(report.imported))
            .replace("%4", str(report.already))
        )
        text += " " + (
            self.tr("Mondelinge toezeggingen: %1 nieuw, %2 bijgewerkt.")
            .replace("%1", str(report.oral_added))
            .replace("%2", str(report.oral_updated))
        )
        if report.deleted:
            text += " " + counted(
                report.deleted,
                self.tr("%1 document is door de Kamer ingetrokken."),
                self.tr("%1 documenten zijn door de Kamer ingetrokken."),
            )
        if report.house_status_changes:
            text += " " + counted(
                report.house_status_changes,
                self.tr(
                    "De Kamer meldt bij %1 toezegging een andere status: overnemen of negeren kan "
                    "bij de toezegging."
                ),
                self.tr(
                    "De Kamer meldt bij %1 toezeggingen een andere status: overnemen of negeren "
                    "kan bij elke toezegging."
                ),
            )
        return text

    def show_report(self, report) -> None:
        lines = []
        if report.cancelled:
            lines.append(
                self.tr("Gestopt. Wat al binnen was, is bewaard; de volgende keer gaat het verder.")
            )
        if report.stopped:
            lines.append(self.tr("Voortijdig gestopt: %1").replace("%1", report.stopped))
        if report.failed:
            lines.append(
                counted(
                    len(report.failed),
                    self.tr("%1 document kon niet worden verwerkt:"),
                    self.tr("%1 documenten konden niet worden verwerkt:"),
                )
            )
            lines += [f"{what}: {reason}" for what, reason in report.failed[:10]]
            if len(report.failed) > 10:
                lines.append(
                    self.tr("… en %1 andere (zie details)").replace(
                        "%1", str(len(report.failed) - 10)
                    )
                )
        warn = bool(report.cancelled or report.stopped or report.failed)
        title = self.tr("Ophalen gestopt") if warn else self.tr("Ophalen voltooid")
        self.window.show_message(
            QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information,
            title,
            self.report_text(report),
            informative="\n".join(lines),
            details="\n".join(f"{what}: {reason}" for what, reason in report.failed),
        )
        self.window.statusBar().showMessage(
            self.tr("Opgehaald: %1 documenten geïmporteerd.").replace("%1", str(report.imported)),
            10000,
        )
