"""What the window remembers between sessions, in QSettings: its size and place, the
dock and toolbar, the split beside the details, the columns and sort of the list, and
the filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ORGANISATION = "commitment-tracker"
APPLICATION = "commitment-tracker"
DEFAULT_SIZE = (1500, 880)


class WindowState:
    """Restores and saves the window's state; with `remember` False (tests, screenshots)
    the window opens at its default size on today's list and saves nothing."""

    def __init__(self, window: MainWindow, settings: QSettings, remember: bool = True) -> None:
        self.window = window
        self.settings = settings
        self.remember = remember
        self.header_restored = False  # the user's own column widths came back

    def restore(self) -> None:
        window, settings = self.window, self.settings
        restored_filters = False
        if self.remember:
            geometry = settings.value("mainWindow/geometry")
            if geometry is None or not window.restoreGeometry(geometry):
                window.resize(*DEFAULT_SIZE)
            state = settings.value("mainWindow/state")
            if state is not None:
                window.restoreState(state)
            splitter = settings.value("mainWindow/splitter")
            if splitter is not None:
                window.splitter.restoreState(splitter)
            header = settings.value("mainWindow/tableHeader")
            if header is not None:
                header_view = window.table.horizontalHeader()
                self.header_restored = header_view.restoreState(header)
                window.proxy.sort(
                    header_view.sortIndicatorSection(), header_view.sortIndicatorOrder()
                )
            restored_filters = window.filter_panel.restore_state(settings)
        else:
            window.resize(*DEFAULT_SIZE)
        if not restored_filters:
            # The desk opens on what needs attention today.
            panel = window.filter_panel
            panel._set_quietly(lambda: panel.today_button.setChecked(True))

    def save(self) -> None:
        if not self.remember:
            return
        window, settings = self.window, self.settings
        settings.setValue("mainWindow/geometry", window.saveGeometry())
        settings.setValue("mainWindow/state", window.saveState())
        settings.setValue("mainWindow/splitter", window.splitter.saveState())
        settings.setValue("mainWindow/tableHeader", window.table.horizontalHeader().saveState())
        window.filter_panel.save_state(settings)
        settings.sync()
