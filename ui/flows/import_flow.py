"""Importing documents from the window: choose or drop files, read them off the UI
thread with a progress dialog that names the current file and step, then a report."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog

from tracker.documents.reader import SUPPORTED_SUFFIXES
from tracker.importing import STATES, FileResult, ImportProgress, expand_paths
from ui.flows.redate_flow import ASK_DATES_UP_TO
from ui.labels import counted
from ui.plain_text import plain_label
from ui.workers import ImportJob, ImportOutcome, background_progress

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Files the readers in tracker.documents accept.
IMPORT_FILTER = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))


def local_paths(mime: QMimeData | None) -> list[str]:
    """The local files and folders of a drag or drop."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class ImportFlow(QObject):
    """Imports documents in the window's thread pool, shows progress, reports, and hands
    the documents without a date to the redate flow."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_progress: QProgressDialog | None = None
        # The import's current file and what is done with it, and since when: a file
        # that takes seconds (a long PDF) shows its step and the time it has taken.
        self._import_file = ("", "", "", 0.0)  # path, label, stage, started (monotonic)
        self._import_fraction: float | None = None  # how far the stage is, where told
        self._import_ticker = QTimer(self)
        self._import_ticker.setInterval(500)
        self._import_ticker.timeout.connect(self.show_import_stage)

    def import_dropped(self, mime: QMimeData) -> bool:
        """Import the files and folders of a drop; False if there was nothing to import."""
        paths = local_paths(mime)
        if not paths or not self.window.import_action.isEnabled():
            return False
        self.import_files(paths)
        return True

    def import_files(self, paths: list[str] | None = None) -> None:
        """Import documents in the thread pool, showing progress and a report afterwards."""
        if not paths:
            start_dir = str(self.window.settings.value("import/directory", "") or "")
            paths, _ = QFileDialog.getOpenFileNames(
                self.window,
                self.tr("Documenten importeren"),
                start_dir,
                self.tr("Documenten (%1);;Alle bestanden (*)").replace("%1", IMPORT_FILTER),
            )
            if not paths:
                return
        files = expand_paths(list(paths))
        if not files:
            self.window.show_message(
                QMessageBox.Icon.Information,
                self.tr("Importeren"),
                self.tr("Geen documenten gevonden die de tracker kan lezen."),
            )
            return
        self.window.settings.setValue("import/directory", str(Path(paths[0]).parent))
        job = ImportJob(files)
        job.step.connect(self.on_import_progress)
        job.signals.stage.connect(self.on_import_stage)
        job.signals.part.connect(self.on_import_part)
        job.finished.connect(self.on_import_finished)
        job.failed.connect(self.on_import_failed)

        # Not modal: the list stays usable while documents are read.
        progress = background_progress(
            self.window,
            "importProgress",
            self.tr("Importeren"),
            self.tr("Documenten importeren…"),
            self.tr("Stoppen"),
            maximum=len(files),
        )
        progress.setLabel(plain_label(QLabel(self.tr("Documenten importeren…"))))  # file names
        progress.canceled.connect(job.cancel)
        progress.canceled.connect(
            lambda: progress.setLabelText(self.tr("Stoppen na het huidige bestand…"))
        )
        self.import_progress = progress

        self.window.import_action.setEnabled(False)
        self._import_file = ("", "", "", 0.0)
        self._import_ticker.start()
        self.window.jobs.start(job)

    @Slot(object)
    def on_import_progress(self, step: ImportProgress) -> None:
        progress = self.import_progress
        if progress is None or progress.wasCanceled():
            return
        progress.setMaximum(max(step.total, 1))
        progress.setValue(step.done)
        if step.path:
            label = (
                self.tr("Bestand %1 van %2: %3")
                .replace("%1", str(step.done + 1))
                .replace("%2", str(step.total))
                .replace("%3", Path(step.path).name)
                + "\n"
                + counted(
                    step.found,
                    self.tr("%1 toezegging gevonden"),
                    self.tr("%1 toezeggingen gevonden"),
                )
            )
            self._import_file = (step.path, label, "", time.monotonic())
            self._import_fraction = None
            progress.setLabelText(label)

    @Slot(str, str)
    def on_import_stage(self, path: str, stage: str) -> None:
        """A step of the current file began (`tracker.importing.STAGES`)."""
        current, label, _, _ = self._import_file
        if path == current:
            self._import_file = (path, label, stage, time.monotonic())
            self._import_fraction = None
            self.show_import_stage()

    @Slot(str, str, float)
    def on_import_part(self, path: str, stage: str, fraction: float) -> None:
        """How far a step of the current file is: "toezeggingen zoeken… 40 %" (a large
        file takes a while; the dialog moves within it)."""
        current, _, shown, _ = self._import_file
        if path == current and stage == shown:
            self._import_fraction = fraction
            self.show_import_stage()

    @Slot()
    def show_import_stage(self) -> None:
        """The current file's label with its step, and the seconds the step has taken
        once it takes more than one: the dialog moves while a long file is read."""
        progress = self.import_progress
        path, label, stage, started = self._import_file
        if progress is None or progress.wasCanceled() or not path or not stage:
            return
        text = {
            "reading": self.tr("lezen…"),
            "extracting": self.tr("toezeggingen zoeken…"),
            "storing": self.tr("opslaan…"),
        }.get(stage, "")
        if self._import_fraction is not None:
            text += f" {int(self._import_fraction * 100)} %"
        seconds = int(time.monotonic() - started)
        if seconds >= 1:
            text += " " + self.tr("(%1 s)").replace("%1", str(seconds))
        progress.setLabelText(f"{label}\n{text}")

    def end_import(self) -> None:
        self._import_ticker.stop()
        self._import_file = ("", "", "", 0.0)
        if self.import_progress is not None:
            self.import_progress.hide()  # hide(), not close(): close() signals "canceled"
            self.import_progress.deleteLater()
            self.import_progress = None
        self.window.import_action.setEnabled(True)
        self.window.list_flow.refresh()

    @Slot(object)
    def on_import_finished(self, outcome: ImportOutcome) -> None:
        self.end_import()
        self.report_import(outcome)

    @Slot(str, str)
    def on_import_failed(self, message: str, details: str) -> None:
        self.end_import()
        self.window.show_error(
            self.tr("De import is mislukt."), f"{message}\n\n{details}", informative=message
        )

    def refusal_reason(self, result: FileResult) -> str:
        """Why a file was refused, in the window's language (the texts are the core's
        catalogue, tracker/reasons.py; the core's English message stays under details)."""
        from tracker.reasons import describe
        from ui.i18n import current_language

        return describe(result.reason, result.reason_details, current_language())

    def import_line(self, result: FileResult) -> str:
        """What happened to one file, in a line of the report."""
        name = Path(result.path).name
        if result.state == "refused":
            return (
                self.tr("%1: geweigerd — %2")
                .replace("%1", name)
                .replace("%2", self.refusal_reason(result))
            )
        if result.state == "skipped":
            return self.tr("%1: al eerder geïmporteerd, overgeslagen").replace("%1", name)
        if result.state == "updated":
            return (
                self.tr("%1: nieuwe versie, %2 bijgewerkt, %3 toegevoegd, %4 niet meer gevonden")
                .replace("%1", name)
                .replace("%2", str(result.changed))
                .replace("%3", str(result.commitments))
                .replace("%4", str(len(result.no_longer_found)))
            )
        return (
            name
            + ": "
            + counted(
                result.commitments,
                self.tr("%1 toezegging geïmporteerd"),
                self.tr("%1 toezeggingen geïmporteerd"),
            )
        )

    def report_import(self, outcome: ImportOutcome) -> None:
        """Per file what was imported, updated, skipped or refused (and why: in a word on
        its line, the core's message under details); after a stop also how many files
        were not processed."""
        results = outcome.results
        added = sum(r.commitments for r in results)
        states = {state: sum(1 for r in results if r.state == state) for state in STATES}
        lines = [self.import_line(result) for result in results]
        summary = counted(
            added, self.tr("%1 toezegging toegevoegd."), self.tr("%1 toezeggingen toegevoegd.")
        )
        suggested = sum(r.suggestions for r in results)
        if suggested:
            summary += " " + counted(
                suggested,
                self.tr("%1 openstaande toezegging lijkt nu voldaan: zie Suggesties."),
                self.tr("%1 openstaande toezeggingen lijken nu voldaan: zie Suggesties."),
            )
        counts = (
            self.tr("Geïmporteerd: %1 · bijgewerkt: %2 · overgeslagen: %3 · geweigerd: %4")
            .replace("%1", str(states["imported"]))
            .replace("%2", str(states["updated"]))
            .replace("%3", str(states["skipped"]))
            .replace("%4", str(states["refused"]))
        )
        details = []
        for result in results:
            if result.error:
                details.append(result.error)
            for warning in result.warnings:
                details.append(f"{Path(result.path).name}: {warning}")
            if result.no_longer_found:
                details.append(
                    self.tr("%1: niet meer gevonden in de nieuwe versie: %2")
                    .replace("%1", Path(result.path).name)
                    .replace("%2", ", ".join(f"#{cid}" for cid in result.no_longer_found))
                )
        informative = counts + "\n\n" + "\n".join(lines[:12])
        if len(lines) > 12:
            informative += "\n" + self.tr("… en %1 andere bestanden (zie details)").replace(
                "%1", str(len(lines) - 12)
            )
            details = lines + [""] + details
        title = self.tr("Import voltooid")
        text = summary
        stopped = outcome.cancelled_after is not None
        if stopped:
            title = self.tr("Import gestopt")
            text = (
                self.tr(
                    "De import is gestopt na %1 van %2 bestanden. "
                    "De bestanden die al verwerkt waren, zijn opgeslagen."
                )
                .replace("%1", str(outcome.cancelled_after))
                .replace("%2", str(outcome.total))
            )
            if outcome.interrupted:  # the server went away: that first, in its one line
                text = outcome.interrupted + "\n" + text
            informative += "\n\n" + counted(
                len(outcome.pending),
                self.tr("%1 bestand niet verwerkt."),
                self.tr("%1 bestanden niet verwerkt."),
            )
            details += [""] + [
                self.tr("Niet verwerkt: %1").replace("%1", path) for path in outcome.pending
            ]
        undated = [
            r.document_id
            for r in results
            if r.undated and r.document_id is not None and r.state in ("imported", "updated")
        ]
        if undated:
            informative += "\n\n" + counted(
                len(undated),
                self.tr("%1 document noemt geen datum: de termijnen tellen vanaf vandaag."),
                self.tr("%1 documenten noemen geen datum: de termijnen tellen vanaf vandaag."),
            )
            if len(undated) > ASK_DATES_UP_TO:
                informative += " " + self.tr(
                    "Geef de datum op via Bestand › Datum van document opgeven…"
                )
        warn = states["refused"] or stopped
        box = self.window.show_message(
            QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information,
            title,
            text,
            informative=informative,
            details="\n".join(details).strip(),
        )
        self.window.statusBar().showMessage(summary, 10000)
        if undated and len(undated) <= ASK_DATES_UP_TO:
            # Asked once the report is read: one question at a time.
            self.window.redate_flow.ask_dates_when_closed(box, undated)
