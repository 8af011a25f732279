"""The list's selection: which commitments are chosen, choosing them from code, and the
detail pane that follows the selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Slot

from tracker.store.queries import CommitmentRow, StoreError, get_commitment
from ui.models import Role

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Selection(QObject):
    """Reads and sets the selected rows of the window's table; keeps the detail pane and
    the enablement of the commitment actions in step with them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # -- reading -----------------------------------------------------------------

    def _selected_indexes(self) -> list[QModelIndex]:
        rows = self.window.table.selectionModel().selectedRows()
        return sorted(rows, key=lambda i: i.row())

    def selected_ids(self) -> list[int]:
        return [index.data(Role.ID) for index in self._selected_indexes()]

    def selected_commitments(self) -> list[CommitmentRow]:
        return [index.data(Role.ROW) for index in self._selected_indexes()]

    def selected_id(self) -> int | None:
        row = self.selected_commitment()
        return row.id if row is not None else None

    def selected_commitment(self) -> CommitmentRow | None:
        """The current row if it is selected, else the first selected row."""
        selection = self.window.table.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), QModelIndex()):
            return current.siblingAtColumn(0).data(Role.ROW)
        rows = self._selected_indexes()
        return rows[0].data(Role.ROW) if rows else None

    def proxy_index(self, commitment_id: int) -> QModelIndex:
        """The commitment's index in the list as shown (invalid if it is not shown)."""
        window = self.window
        source_row = window.model.row_for_id(commitment_id)
        if source_row is None:
            return QModelIndex()
        return window.proxy.mapFromSource(window.model.index(source_row, 0))

    # -- choosing ----------------------------------------------------------------

    def select_row(self, proxy_row: int) -> None:
        index = self.window.proxy.index(proxy_row, 0)
        self.window.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.window.table.scrollTo(index)

    def select_id(self, commitment_id: int) -> bool:
        """Select the commitment's row if it is shown; False if the filter hides it."""
        index = self.proxy_index(commitment_id)
        if not index.isValid():
            return False
        self.select_row(index.row())
        return True

    def select_ids(self, ids: list[int]) -> None:
        self.reselect(ids, ids[0] if ids else None)

    def reselect(self, ids: list[int], current: int | None) -> None:
        """Select the rows of `ids` that are still shown, keeping `current` current."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for commitment_id in ids:
            index = self.proxy_index(commitment_id)
            if index.isValid():
                selection.select(index, index)
                first = first or index
        model = self.window.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        rows = QItemSelectionModel.SelectionFlag.Rows
        if selection.isEmpty():
            model.clearSelection()
            self.sync_detail()
            return
        model.select(selection, flags | rows)
        target = self.proxy_index(current) if current is not None else QModelIndex()
        if not target.isValid():
            target = first
        model.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.window.table.scrollTo(target)
        self.sync_detail()

    # -- the detail pane ---------------------------------------------------------

    @Slot()
    def sync_detail(self, *_args) -> None:
        """Show the selected commitment, with its sources and history, in the detail pane."""
        window = self.window
        count = len(window.table.selectionModel().selectedRows())
        row = self.selected_commitment()
        window.window_actions.enable_for_selection(count, row)
        if row is None:
            # Why the list is empty is said in the list itself (ListFlow.update_empty_hint).
            window.detail.show_placeholder()
            return
        self.show_detail(row.id)

    def show_detail(self, commitment_id: int) -> None:
        window = self.window
        try:
            full = get_commitment(commitment_id)
        except (StoreError, pw.PeeweeException) as exc:
            window.detail.show_placeholder(self.tr("Deze toezegging kon niet worden gelezen."))
            window.show_error(self.tr("De toezegging kon niet worden gelezen."), str(exc))
            return
        window.detail.show_commitment(full, window.model.as_of)
