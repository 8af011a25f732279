"""The list's right-click menus: the commitment actions on a row, and the columns to
show or hide on the header."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QMenu

from ui.models import Column

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TableMenus(QObject):
    """Pops up the context menus of the window's table."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot(QPoint)
    def show_context_menu(self, position: QPoint) -> None:
        """The commitment actions (as in the Toezegging menu) on the clicked row."""
        table = self.window.table
        index: QModelIndex = table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self.window)
        for action in self.window.window_actions.commitment_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(table.viewport().mapToGlobal(position))

    @Slot(QPoint)
    def show_column_menu(self, position: QPoint) -> None:
        """Show or hide columns; the header's saved state remembers the choice."""
        table, model = self.window.table, self.window.model
        header = table.horizontalHeader()
        menu = QMenu(self.window)
        for column in Column:
            if column == Column.TITLE:
                continue
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: table.setColumnHidden(c, not on))
        menu.popup(header.mapToGlobal(position))
