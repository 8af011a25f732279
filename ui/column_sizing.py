"""The widths of the list's columns: each column as wide as its header and its content
(measured on the rows shown, up to a limit), and the title column taking the width
that is left, so a wide screen shows whole titles instead of a stretched last column."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QTableView

from ui.models import Column

# Room for the cell margins, and beside a header also for the sort indicator.
CELL_PADDING = 16
HEADER_PADDING = 30
MIN_TITLE_CHARS = 44
# A column other than the title is never made wider than this many average characters.
MAX_COLUMN_CHARS = 22
# How many rows are measured (the widest of them decides).
MEASURED_ROWS = 2000


def header_width(table: QTableView, column: int) -> int:
    model = table.model()
    header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    return table.horizontalHeader().fontMetrics().horizontalAdvance(header) + HEADER_PADDING


def minimum_title_width(table: QTableView) -> int:
    return table.fontMetrics().averageCharWidth() * MIN_TITLE_CHARS


# The columns of free text; the others hold a date or a fixed set of labels and keep the
# width of the widest of those (a row can change to any of them).
FREE_TEXT = (Column.MINISTRY, Column.ACTOR, Column.FACTIONS, Column.DOCUMENT)


def fit_to_content(table: QTableView, rows: range | None = None) -> None:
    """Make the free-text columns as wide as their header and their widest cell (of
    the first MEASURED_ROWS rows, or of `rows`: then a column only grows)."""
    model = table.model()
    metrics = table.fontMetrics()
    icon = table.iconSize().width() + 6
    limit = metrics.averageCharWidth() * MAX_COLUMN_CHARS
    measured = rows if rows is not None else range(min(model.rowCount(), MEASURED_ROWS))
    for column in FREE_TEXT:
        width = header_width(table, column)
        if rows is not None:
            width = max(width, table.columnWidth(column))
        widest = 0
        for row in measured:
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            extra = icon if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            widest = max(widest, metrics.horizontalAdvance(str(text)) + CELL_PADDING + extra)
        width = max(width, min(widest, limit))
        table.setColumnWidth(column, width)


def fit_in_slices(table: QTableView, slice_rows: int = 200) -> None:
    """`fit_to_content` a slice of rows per turn of the event loop, so that a large
    list never holds the window for the whole measure (formatting 2,000 rows takes
    most of a second on a busy machine)."""
    total = min(table.model().rowCount(), MEASURED_ROWS)

    def fit_from(start: int) -> None:
        if start >= min(table.model().rowCount(), total):
            return
        fit_to_content(table, range(start, min(start + slice_rows, total)))
        QTimer.singleShot(0, table, lambda: fit_from(start + slice_rows))

    fit_from(0)


class TitleFill(QObject):
    """Gives the title column the width the other columns leave in the view (never less
    than `minimum_title_width`), whenever the view or another column changes size."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._busy = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != Column.TITLE:
            self.fill()

    def fill(self) -> None:
        if self._busy:
            return
        header = self.table.horizontalHeader()
        if header.isSectionHidden(Column.TITLE):
            return
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != Column.TITLE and not header.isSectionHidden(c)
        )
        width = max(minimum_title_width(self.table), self.table.viewport().width() - others)
        self._busy = True
        try:
            header.resizeSection(Column.TITLE, width)
        finally:
            self._busy = False
