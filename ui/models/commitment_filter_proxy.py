"""Sorting and filtering of the commitments table in memory, fast at 100,000 rows.

A QSortFilterProxyModel would call Python (`filterAcceptsRow`, `lessThan`) once per
row and per comparison; at 100,000 rows that takes seconds. This proxy keeps the
visible rows as a list of source positions instead: a filter is a set of allowed
commitment ids (from `tracker.store.filters`), and a sort is one Python `sorted()`
over the keys the table model computed when it loaded the rows.
"""

from __future__ import annotations

from itertools import compress
from operator import not_

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from tracker.store.filters import Matching
from ui.models.commitment_table_model import CommitmentTableModel

_Index = QModelIndex | QPersistentModelIndex


class CommitmentFilterProxy(QAbstractProxyModel):
    """Shows the source rows whose id is in every allowed set, sorted on one column.

    Empty values (a sort key of None) stay at the bottom whichever way the column is
    sorted; equal values keep the source order (the store's: by due date).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sorted: list[int] = []  # every source position, in sort order
        self._visible: list[int] = []  # the shown source positions, in sort order
        # source position -> proxy row, made when first asked (a selection, a changed
        # row): at 500,000 rows making it costs more than the rest of a filter change
        self._proxy_of: dict[int, int] | None = None
        self._allowed: dict[str, set[int] | Matching | None] = {}
        self._shown: list[bool] | None = None  # by source position; None: all are shown

    # -- source --------------------------------------------------------------------

    def setSourceModel(self, model: CommitmentTableModel) -> None:  # noqa: N802 - Qt API
        previous = self.sourceModel()
        if previous is not None:
            previous.modelReset.disconnect(self._source_reset)
            previous.dataChanged.disconnect(self._source_data_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        self._resort()
        self._refilter()
        self.endResetModel()

    @Slot()
    def _source_reset(self) -> None:
        self.beginResetModel()
        self._resort()
        self._refilter()
        self.endResetModel()

    @Slot(QModelIndex, QModelIndex)
    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_) -> None:
        # A row changed in place (e.g. marked): its values change, its place stays until
        # the window sets the filter again.
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            proxy_row = self._proxy_row(source_row)
            if proxy_row is not None:
                self.dataChanged.emit(
                    self.index(proxy_row, 0), self.index(proxy_row, self.columnCount() - 1)
                )

    # -- filtering -----------------------------------------------------------------

    def set_allowed(self, name: str, ids: set[int] | Matching | None) -> None:
        """Show only rows whose id is in `ids` (None: no constraint under `name`).

        Several named sets combine: a row is shown if every set allows it.
        """
        self.set_allowed_sets({name: ids})

    def set_allowed_sets(self, sets: dict[str, set[int] | Matching | None]) -> None:
        self.beginResetModel()
        self._allowed.update(sets)
        self._refilter()
        self.endResetModel()

    def allowed(self, name: str) -> set[int] | Matching | None:
        return self._allowed.get(name)

    def accepts_id(self, commitment_id: int) -> bool:
        return all(ids is None or commitment_id in ids for ids in self._allowed.values())

    def _refilter(self, same_sets: bool = False) -> None:
        """Recompute the visible rows; `same_sets` when only the order changed."""
        model = self.sourceModel()
        if model is None:
            self._shown = None
            self._visible = []
        else:
            if not same_sets:
                # A set allows its ids; a complement (`Matching`) all but its ids.
                sets, others = [], []
                for ids in self._allowed.values():
                    if isinstance(ids, Matching):
                        (others if ids.complement else sets).append(ids.ids)
                    elif ids is not None:
                        sets.append(ids)
                excluded = set().union(*others) if others else set()
                # map and compress run in C: a few ms for 100,000 rows.
                if sets:
                    sets.sort(key=len)
                    allowed = sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]
                    if excluded:
                        allowed = allowed - excluded
                    self._shown = list(map(allowed.__contains__, model.id_list()))
                elif others:
                    self._shown = list(map(not_, map(excluded.__contains__, model.id_list())))
                else:
                    self._shown = None
            if self._shown is None:
                self._visible = list(self._sorted)
            else:
                self._visible = list(
                    compress(self._sorted, map(self._shown.__getitem__, self._sorted))
                )
        self._proxy_of = None

    def _proxy_row(self, source_row: int) -> int | None:
        """The proxy row showing `source_row` (None: hidden)."""
        if self._proxy_of is None:
            self._proxy_of = dict(zip(self._visible, range(len(self._visible)), strict=True))
        return self._proxy_of.get(source_row)

    def visible_positions(self) -> list[int]:
        """The source positions shown, top to bottom."""
        return list(self._visible)

    # -- sorting ---------------------------------------------------------------------

    def sortColumn(self) -> int:  # noqa: N802 - Qt API
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802 - Qt API
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_sources = [self.mapToSource(i) for i in old_persistent]
        self._sort_column = column
        self._sort_order = order
        self._resort()
        self._refilter(same_sets=True)
        self.changePersistentIndexList(old_persistent, [self.mapFromSource(s) for s in old_sources])
        self.layoutChanged.emit()

    def _resort(self) -> None:
        model = self.sourceModel()
        count = model.rowCount() if model is not None else 0
        positions = list(range(count))
        column = self._sort_column
        if column < 0 or model is None:
            self._sorted = positions
            return
        keys = model.sort_keys(column)
        present = [p for p in positions if keys[p] is not None]
        empty = [p for p in positions if keys[p] is None]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # reverse=True keeps equal keys in their original order too (sort is stable).
        present.sort(key=keys.__getitem__, reverse=descending)
        self._sorted = present + empty

    # -- QAbstractProxyModel -----------------------------------------------------------

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if model is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._visible):
            return QModelIndex()
        return model.index(self._visible[row], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:  # noqa: N802 - Qt API
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        if row is None:
            return QModelIndex()
        return self.createIndex(row, source_index.column())

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._visible):
            return None
        model = self.sourceModel()
        return model.data(model.index(self._visible[row], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        model = self.sourceModel()
        if model is None:
            return None
        return model.headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._visible)
