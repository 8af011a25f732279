"""Sorting and filtering of the commitments table without asking the database again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.models.commitment_table_model import Role, fold

_Index = QModelIndex | QPersistentModelIndex


class CommitmentFilterProxy(QSortFilterProxyModel):
    """Sorts on `Role.SORT` (dates as dates, empty values last in either order) and
    filters on "only overdue" and on words in the title or quote."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)
        self._overdue_only = False
        self._words: list[str] = []
        # Dutch collation with numbers compared as numbers ("nr. 99" before "nr. 448").
        self._collator = QCollator(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def overdue_only(self) -> bool:
        return self._overdue_only

    def set_overdue_only(self, value: bool) -> None:
        if value != self._overdue_only:
            self._begin_filter_change()
            self._overdue_only = value
            self._end_filter_change()

    def set_search_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self._begin_filter_change()
            self._words = words
            self._end_filter_change()

    # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); support both.
    def _begin_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._overdue_only and not model.data(index, Role.OVERDUE):
            return False
        if self._words:
            haystack = model.data(index, Role.SEARCH) or ""
            return all(word in haystack for word in self._words)
        return True

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a = left.data(Role.SORT)
        b = right.data(Role.SORT)
        if a is None or b is None:
            if a is None and b is None:
                return left.row() < right.row()
            # Empty values stay at the bottom whichever way the column is sorted.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is None) == descending
        if isinstance(a, str) and isinstance(b, str):
            order = self._collator.compare(a, b)
            return order < 0 if order else left.row() < right.row()
        if isinstance(a, dt.date) and isinstance(b, dt.date) or type(a) is type(b):
            if a == b:
                return left.row() < right.row()
            return a < b
        return str(a) < str(b)
