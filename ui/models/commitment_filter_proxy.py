"""Sorting and filtering of the commitments table in memory, fast at 100,000 rows.

A QSortFilterProxyModel would call Python (`filterAcceptsRow`, `lessThan`) once per
row and per comparison; at 100,000 rows that takes seconds. This proxy keeps the
visible rows as a list of source positions instead: a filter is a set of allowed
commitment ids (from `tracker.store.filters`), and a sort is one Python `sorted()`
over the keys the table model computed when it loaded the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat
from operator import is_not, not_

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
Sets = dict[str, "set[int] | Matching | None"]
# The C loops below run over this many rows at a time, so that a filter computed in a
# worker thread lets the UI thread have the interpreter between slices.
SLICE = 50_000
# Up to this many rows asked after a change are found without making a map of them all.
DIRECT_LOOKUPS = 8


def shown_flags(allowed: Sets, ids: list[int]) -> list[bool] | None:
    """For each id in `ids`, whether every set in `allowed` allows it (None: all are).
    A set allows its ids; a complement (`Matching`) all but its ids."""
    sets, others = [], []
    for found in allowed.values():
        if isinstance(found, Matching):
            (others if found.complement else sets).append(found.ids)
        elif found is not None:
            sets.append(found)
    # One complement is used as it is: copying a set of 200,000 ids holds the
    # interpreter (and so the window, when this runs in a worker) for a long frame.
    excluded = others[0] if len(others) == 1 else set().union(*others) if others else set()
    if sets:
        sets.sort(key=len)
        allowed_ids = sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]
        if excluded:
            allowed_ids = allowed_ids - excluded
        test = allowed_ids.__contains__
        negate = False
    elif others:
        test, negate = excluded.__contains__, True
    else:
        return None
    shown: list[bool] = []
    for start in range(0, len(ids), SLICE):
        part = map(test, ids[start : start + SLICE])
        shown.extend(map(not_, part) if negate else part)
    return shown


def visible_of(shown: list[bool] | None, order: list[int]) -> list[int]:
    """The positions of `order` that `shown` allows, in that order (map and compress
    run in C: a few ms per 100,000 rows)."""
    if shown is None:
        return list(order)
    visible: list[int] = []
    for start in range(0, len(order), SLICE):
        part = order[start : start + SLICE]
        visible.extend(compress(part, map(shown.__getitem__, part)))
    return visible


@dataclass(frozen=True)
class Snapshot:
    """What a filter job in a worker needs of the proxy: its sets, the ids by source
    position and the sort order — lists the proxy and the model replace, never change —
    and the generation they belong to."""

    allowed: Sets
    ids: list[int]
    order: list[int]
    generation: int


@dataclass(frozen=True)
class Refiltered:
    """A filter computed off the UI thread, ready to be swapped in."""

    allowed: Sets
    shown: list[bool] | None
    visible: list[int]
    generation: int


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
        self._empty_start = 0  # where the positions without a sort key begin in it
        self._visible: list[int] = []  # the shown source positions, in sort order
        # source position -> proxy row, made when first asked (a selection, a changed
        # row): at 500,000 rows making it costs more than the rest of a filter change
        self._proxy_of: dict[int, int] | None = None
        self._lookups = 0  # rows looked up without the map since the last change
        self._allowed: dict[str, set[int] | Matching | None] = {}
        self._shown: list[bool] | None = None  # by source position; None: all are shown
        # counts changes of the rows or their order: a filter computed in a worker for
        # an older generation is not swapped in
        self.generation = 0

    # -- source --------------------------------------------------------------------

    def setSourceModel(self, model: CommitmentTableModel) -> None:  # noqa: N802 - Qt API
        previous = self.sourceModel()
        if previous is not None:
            previous.modelReset.disconnect(self._source_reset)
            previous.dataChanged.disconnect(self._source_data_changed)
            previous.rowsInserted.disconnect(self._source_rows_inserted)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.rowsInserted.connect(self._source_rows_inserted)
        self._resort()
        self._refilter()
        self.endResetModel()

    @Slot()
    def _source_reset(self) -> None:
        self.beginResetModel()
        self._resort()
        self._refilter()
        self.endResetModel()

    @Slot(QModelIndex, int, int)
    def _source_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows appended to the source (a page of a large register): filtered by the
        sets in force and put in their sorted place, the rest staying where it is."""
        model = self.sourceModel()
        added = list(range(first, last + 1))
        new_ids = model.id_list()[first : last + 1]
        if self._shown is not None or any(v is not None for v in self._allowed.values()):
            shown_new = shown_flags(self._allowed, new_ids)
            if shown_new is not None:
                old = self._shown if self._shown is not None else [True] * first
                self._shown = old + shown_new
        self.generation += 1
        visible_new = [p for p in added if self._shown is None or self._shown[p]]
        if self._sort_column < 0:
            self._sorted = self._sorted + added
            if visible_new:
                start = len(self._visible)
                self.beginInsertRows(QModelIndex(), start, start + len(visible_new) - 1)
                self._visible = self._visible + visible_new
                self._proxy_of = None
                self._lookups = 0
                self.endInsertRows()
            return
        self._relayout(lambda: self._merge_sorted(added))

    def _merge_sorted(self, added: list[int]) -> None:
        keys = self.sourceModel().sort_keys(self._sort_column)
        present = [p for p in added if keys[p] is not None]
        empty = [p for p in added if keys[p] is None]
        # The old order is one sorted run and the new rows another: sort merges them.
        merged = self._sorted[: self._empty_start] + present
        merged.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._empty_start = len(merged)
        self._sorted = merged + self._sorted[len(merged) - len(present) :] + empty
        self._visible = visible_of(self._shown, self._sorted)
        self._proxy_of = None
        self._lookups = 0

    def _relayout(self, change) -> None:
        """Apply `change` to the order, keeping the selection and current row on the
        same commitments (persistent indexes)."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_sources = [self.mapToSource(i) for i in old_persistent]
        change()
        self.changePersistentIndexList(old_persistent, [self.mapFromSource(s) for s in old_sources])
        self.layoutChanged.emit()

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
        self.generation += 1
        if model is None:
            self._shown = None
            self._visible = []
        else:
            if not same_sets:
                self._shown = shown_flags(self._allowed, model.id_list())
            self._visible = visible_of(self._shown, self._sorted)
        self._proxy_of = None
        self._lookups = 0

    def snapshot(self) -> Snapshot:
        """What a worker needs to compute a filter for the rows as they are now."""
        model = self.sourceModel()
        ids = model.id_list() if model is not None else []
        return Snapshot(dict(self._allowed), ids, self._sorted, self.generation)

    def swap_in(self, result: Refiltered) -> bool:
        """Show a filter computed in a worker (`refiltered`), in O(1) here; False (and
        nothing changed) when the rows or their order changed since its snapshot."""
        if result.generation != self.generation:
            return False
        self.beginResetModel()
        self._allowed = dict(result.allowed)
        self._shown = result.shown
        self._visible = result.visible
        self._proxy_of = None
        self._lookups = 0
        self.generation += 1
        self.endResetModel()
        return True

    def _proxy_row(self, source_row: int) -> int | None:
        """The proxy row showing `source_row` (None: hidden).

        The first few rows asked after a change are looked up in the visible list (a
        search in C, a few ms at 500,000 rows); from then on a map is made once, as a
        selection of many rows or a changed row asks for many."""
        if self._proxy_of is None:
            self._lookups += 1
            if self._lookups <= DIRECT_LOOKUPS:
                if self._shown is not None and not self._shown[source_row]:
                    return None
                try:
                    return self._visible.index(source_row)
                except ValueError:
                    return None
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
        def change() -> None:
            self._sort_column = column
            self._sort_order = order
            self._resort()
            self._refilter(same_sets=True)

        self._relayout(change)

    def _resort(self) -> None:
        model = self.sourceModel()
        count = model.rowCount() if model is not None else 0
        positions = list(range(count))
        column = self._sort_column
        self._empty_start = count
        if column < 0 or model is None:
            self._sorted = positions
            return
        keys = model.sort_keys(column)
        # compress and map run in C (a comprehension over 500,000 rows does not)
        has_key = list(map(is_not, keys, repeat(None, count)))
        present = list(compress(positions, has_key))
        empty = list(compress(positions, map(not_, has_key)))
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # reverse=True keeps equal keys in their original order too (sort is stable).
        present.sort(key=keys.__getitem__, reverse=descending)
        self._empty_start = len(present)
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
