"""What concerns the application rather than the commitments: its settings, restoring
the register from a backup, and the about box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from ui.dialogs.restore_dialog import RestoreDialog, current_database_file
from ui.settings_dialog import SettingsDialog, due_within_days

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class AppFlow(QObject):
    """Opens the settings, the restore and the about dialogs, and applies their outcome."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.about_dialog = None

    def open_settings(self) -> None:
        window = self.window
        dialog = SettingsDialog(window.settings, window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        window.filter_panel.set_within_days(due_within_days(window.settings))
        if getattr(dialog, "database_changed", False):
            message = self.tr("Instellingen opgeslagen; de andere database opent na herstarten.")
        else:
            message = self.tr("Instellingen opgeslagen; een andere taal geldt na herstarten.")
        window.statusBar().showMessage(message, 10000)

    def restore_from_backup(self) -> None:
        """File › Herstellen uit back-up: replace the register by a backup, then show it.
        The undo history is cleared: it speaks of the register that was replaced."""
        window = self.window
        path = current_database_file()
        if path is None:
            return
        if window.jobs_running():
            window.statusBar().showMessage(
                self.tr("Wacht tot het importeren of exporteren klaar is."), 10000
            )
            return
        dialog = RestoreDialog(path, window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        window.undo_stack.clear()
        window.list_flow.watch_changes()
        window.list_flow.refresh()
        window.statusBar().showMessage(
            self.tr("Hersteld uit %1; de vorige database is bewaard in %2.")
            .replace("%1", dialog.outcome.restored.name)
            .replace("%2", str(dialog.outcome.kept or "-")),
            15000,
        )

    def show_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()
