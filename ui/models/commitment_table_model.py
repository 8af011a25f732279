"""The commitments table: one row per `CommitmentRow`, columns as staff read them."""

from __future__ import annotations

import datetime as dt
import unicodedata
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tracker.store.queries import CommitmentRow
from ui.labels import STATUS_ORDER, counted, format_date, precision_label, status_label

_Index = QModelIndex | QPersistentModelIndex

# A soft background for overdue rows; the "⚠ n" text in the days column carries
# the same information for readers who cannot tell the colour apart.
OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_FOREGROUND = QColor("#1f1f1f")
WARNING_SIGN = "\u26a0"


class Column(IntEnum):
    TITLE = 0
    DUE = 1
    DAYS_OVERDUE = 2
    STATUS = 3
    FACTIONS = 4
    DOCUMENT = 5


class Role(IntEnum):
    SORT = Qt.ItemDataRole.UserRole + 1  # a value that sorts right; None sorts last
    ROW = Qt.ItemDataRole.UserRole + 2  # the CommitmentRow itself
    ID = Qt.ItemDataRole.UserRole + 3
    SEARCH = Qt.ItemDataRole.UserRole + 4  # folded title + quote for the search box
    OVERDUE = Qt.ItemDataRole.UserRole + 5  # bool


def fold(text: str) -> str:
    """Lower case without accents, so "gecoordineerde" finds "gecoördineerde"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class CommitmentTableModel(QAbstractTableModel):
    """A read-only table over a list of `CommitmentRow` as of one day."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CommitmentRow] = []
        self._search: list[str] = []
        self._as_of = dt.date.today()
        self._headers = {
            Column.TITLE: self.tr("Titel"),
            Column.DUE: self.tr("Termijn"),
            Column.DAYS_OVERDUE: self.tr("Dagen te laat"),
            Column.STATUS: self.tr("Status"),
            Column.FACTIONS: self.tr("Fractie"),
            Column.DOCUMENT: self.tr("Document"),
        }

    # -- filling -----------------------------------------------------------

    @property
    def as_of(self) -> dt.date:
        return self._as_of

    def set_rows(self, rows: list[CommitmentRow], as_of: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [fold(f"{r.title}\n{r.quote}") for r in self._rows]
        self._as_of = as_of
        self.endResetModel()

    def replace_row(self, row: CommitmentRow) -> None:
        """Show a changed commitment in place, e.g. after it was marked."""
        position = self.row_for_id(row.id)
        if position is None:
            return
        self._rows[position] = row
        self._search[position] = fold(f"{row.title}\n{row.quote}")
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def row_for_id(self, commitment_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == commitment_id:
                return position
        return None

    def commitment(self, position: int) -> CommitmentRow:
        return self._rows[position]

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.is_overdue(self._as_of))

    # -- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if section == Column.DAYS_OVERDUE
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        days = row.days_overdue(self._as_of)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, days)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, days)
        if role == Role.SORT:
            return self._sort_key(row, column, days)
        if role == Qt.ItemDataRole.BackgroundRole and days is not None:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and days is not None:
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_OVERDUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.DAYS_OVERDUE:
            if days is None:
                return ""
            return counted(days, self.tr("%1 dag te laat"), self.tr("%1 dagen te laat"))
        if role == Role.ROW:
            return row
        if role == Role.ID:
            return row.id
        if role == Role.SEARCH:
            return self._search[index.row()]
        if role == Role.OVERDUE:
            return days is not None
        return None

    def _display(self, row: CommitmentRow, column: Column, days: int | None) -> str:
        if column == Column.TITLE:
            return row.title
        if column == Column.DUE:
            if row.due is None:
                # A phrase without a date ("na de verkiezingen") is still worth showing.
                return f"\u2018{row.due_text}\u2019" if row.due_text else "\u2014"
            text = format_date(row.due)
            return self.tr("%1 (handmatig)").replace("%1", text) if row.due_overridden else text
        if column == Column.DAYS_OVERDUE:
            return f"{WARNING_SIGN} {days}" if days is not None else ""
        if column == Column.STATUS:
            return status_label(row.status)
        if column == Column.FACTIONS:
            return ", ".join(row.factions)
        if column == Column.DOCUMENT:
            return row.reference
        return ""

    def _tooltip(self, row: CommitmentRow, column: Column, days: int | None) -> str | None:
        if column == Column.TITLE:
            return row.title
        if column == Column.DUE:
            lines = []
            if row.due_text:
                written = self.tr("Zoals geschreven: \u2018%1\u2019")
                lines.append(written.replace("%1", row.due_text))
            if row.due_precision:
                lines.append(
                    self.tr("Precisie: %1").replace("%1", precision_label(row.due_precision))
                )
            if row.due_overridden:
                original = format_date(row.due_extracted) or self.tr("geen")
                lines.append(
                    self.tr("Handmatig aangepast; afgeleid uit de tekst: %1").replace(
                        "%1", original
                    )
                )
            if not lines:
                lines.append(self.tr("Geen termijn genoemd"))
            return "\n".join(lines)
        if column == Column.DAYS_OVERDUE and days is not None:
            return counted(
                days, self.tr("%1 dag over de termijn"), self.tr("%1 dagen over de termijn")
            )
        if column == Column.DOCUMENT and row.reference:
            return row.reference
        return None

    def _sort_key(self, row: CommitmentRow, column: Column, days: int | None):
        if column == Column.TITLE:
            return row.title
        if column == Column.DUE:
            return row.due  # a date, or None (sorted last by the proxy)
        if column == Column.DAYS_OVERDUE:
            return days
        if column == Column.STATUS:
            return STATUS_ORDER.index(row.status) if row.status in STATUS_ORDER else 99
        if column == Column.FACTIONS:
            return ", ".join(row.factions) or None
        if column == Column.DOCUMENT:
            return row.reference or None
        return None
