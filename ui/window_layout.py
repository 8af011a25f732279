"""The main window's widgets and their arrangement: the filters in a dock on the left,
the list, overview and document in tabs, the detail pane beside them, and the status
bar. Built here; the window connects them to its flows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.column_sizing import (
    CELL_PADDING,
    HEADER_PADDING,
    TitleFill,
    minimum_title_width,
)
from ui.detail_pane import DetailPane
from ui.document_view import DocumentView
from ui.filter_panel import FilterPanel
from ui.house_status_bar import HouseStatusBar
from ui.labels import STATUS_ORDER, status_label
from ui.models import Column
from ui.models.commitment_table_model import DUE_SOON_SIGN, WARNING_SIGN
from ui.overview_view import OverviewView
from ui.plain_text import plain_label
from ui.settings_dialog import due_within_days

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DEFAULT_SPLIT = (960, 420)


class WindowLayout(QObject):
    """Creates the window's widgets as its attributes (where the flows and the tests
    find them) and lays them out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def build(self, database_label: str) -> dict[str, int]:
        """Build and arrange the widgets; returns the tabs by name ("list", ...)."""
        window = self.window
        # Filters, in a dock on the left.
        window.filter_panel = FilterPanel()
        window.filter_panel.set_within_days(due_within_days(window.settings))
        window.model.set_soon_days(window.filter_panel.within_days())
        window.search_edit = window.filter_panel.search_edit
        window.overdue_check = window.filter_panel.overdue_check
        dock = window.filter_dock = QDockWidget(self.tr("Filters"), window)
        dock.setObjectName("filterDock")
        dock.setWidget(window.filter_panel)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        # The list, with its count, the month filter and the legend above it.
        list_page = QWidget()
        list_page.setObjectName("listPage")
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addLayout(self._info_row())
        window.table = self._table()
        list_layout.addWidget(window.table, 1)
        window.list_hint = CentredHint(window.table.viewport())
        window.list_hint.setObjectName("listHint")

        window.tabs = QTabWidget()
        window.tabs.setObjectName("mainTabs")
        window.tabs.setDocumentMode(True)
        window.tabs.addTab(list_page, self.tr("Lijst"))
        tab_index = {"list": 0}
        window.overview_view = OverviewView()
        tab_index["overview"] = window.tabs.addTab(window.overview_view, self.tr("Overzicht"))
        window.document_view = DocumentView()
        tab_index["document"] = window.tabs.addTab(window.document_view, self.tr("Document"))

        window.detail = DetailPane()
        window.detail.setAccessibleName(self.tr("Details van de toezegging"))

        splitter = window.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(window.tabs)
        # Above the details: the House's changed status of an oral commitment, to accept.
        window.house_bar = HouseStatusBar()
        window.detail.commitment_shown.connect(window.house_bar.show_for)
        detail_side = QWidget()
        detail_side.setObjectName("detailSide")
        side = QVBoxLayout(detail_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(window.house_bar)
        side.addWidget(window.detail, 1)
        splitter.addWidget(detail_side)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 0)  # a wider window widens the list, not the details
        splitter.setSizes(list(DEFAULT_SPLIT))
        window.setCentralWidget(splitter)

        window.database_label = QLabel(
            self.tr("Database: %1").replace("%1", database_label) if database_label else ""
        )
        plain_label(window.database_label)
        window.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        window.statusBar().addPermanentWidget(window.database_label)
        window.role_label = QLabel("")  # the login and its role (team mode with roles)
        window.role_label.setObjectName("roleLabel")
        window.statusBar().addPermanentWidget(window.role_label)
        return tab_index

    def _info_row(self) -> QHBoxLayout:
        """The number of commitments shown, the month filter and the legend of the signs."""
        window = self.window
        window.count_label = QLabel()
        window.count_label.setObjectName("countLabel")
        window.count_label.setAccessibleName(self.tr("Aantal getoonde toezeggingen"))
        window.month_label = QLabel()
        window.month_label.setObjectName("monthFilterLabel")
        window.month_clear = QToolButton()
        window.month_clear.setObjectName("monthFilterClear")
        window.month_clear.setText(self.tr("Wissen"))
        window.month_clear.setToolTip(self.tr("Het filter op de maand van de termijn wissen"))
        window.month_label.hide()
        window.month_clear.hide()
        legend = QLabel(
            self.tr("%1 te laat · %2 termijn binnenkort")
            .replace("%1 ", f"{WARNING_SIGN}\u00a0")  # a sign stays with its word
            .replace("%2 ", f"{DUE_SOON_SIGN}\u00a0")
        )
        legend.setObjectName("legendLabel")
        # In the normal text colour (a disabled label is too pale to read); it wraps
        # between its words in a narrow window rather than widen it.
        legend.setWordWrap(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.setContentsMargins(6, 4, 6, 2)
        row.addWidget(window.count_label)
        row.addSpacing(12)
        row.addWidget(window.month_label)
        row.addWidget(window.month_clear)
        row.addWidget(legend, 1)  # takes the spare width, so it wraps only when narrow
        return row

    def _table(self) -> QTableView:
        window = self.window
        table = QTableView()
        table.setObjectName("commitmentTable")
        table.setAccessibleName(self.tr("Toezeggingen"))
        table.setModel(window.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within
        table.setIconSize(QSize(16, 16))
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Uniform row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        set_default_column_widths(table)
        window.title_fill = TitleFill(table)  # the title column takes the spare width
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setToolTip(
            self.tr("Klik om te sorteren; rechtsklik om kolommen te tonen of te verbergen")
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        return table


def set_default_column_widths(table: QTableView) -> None:
    """Fit dates, the longest labels and the headers; the title gets the rest."""
    metrics = table.fontMetrics()
    header_metrics = table.horizontalHeader().fontMetrics()
    model = table.model()

    def fits(column: Column, *texts: str) -> int:
        header = str(model.headerData(column, Qt.Orientation.Horizontal))
        return max(
            header_metrics.horizontalAdvance(header) + HEADER_PADDING,
            *(metrics.horizontalAdvance(t) + CELL_PADDING for t in texts),
        )

    widths = {
        # A date, and the pencil beside one set by hand.
        Column.DUE: fits(Column.DUE, "00-00-0000") + table.iconSize().width() + 6,
        Column.DAYS_OVERDUE: fits(Column.DAYS_OVERDUE, f"{DUE_SOON_SIGN} over 14 dagen"),
        Column.STATUS: fits(Column.STATUS, *(status_label(s) for s in STATUS_ORDER)),
        Column.REVIEW: fits(Column.REVIEW, "Te beoordelen"),
        Column.MINISTRY: fits(Column.MINISTRY, "BZK"),
        Column.ACTOR: fits(Column.ACTOR, "Minister van OCW"),
        Column.FACTIONS: fits(Column.FACTIONS, "ChristenUnie"),
        Column.DOCUMENT: fits(Column.DOCUMENT, "Kamerstuk 32 637, nr. 448"),
    }
    widths[Column.TITLE] = minimum_title_width(table)
    for column, width in widths.items():
        table.setColumnWidth(column, width)


class CentredHint(QLabel):
    """A hint in the middle of its parent (the list's viewport when the list is empty),
    in the normal text colour, wrapping between words."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def showEvent(self, event) -> None:
        self.setGeometry(self.parentWidget().rect())
        super().showEvent(event)
