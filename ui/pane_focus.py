"""Moving the keyboard focus between the window's panes: F6 and Shift+F6 go round the
filters, the current tab and the details; Ctrl+F goes to the search field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PaneFocus(QObject):
    """The window's pane shortcuts and its tab order between the panes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def install(self) -> None:
        window = self.window
        forward = QShortcut(QKeySequence("F6"), window)
        forward.activated.connect(lambda: self.cycle(1))
        backward = QShortcut(QKeySequence("Shift+F6"), window)
        backward.activated.connect(lambda: self.cycle(-1))
        window.setTabOrder(window.filter_panel.search_edit, window.filter_panel.today_button)
        window.setTabOrder(window.table, window.detail)

    def panes(self) -> list[QWidget]:
        window = self.window
        current = window.tabs.currentWidget()
        main = window.table if current is window.tabs.widget(0) else current
        if main is window.document_view and window.document_view is not None:
            main = window.document_view.edit
        panes = [main, window.detail]
        if window.filter_dock.isVisible():
            panes.insert(0, window.filter_panel.search_edit)
        return panes

    def cycle(self, step: int) -> None:
        panel = self.window.filter_panel
        panes = self.panes()
        focus = self.window.focusWidget()
        position = 0
        for number, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                position = number
                break
            if number == 0 and pane is panel.search_edit:
                if focus is not None and panel.isAncestorOf(focus):
                    position = 0
                    break
        target = panes[(position + step) % len(panes)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_search(self) -> None:
        self.window.filter_dock.show()
        self.window.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.search_edit.selectAll()
