"""Exporting from the window: ask where, write off the UI thread, report in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog

from tracker import clock
from ui.labels import counted
from ui.workers import ExportOverdueJob, ExportRowsJob, Job

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ExportFlow(QObject):
    """The overdue export and the export of the current view; the writer follows the
    suffix chosen in the save dialog (workbook, CSV or calendar)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export_filters(self) -> list[tuple[str, str]]:
        """(file-type filter, suffix) the save dialog offers; the writer follows the suffix."""
        return [
            (self.tr("Excel-werkmap (*.xlsx)"), ".xlsx"),
            (self.tr("CSV-bestand, puntkomma's (*.csv)"), ".csv"),
            (self.tr("Agenda, iCalendar (*.ics)"), ".ics"),
        ]

    def ask_export_path(self, caption: str, name: str) -> str | None:
        settings = self.window.settings
        directory = str(settings.value("export/directory", "") or "") or (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        filters = self.export_filters()
        path, chosen = QFileDialog.getSaveFileName(
            self.window, caption, str(Path(directory) / name), ";;".join(f for f, _ in filters)
        )
        if not path:
            return None
        suffixes = [suffix for _, suffix in filters]
        if Path(path).suffix.lower() not in suffixes:
            suffix = dict(filters).get(chosen, ".xlsx")
            path += suffix
        settings.setValue("export/directory", str(Path(path).parent))
        return path

    def export_overdue(self) -> None:
        """Write every commitment overdue today to a workbook, CSV or calendar file (by the
        suffix chosen in the save dialog), off the UI thread."""
        as_of = clock.today()
        path = self.ask_export_path(
            self.tr("Te late toezeggingen exporteren"),
            f"toezeggingen-te-laat-{as_of:%Y-%m-%d}.xlsx",
        )
        if path is None:
            return
        description = self.tr("Toezeggingen: te laat op %1").replace("%1", f"{as_of:%d-%m-%Y}")
        self.start_export(ExportOverdueJob(path, as_of, description), path)

    def export_view(self) -> None:
        """Write the rows the list shows, in its order, to a workbook, CSV or calendar file."""
        window = self.window
        as_of = window.model.as_of
        path = self.ask_export_path(
            self.tr("Huidige weergave exporteren"), f"toezeggingen-weergave-{as_of:%Y-%m-%d}.xlsx"
        )
        if path is None:
            return
        rows = [window.model.commitment(p) for p in window.proxy.visible_positions()]
        description = (
            self.tr("Toezeggingen op %1, gefilterd op: %2")
            .replace("%1", f"{as_of:%d-%m-%Y}")
            .replace("%2", self.describe_view())
        )
        self.start_export(ExportRowsJob(path, rows, as_of, description), path)

    def describe_view(self) -> str:
        """The active filters in Dutch (for the export's description line)."""
        window = self.window
        text = window.filter_panel.describe()
        if window.tabs_flow.month_filter is not None:
            text += "; " + window.month_label.text().lower()
        return text

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.window.export_action.setEnabled(enabled)
        self.window.export_view_action.setEnabled(enabled)

    def start_export(self, job: Job, path: str) -> None:
        job.finished.connect(self.on_export_finished)
        job.failed.connect(self.on_export_failed)
        self._set_actions_enabled(False)
        self.window.statusBar().showMessage(
            self.tr("Bezig met exporteren naar %1…").replace("%1", path)
        )
        self.window.jobs.start(job)

    @Slot(object)
    def on_export_finished(self, result: tuple[str, int]) -> None:
        path, count = result
        self._set_actions_enabled(True)
        self.window.statusBar().showMessage(
            counted(
                count,
                self.tr("%1 toezegging geëxporteerd naar %2"),
                self.tr("%1 toezeggingen geëxporteerd naar %2"),
            ).replace("%2", path),
            15000,
        )

    @Slot(str, str)
    def on_export_failed(self, message: str, details: str) -> None:
        self._set_actions_enabled(True)
        self.window.statusBar().clearMessage()
        self.window.show_error(
            self.tr("De export is mislukt."), f"{message}\n\n{details}", informative=message
        )
