"""The main window ("the desk"): filters, the commitments list, the overview and the
document view in tabs, the detail pane beside them, and every change undoable."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable

import peewee as pw
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.importing import FileResult, ImportProgress
from tracker.store import queries as store
from tracker.store.filters import (
    Filter,
    commitment_count,
    facet_counts,
    matching_ids,
    query_commitments,
    search_ids,
)
from tracker.store.queries import (
    CommitmentRow,
    DocumentRow,
    StaleCommitmentError,
    StoreError,
    get_commitment,
)
from ui.change_watcher import ChangeWatcher
from ui.commands import ChangeRunner
from ui.detail_pane import DetailPane
from ui.dialogs.hints_dialog import HintsController
from ui.dialogs.reference_date_dialog import ReferenceDateDialog
from ui.dialogs.restore_dialog import RestoreDialog, current_database_file
from ui.filter_panel import FilterPanel
from ui.flows.change_flow import ChangeFlow
from ui.flows.export_flow import ExportFlow
from ui.flows.import_flow import ImportFlow, local_paths
from ui.flows.redate_flow import RedateFlow, redatable
from ui.flows.tabs_flow import TabsFlow
from ui.labels import REVIEW_STATES, STATUS_ORDER, status_label
from ui.models import Column, CommitmentFilterProxy, CommitmentTableModel, Role
from ui.models.commitment_table_model import DUE_SOON_SIGN, WARNING_SIGN
from ui.plain_text import plain_label
from ui.window_actions import WindowActions
from ui.workers import (
    FacetJob,
    ImportOutcome,
    Job,
    LoadJob,
    start_job,
    unwritable_text,
)

# The views helper's widgets; the window works without them (integration hooks below).
try:
    from ui.overview_view import OverviewView
except ImportError:  # pragma: no cover - only while the module does not exist
    OverviewView = None  # type: ignore[assignment,misc]
try:
    from ui.document_view import DocumentView
except ImportError:  # pragma: no cover
    DocumentView = None  # type: ignore[assignment,misc]
try:
    from ui.settings_dialog import SettingsDialog, display_name, due_within_days
except ImportError:  # pragma: no cover
    SettingsDialog = None  # type: ignore[assignment,misc]

    def display_name(settings: QSettings) -> str:
        return store.current_user()

    def due_within_days(settings: QSettings) -> int:
        return 14


log = logging.getLogger(__name__)


ORGANISATION = "commitment-tracker"
APPLICATION = "commitment-tracker"

DEFAULT_SIZE = (1500, 880)
DEFAULT_SPLIT = (960, 420)
# Room for the cell margins, and beside a header also for the sort indicator.
CELL_PADDING = 16
HEADER_PADDING = 30
MIN_TITLE_CHARS = 36
# How often the window checks whether the day changed, so "Dagen te laat" stays true
# for a window left open overnight.
DAY_CHECK_INTERVAL_MS = 60_000
# Above this many loaded rows the filter counts are computed in the thread pool, so a
# filter change shows its rows at once and the counts follow.
FACETS_IN_BACKGROUND_ABOVE = 20_000
# Above this many commitments in the database the list is read in the thread pool
# (with the counts of all commitments beside it), so the window paints at once.
LOAD_IN_BACKGROUND_ABOVE = 20_000
# Above this many changed rows, reloading the list is quicker than row by row.
RELOAD_ABOVE = 200
ALL_REVIEW_STATES = frozenset(REVIEW_STATES)


@dataclasses.dataclass
class _ViewState:
    """What a reload keeps in view (see MainWindow._view_state)."""

    top_id: int | None
    vertical: int
    horizontal: int
    detail_id: int | None
    detail_scroll: int


class MainWindow(QMainWindow):
    """Lists, filters and changes the commitments; imports and exports in the background."""

    def __init__(
        self,
        settings: QSettings | None = None,
        database_label: str = "",
        remember_state: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Toezeggingen"))
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)
        self._remember_state = remember_state
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._jobs: list[Job] = []
        self.last_message_box: QMessageBox | None = None
        self._universe = None
        self._month_filter: dt.date | None = None
        self._overview_dirty = True
        self._facet_sequence = 0
        self._facet_job: FacetJob | None = None
        self._load_sequence = 0
        self._loading: dict[str, object] = {}  # a background load's parts as they arrive
        self.export_flow = ExportFlow(self)
        self.redate_flow = RedateFlow(self)
        self.import_flow = ImportFlow(self)
        self.change_flow = ChangeFlow(self)
        self.tabs_flow = TabsFlow(self)

        self.model = CommitmentTableModel(self)
        self.proxy = CommitmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(Column.DUE, Qt.SortOrder.AscendingOrder)

        self.undo_stack = QUndoStack(self)
        self.changes = ChangeRunner(
            self.undo_stack,
            self._on_undo_applied,
            self._on_undo_failed,
            who=self._who,
            on_conflict=self._resolve_undo_conflict,
        )

        self.window_actions = WindowActions(self)
        self.window_actions.create_actions()
        self._create_central_widget(database_label)
        # Fulfilment suggestions: a menu action with the number pending, and their dialog.
        self.hints = HintsController(
            self,
            self.undo_stack,
            self._who,
            self._after_change,
            self._on_undo_failed,
            on_conflict=self.resolve_conflict,
        )
        self.window_actions.create_menus_and_toolbar()
        self._create_pane_shortcuts()
        self._restore_state()
        # Colleagues' changes to the register appear within seconds (see change_watcher).
        self.change_watcher = ChangeWatcher(self, busy=self.jobs_running)
        self.change_watcher.changed.connect(self.reload_changes_of_others)
        self.refresh()
        self.table.setFocus()

        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_INTERVAL_MS)
        self._day_timer.timeout.connect(self._refresh_if_new_day)
        self._day_timer.start()

    # -- construction --------------------------------------------------------

    def _commitment_actions(self) -> list[QAction | None]:
        return self.window_actions.commitment_actions()

    def _create_central_widget(self, database_label: str) -> None:
        # Filters, in a dock on the left.
        self.filter_panel = FilterPanel()
        self.filter_panel.set_within_days(due_within_days(self.settings))
        self.filter_panel.changed.connect(self._on_filter_changed)
        self.filter_panel.text_changed.connect(self._on_search_changed)
        self.filter_panel.within_spin.valueChanged.connect(self.model.set_soon_days)
        self.model.set_soon_days(self.filter_panel.within_days())
        self.search_edit = self.filter_panel.search_edit
        self.overdue_check = self.filter_panel.overdue_check
        self.filter_dock = QDockWidget(self.tr("Filters"), self)
        self.filter_dock.setObjectName("filterDock")
        self.filter_dock.setWidget(self.filter_panel)
        self.filter_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_dock)

        # The list.
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(self.tr("Aantal getoonde toezeggingen"))
        self.month_label = QLabel()
        self.month_label.setObjectName("monthFilterLabel")
        self.month_clear = QToolButton()
        self.month_clear.setObjectName("monthFilterClear")
        self.month_clear.setText(self.tr("Wissen"))
        self.month_clear.setToolTip(self.tr("Het filter op de maand van de termijn wissen"))
        self.month_clear.clicked.connect(lambda: self.set_month_filter(None))
        self.month_label.hide()
        self.month_clear.hide()
        legend = QLabel(
            self.tr("%1 te laat · %2 termijn binnenkort")
            .replace("%1", WARNING_SIGN)
            .replace("%2", DUE_SOON_SIGN)
        )
        legend.setObjectName("legendLabel")
        legend.setEnabled(False)  # muted
        info_row = QHBoxLayout()
        info_row.setContentsMargins(6, 4, 6, 2)
        info_row.addWidget(self.count_label)
        info_row.addSpacing(12)
        info_row.addWidget(self.month_label)
        info_row.addWidget(self.month_clear)
        info_row.addStretch(1)
        info_row.addWidget(legend)

        self.table = QTableView()
        self.table.setObjectName("commitmentTable")
        self.table.setAccessibleName(self.tr("Toezeggingen"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Uniform row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._set_default_column_widths()
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.setToolTip(
            self.tr("Klik om te sorteren; rechtsklik om kolommen te tonen of te verbergen")
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._sync_detail)
        self.table.selectionModel().currentRowChanged.connect(self._sync_detail)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        list_page = QWidget()
        list_page.setObjectName("listPage")
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addLayout(info_row)
        list_layout.addWidget(self.table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_page, self.tr("Lijst"))
        self._tab_index = {"list": 0}
        self.overview_view = None
        if OverviewView is not None:
            self.overview_view = OverviewView()
            self.overview_view.ministry_clicked.connect(self._on_overview_ministry)
            self.overview_view.month_clicked.connect(self._on_overview_month)
            self._tab_index["overview"] = self.tabs.addTab(self.overview_view, self.tr("Overzicht"))
        self.document_view = None
        if DocumentView is not None:
            self.document_view = DocumentView()
            self.document_view.commitment_clicked.connect(self._on_document_commitment)
            self.document_view.make_commitment_requested.connect(self.make_manual_commitment)
            self._tab_index["document"] = self.tabs.addTab(self.document_view, self.tr("Document"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.overview_tab_action.setEnabled("overview" in self._tab_index)
        self.document_tab_action.setEnabled("document" in self._tab_index)

        self.detail = DetailPane()
        self.detail.setAccessibleName(self.tr("Details van de toezegging"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(DEFAULT_SPLIT))
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", database_label) if database_label else ""
        )
        plain_label(self.database_label)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)

    def _create_pane_shortcuts(self) -> None:
        """F6 and Shift+F6 move between the filters, the current tab and the details."""
        forward = QShortcut(QKeySequence("F6"), self)
        forward.activated.connect(lambda: self.cycle_pane(1))
        backward = QShortcut(QKeySequence("Shift+F6"), self)
        backward.activated.connect(lambda: self.cycle_pane(-1))
        self.setTabOrder(self.filter_panel.search_edit, self.filter_panel.today_button)
        self.setTabOrder(self.table, self.detail)

    def _panes(self) -> list[QWidget]:
        current = self.tabs.currentWidget()
        main = self.table if current is self.tabs.widget(0) else current
        if main is self.document_view and self.document_view is not None:
            main = self.document_view.edit
        panes = [main, self.detail]
        if self.filter_dock.isVisible():
            panes.insert(0, self.filter_panel.search_edit)
        return panes

    def cycle_pane(self, step: int) -> None:
        panes = self._panes()
        focus = self.focusWidget()
        position = 0
        for number, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                position = number
                break
            if number == 0 and pane is self.filter_panel.search_edit:
                if focus is not None and self.filter_panel.isAncestorOf(focus):
                    position = 0
                    break
        target = panes[(position + step) % len(panes)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _set_default_column_widths(self) -> None:
        """Fit dates, the longest labels and the headers; the title gets the rest."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()

        def fits(column: Column, *texts: str) -> int:
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max(
                header_metrics.horizontalAdvance(header) + HEADER_PADDING,
                *(metrics.horizontalAdvance(t) + CELL_PADDING for t in texts),
            )

        widths = {
            Column.DUE: fits(Column.DUE, "00-00-0000"),
            Column.DAYS_OVERDUE: fits(Column.DAYS_OVERDUE, f"{DUE_SOON_SIGN} over 14 dagen"),
            Column.STATUS: fits(Column.STATUS, *(status_label(s) for s in STATUS_ORDER)),
            Column.REVIEW: fits(Column.REVIEW, "Te beoordelen"),
            Column.MINISTRY: fits(Column.MINISTRY, "BZK"),
            Column.ACTOR: fits(Column.ACTOR, "Minister van OCW"),
            Column.FACTIONS: fits(Column.FACTIONS, "ChristenUnie"),
            Column.DOCUMENT: fits(Column.DOCUMENT, "Kamerstuk 32 637, nr. 448"),
        }
        widths[Column.TITLE] = metrics.averageCharWidth() * (MIN_TITLE_CHARS + 8)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    # -- state -----------------------------------------------------------------

    def _restore_state(self) -> None:
        restored_filters = False
        if self._remember_state:
            geometry = self.settings.value("mainWindow/geometry")
            if geometry is None or not self.restoreGeometry(geometry):
                self.resize(*DEFAULT_SIZE)
            state = self.settings.value("mainWindow/state")
            if state is not None:
                self.restoreState(state)
            splitter = self.settings.value("mainWindow/splitter")
            if splitter is not None:
                self.splitter.restoreState(splitter)
            header = self.settings.value("mainWindow/tableHeader")
            if header is not None:
                self.table.horizontalHeader().restoreState(header)
                header_view = self.table.horizontalHeader()
                self.proxy.sort(
                    header_view.sortIndicatorSection(), header_view.sortIndicatorOrder()
                )
            restored_filters = self.filter_panel.restore_state(self.settings)
        else:
            self.resize(*DEFAULT_SIZE)
        if not restored_filters:
            # The desk opens on what needs attention today.
            self.filter_panel._set_quietly(lambda: self.filter_panel.today_button.setChecked(True))

    def save_state(self) -> None:
        if not self._remember_state:
            return
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.settings.setValue("mainWindow/splitter", self.splitter.saveState())
        self.settings.setValue("mainWindow/tableHeader", self.table.horizontalHeader().saveState())
        self.filter_panel.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # An import stops between files (each file is one transaction), so waiting
        # here never leaves half a document in the database.
        for job in list(self._jobs):
            job.cancel()
        self.pool.waitForDone()
        self.change_watcher.stop()
        self.save_state()
        super().closeEvent(event)

    # -- reading the store -----------------------------------------------------

    def _filter(self, base: Filter | None = None) -> Filter:
        return dataclasses.replace(base or Filter(), as_of=self.model.as_of)

    @Slot()
    def refresh(self, keep: list[int] | None = None, current: int | None = None) -> None:
        """Load every commitment (rejected ones too) once; filters then work in memory.

        A large register is read in the thread pool: the list says "Laden…" meanwhile
        and fills when the rows and the counts of all commitments have both arrived.
        Without `keep`, the selection, the current row and the scroll positions of the
        list and the details stay as they are; with it, those rows are selected and
        scrolled to.
        """
        as_of = dt.date.today()
        # What others changed up to now is read below; only later changes count again.
        watcher = getattr(self, "change_watcher", None)
        if watcher is not None:
            watcher.acknowledge()
        self.hints.update_count()
        view = None
        if keep is None:
            keep, current = self.selected_ids(), self.selected_id()
            view = self._view_state()
        self._load_sequence += 1
        self._loading = {}
        everything = Filter(review_states=ALL_REVIEW_STATES, as_of=as_of)
        try:
            background = commitment_count() > LOAD_IN_BACKGROUND_ABOVE
            if not background:
                rows = query_commitments(everything)
                universe = facet_counts(everything)
        except (StoreError, pw.PeeweeException) as exc:
            self.show_error(self.tr("De toezeggingen konden niet worden gelezen."), str(exc))
            return
        if not background:
            self._show_loaded(rows, universe, as_of, keep, current, view)
            return
        self.count_label.setText(self.tr("Laden…"))
        sequence = self._load_sequence
        self._loading = {"as_of": as_of, "keep": keep, "current": current, "view": view}
        # Bound slots, so the results are handled in the UI thread.
        load = LoadJob(everything, sequence)
        load.finished.connect(self._on_rows_loaded)
        count = FacetJob(everything, sequence)
        count.finished.connect(self._on_universe_loaded)
        for job in (load, count):
            job.failed.connect(self._on_load_failed)
            self._start(job)

    @Slot(object)
    def _on_rows_loaded(self, result: tuple[int, list[CommitmentRow]]) -> None:
        self._on_load_part(*result, part="rows")

    @Slot(object)
    def _on_universe_loaded(self, result: tuple[int, object]) -> None:
        self._on_load_part(*result, part="universe")

    def _on_load_part(self, sequence: int, value: object, part: str) -> None:
        if sequence != self._load_sequence or not self._loading:
            return  # a later refresh replaced this one, or the other part failed
        self._loading[part] = value
        loading = self._loading
        if "rows" in loading and "universe" in loading:
            self._loading = {}
            self._show_loaded(
                loading["rows"],
                loading["universe"],
                loading["as_of"],
                loading["keep"],
                loading["current"],
                loading["view"],
            )

    @Slot(str, str)
    def _on_load_failed(self, message: str, details: str) -> None:
        if not self._loading:  # the other part failed too, or a later refresh runs
            return
        self._loading = {}
        self._update_count()
        self.show_error(self.tr("De toezeggingen konden niet worden gelezen."), details or message)

    def _show_loaded(
        self,
        rows: list[CommitmentRow],
        universe,
        as_of: dt.date,
        keep: list[int],
        current: int | None,
        view: _ViewState | None = None,
    ) -> None:
        self._universe = universe
        self.model.set_rows(rows, as_of)
        if self.filter_panel.has_restored_lists():
            # Fill the lists first, so the values of the last session can be checked.
            self.filter_panel.set_facets(self._universe, self._universe)
            self.filter_panel.apply_restored_lists()
        self._overview_dirty = True
        self._apply_filter(keep, current)
        if view is not None:
            self._restore_view(view)
        self._refresh_overview_if_shown()

    def _view_state(self) -> _ViewState:
        """Where the user is looking: the row at the top of the list, the scroll
        positions of the list and of the details."""
        top = self.table.indexAt(QPoint(0, 0))
        return _ViewState(
            top_id=top.siblingAtColumn(0).data(Role.ID) if top.isValid() else None,
            vertical=self.table.verticalScrollBar().value(),
            horizontal=self.table.horizontalScrollBar().value(),
            detail_id=self.detail.commitment_id,
            detail_scroll=self.detail.verticalScrollBar().value(),
        )

    def _restore_view(self, view: _ViewState) -> None:
        """Scroll back to `view`: the same row at the top (if it is still shown)."""
        self.table.doItemsLayout()  # the scroll range of the reloaded list
        top = self._proxy_index(view.top_id) if view.top_id is not None else QModelIndex()
        if top.isValid():
            self.table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.table.verticalScrollBar().setValue(view.vertical)
        self.table.horizontalScrollBar().setValue(view.horizontal)
        if view.detail_id is not None and self.detail.commitment_id == view.detail_id:
            self.detail.verticalScrollBar().setValue(view.detail_scroll)

    @Slot()
    def reload_changes_of_others(self) -> None:
        """Show what colleagues changed in the register: the list, the counts, the
        details and the suggestions, keeping selection, scroll positions and focus."""
        self.refresh()
        if self.document_view is not None and self.document_view.document_id is not None:
            self._reload_document_view()
        self.statusBar().showMessage(self.tr("Bijgewerkt met wijzigingen van anderen"), 5000)

    @Slot()
    def _refresh_if_new_day(self) -> None:
        if dt.date.today() != self.model.as_of and not self.jobs_running():
            self.refresh()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._apply_filter(self.selected_ids(), self.selected_id())

    @Slot(str)
    def _on_search_changed(self, _text: str) -> None:
        self._apply_filter(self.selected_ids(), self.selected_id(), structural=False)

    def _apply_filter(
        self, keep: list[int] | None = None, current: int | None = None, structural: bool = True
    ) -> None:
        """Ask the store which ids match, let the proxy show those, and update the counts."""
        panel = self.filter_panel
        structure = self._filter(panel.structural_filter())
        text = panel.search_text()
        query = dataclasses.replace(structure, text=text)
        background = self.model.rowCount() > FACETS_IN_BACKGROUND_ABOVE
        facets = None
        try:
            sets: dict[str, set[int] | None] = {"search": search_ids(text) if text else None}
            if structural or self.proxy.allowed("filter") is None:
                sets["filter"] = matching_ids(structure)
            if not background:
                facets = facet_counts(query)
        except (StoreError, pw.PeeweeException) as exc:
            self.show_error(self.tr("Het filter kon niet worden toegepast."), str(exc))
            return
        self.proxy.set_allowed_sets(sets)
        self._facet_sequence += 1
        if facets is not None:
            panel.set_facets(facets, self._universe)
        else:
            # Counts for an earlier filter that have not started yet are not needed.
            stale = self._facet_job
            if stale is not None and not stale.done and self.pool.tryTake(stale):
                self._jobs.remove(stale)
            job = self._facet_job = FacetJob(query, self._facet_sequence)
            job.finished.connect(self._on_facets)
            job.failed.connect(lambda message, details: log.error("facets: %s", details))
            self._start(job)
        self._update_count()
        self._reselect(keep or [], current)

    @Slot(object)
    def _on_facets(self, result: tuple[int, object]) -> None:
        sequence, facets = result
        if sequence == self._facet_sequence:  # an older filter's counts are dropped
            self.filter_panel.set_facets(facets, self._universe)

    def _reselect(self, ids: list[int], current: int | None) -> None:
        """Select the rows of `ids` that are still shown, keeping `current` current."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for commitment_id in ids:
            index = self._proxy_index(commitment_id)
            if index.isValid():
                selection.select(index, index)
                first = first or index
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        rows = QItemSelectionModel.SelectionFlag.Rows
        if selection.isEmpty():
            model.clearSelection()
            self._sync_detail()
            return
        model.select(selection, flags | rows)
        target = self._proxy_index(current) if current is not None else QModelIndex()
        if not target.isValid():
            target = first
        model.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(target)
        self._sync_detail()

    def _proxy_index(self, commitment_id: int) -> QModelIndex:
        source_row = self.model.row_for_id(commitment_id)
        if source_row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(source_row, 0))

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 van %2 toezeggingen")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # -- selection ---------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [index.data(Role.ID) for index in self._selected_indexes()]

    def _selected_indexes(self) -> list[QModelIndex]:
        rows = self.table.selectionModel().selectedRows()
        return sorted(rows, key=lambda i: i.row())

    def selected_commitments(self) -> list[CommitmentRow]:
        return [index.data(Role.ROW) for index in self._selected_indexes()]

    def selected_id(self) -> int | None:
        row = self.selected_commitment()
        return row.id if row is not None else None

    def selected_commitment(self) -> CommitmentRow | None:
        """The current row if it is selected, else the first selected row."""
        selection = self.table.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), QModelIndex()):
            return current.siblingAtColumn(0).data(Role.ROW)
        rows = self._selected_indexes()
        return rows[0].data(Role.ROW) if rows else None

    def select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_id(self, commitment_id: int) -> bool:
        """Select the commitment's row if it is shown; False if the filter hides it."""
        index = self._proxy_index(commitment_id)
        if not index.isValid():
            return False
        self.select_row(index.row())
        return True

    def select_ids(self, ids: list[int]) -> None:
        self._reselect(ids, ids[0] if ids else None)

    @Slot()
    def _sync_detail(self, *_args) -> None:
        """Show the selected commitment, with its sources and history, in the detail pane."""
        count = len(self.table.selectionModel().selectedRows())
        row = self.selected_commitment()
        for action in (self.mark_action, self.confirm_action, self.reject_action):
            action.setEnabled(count >= 1)
        self.delete_action.setEnabled(count >= 1)
        for action in (self.edit_action, self.due_action):
            action.setEnabled(count == 1)
        self.show_document_action.setEnabled(
            count == 1 and self.document_view is not None and row is not None
        )
        self.merge_action.setEnabled(count == 2)
        self.open_publication_action.setEnabled(count == 1 and bool(row and row.url))
        self.redate_action.setEnabled(count == 1 and row is not None and redatable(row))
        if row is None:
            if self.model.rowCount() == 0:
                self.detail.show_placeholder(
                    self.tr(
                        "Nog geen toezeggingen. Importeer schriftelijke antwoorden met "
                        "Bestand › Importeren… (Ctrl+I), of sleep bestanden op dit venster."
                    )
                )
            elif self.proxy.rowCount() == 0:
                self.detail.show_placeholder(
                    self.tr("Geen toezeggingen bij deze filters. ‘Alles tonen’ wist ze.")
                )
            else:
                self.detail.show_placeholder()
            return
        self._show_detail(row.id)

    def _show_detail(self, commitment_id: int) -> None:
        try:
            full = get_commitment(commitment_id)
        except (StoreError, pw.PeeweeException) as exc:
            self.detail.show_placeholder(self.tr("Deze toezegging kon niet worden gelezen."))
            self.show_error(self.tr("De toezegging kon niet worden gelezen."), str(exc))
            return
        self.detail.show_commitment(full, self.model.as_of)

    @Slot()
    def _focus_search(self) -> None:
        self.filter_dock.show()
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- changes: the dialogs and the conflicts live in ui/flows/change_flow.py ----

    def _run_change(
        self,
        text: str,
        ids: list[int],
        change: Callable[[], object],
        failure: str,
        new_ids: Callable[[object], list[int]] | None = None,
    ) -> tuple[bool, object]:
        return self.change_flow.run_change(text, ids, change, failure, new_ids)

    def _run_versioned(
        self,
        text: str,
        rows: list[CommitmentRow],
        change: Callable[[dict[int, CommitmentRow]], object],
        failure: str,
        wanted: str,
        *,
        can_reapply: bool = True,
    ) -> tuple[bool, object]:
        return self.change_flow.run_versioned(
            text, rows, change, failure, wanted, can_reapply=can_reapply
        )

    def resolve_conflict(
        self, error: StaleCommitmentError, wanted: str, *, can_reapply: bool = True
    ) -> bool:
        """Show what someone else changed; True if the user applies their change again."""
        return self.change_flow.resolve_conflict(error, wanted, can_reapply=can_reapply)

    def _resolve_undo_conflict(self, error: StaleCommitmentError, what: str) -> bool:
        return self.change_flow.resolve_undo_conflict(error, what)

    def _after_change(self, ids: set[int], select: list[int] | None = None) -> None:
        """Show the current state of the commitments in `ids` (changed, new or deleted)."""
        keep = select if select is not None else self.selected_ids()
        current = keep[0] if select else self.selected_id()
        if len(ids) > RELOAD_ABOVE:
            self.refresh(keep, current)
            return
        try:
            rows = store.get_commitments(sorted(ids))
        except (StoreError, pw.PeeweeException) as exc:
            self.show_error(self.tr("De toezeggingen konden niet worden gelezen."), str(exc))
            return
        removed = set(ids) - {r.id for r in rows}
        self.model.upsert_and_remove(rows, removed)
        try:
            self._universe = facet_counts(
                Filter(review_states=ALL_REVIEW_STATES, as_of=self.model.as_of)
            )
        except (StoreError, pw.PeeweeException):
            log.exception("facets of all commitments")
        self._overview_dirty = True
        self._apply_filter(keep, current)
        self._refresh_overview_if_shown()
        if self.document_view is not None and self.document_view.document_id is not None:
            self._reload_document_view()
        if len(rows) == 1 and not self.selected_ids():
            # The filter now hides it (e.g. marked in the Vandaag view): keep it in view.
            self.detail.show_commitment(rows[0], self.model.as_of)

    @Slot(set)
    def _on_undo_applied(self, ids: set[int]) -> None:
        self._after_change(ids, select=[i for i in ids if self.model.row_for_id(i) is not None])
        # New rows only exist in the model after _after_change; select what is shown.
        shown = [i for i in ids if self._proxy_index(i).isValid()]
        if shown:
            self._reselect(shown, shown[0])

    def _on_undo_failed(self, message: str, what: str) -> None:
        self.show_error(
            self.tr("‘%1’ kon niet worden teruggezet.").replace("%1", what),
            message,
            informative=message,
        )

    def _who(self) -> str:
        return display_name(self.settings)

    @Slot()
    def mark_selected(self) -> None:
        self.change_flow.mark_selected()

    def _change_text(self, rows: list[CommitmentRow], one: str, many: str) -> str:
        return self.change_flow.change_text(rows, one, many)

    def review_selected(self, state: str) -> None:
        self.change_flow.review_selected(state)

    @Slot()
    def edit_selected(self) -> None:
        self.change_flow.edit_selected()

    def _edit_value(self, name: str, value: object) -> str:
        return self.change_flow.edit_value(name, value)

    @Slot()
    def change_due_selected(self) -> None:
        self.change_flow.change_due_selected()

    @Slot()
    def merge_selected(self) -> None:
        self.change_flow.merge_selected()

    @Slot()
    def delete_selected(self) -> None:
        self.change_flow.delete_selected()

    @Slot(int, int, int, str)
    def make_manual_commitment(self, document_id: int, start: int, end: int, text: str) -> None:
        """A commitment the extractor missed, from a selection in the document view."""
        self.change_flow.make_manual_commitment(document_id, start, end, text)

    # -- tabs: overview and document -------------------------------------------------

    def show_tab(self, name: str) -> None:
        if name in self._tab_index:
            self.tabs.setCurrentIndex(self._tab_index[name])

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._refresh_overview_if_shown()

    def _refresh_overview_if_shown(self) -> None:
        self.tabs_flow.refresh_overview_if_shown()

    def _on_overview_ministry(self, ministry: str, kind: str) -> None:
        self.tabs_flow.on_overview_ministry(ministry, kind)

    def _on_overview_month(self, first_day: dt.date) -> None:
        self.tabs_flow.on_overview_month(first_day)

    def set_month_filter(self, first_day: dt.date | None, apply: bool = True) -> None:
        """Show only commitments due in the month of `first_day` (None: all months)."""
        self.tabs_flow.set_month_filter(first_day, apply)

    @Slot()
    def show_document_of_selected(self) -> None:
        self.tabs_flow.show_document_of_selected()

    def show_document(self, document_id: int) -> bool:
        return self.tabs_flow.show_document(document_id)

    def _reload_document_view(self) -> None:
        self.tabs_flow.reload_document_view()

    def _on_document_commitment(self, commitment_id: int) -> None:
        self.tabs_flow.on_document_commitment(commitment_id)

    @Slot()
    def open_settings(self) -> None:
        if SettingsDialog is None:
            return
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.filter_panel.set_within_days(due_within_days(self.settings))
        if getattr(dialog, "database_changed", False):
            message = self.tr("Instellingen opgeslagen; de andere database opent na herstarten.")
        else:
            message = self.tr("Instellingen opgeslagen; een andere taal geldt na herstarten.")
        self.statusBar().showMessage(message, 10000)

    @Slot()
    def restore_from_backup(self) -> None:
        """File › Herstellen uit back-up: replace the register by a backup, then show it.
        The undo history is cleared: it speaks of the register that was replaced."""
        path = current_database_file()
        if path is None:
            return
        if self.jobs_running():
            self.statusBar().showMessage(
                self.tr("Wacht tot het importeren of exporteren klaar is."), 10000
            )
            return
        dialog = RestoreDialog(path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        self.undo_stack.clear()
        self.change_watcher.stop()
        self.change_watcher = ChangeWatcher(self, busy=self.jobs_running)
        self.change_watcher.changed.connect(self.reload_changes_of_others)
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Hersteld uit %1; de vorige database is bewaard in %2.")
            .replace("%1", dialog.outcome.restored.name)
            .replace("%2", str(dialog.outcome.kept or "-")),
            15000,
        )

    # -- importing -------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.import_dropped(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    @staticmethod
    def _local_paths(mime: QMimeData | None) -> list[str]:
        return local_paths(mime)

    def import_dropped(self, mime: QMimeData) -> bool:
        """Import the files and folders of a drop; False if there was nothing to import."""
        return self.import_flow.import_dropped(mime)

    @Slot()
    def import_files(self, paths: list[str] | None = None) -> None:
        """Import documents in the thread pool, showing progress and a report afterwards."""
        self.import_flow.import_files(paths)

    @property
    def import_progress(self) -> QProgressDialog | None:
        return self.import_flow.import_progress

    def _on_import_progress(self, step: ImportProgress) -> None:
        self.import_flow.on_import_progress(step)

    def _on_import_stage(self, path: str, stage: str) -> None:
        self.import_flow.on_import_stage(path, stage)

    def _show_import_stage(self) -> None:
        self.import_flow.show_import_stage()

    def _end_import(self) -> None:
        self.import_flow.end_import()

    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        self.import_flow.on_import_finished(outcome)

    def _on_import_failed(self, message: str, details: str) -> None:
        self.import_flow.on_import_failed(message, details)

    def _import_line(self, result: FileResult) -> str:
        return self.import_flow.import_line(result)

    def _report_import(self, outcome: ImportOutcome) -> None:
        self.import_flow.report_import(outcome)

    # -- the date of a document that states none (ui/flows/redate_flow.py) -------

    @property
    def reference_date_dialog(self) -> ReferenceDateDialog | None:
        return self.redate_flow.reference_date_dialog

    def _ask_dates_after_import(self) -> None:
        self.redate_flow.ask_dates_after_import()

    @Slot()
    def redate_selected_document(self) -> None:
        self.redate_flow.redate_selected_document()

    def _ask_reference_dates(self, documents: list[DocumentRow]) -> None:
        self.redate_flow.ask_reference_dates(documents)

    def _ask_next_reference_date(self) -> None:
        self.redate_flow.ask_next_reference_date()

    def _on_reference_date_given(self) -> None:
        self.redate_flow.on_reference_date_given()

    def redate_document(self, document: DocumentRow, reference_date: dt.date) -> None:
        self.redate_flow.redate_document(document, reference_date)

    def _on_redated(self, result: FileResult) -> None:
        self.redate_flow.on_redated(result)

    def _on_redate_failed(self, message: str, details: str) -> None:
        self.redate_flow.on_redate_failed(message, details)

    # -- exporting (ui/flows/export_flow.py) -------------------------------------

    def _export_filters(self) -> list[tuple[str, str]]:
        return self.export_flow.export_filters()

    def _ask_export_path(self, caption: str, name: str) -> str | None:
        return self.export_flow.ask_export_path(caption, name)

    @Slot()
    def export_overdue(self) -> None:
        self.export_flow.export_overdue()

    @Slot()
    def export_view(self) -> None:
        self.export_flow.export_view()

    def describe_view(self) -> str:
        return self.export_flow.describe_view()

    def _start_export(self, job: Job, path: str) -> None:
        self.export_flow.start_export(job, path)

    def _on_export_finished(self, result: tuple[str, int]) -> None:
        self.export_flow.on_export_finished(result)

    def _on_export_failed(self, message: str, details: str) -> None:
        self.export_flow.on_export_failed(message, details)

    # -- other actions ---------------------------------------------------------

    @Slot()
    def open_publication(self) -> None:
        row = self.selected_commitment()
        if row and row.url:
            QDesktopServices.openUrl(QUrl(row.url))

    @Slot(QPoint)
    def _show_context_menu(self, position: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        for action in self._commitment_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    @Slot(QPoint)
    def _show_column_menu(self, position: QPoint) -> None:
        """Show or hide columns; the header's saved state remembers the choice."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column == Column.TITLE:
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.popup(header.mapToGlobal(position))

    @Slot()
    def _show_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    # -- jobs and messages -------------------------------------------------------

    def _start(self, job: Job) -> None:
        self._jobs.append(job)
        # Bound slots of the window, so they run in the UI thread.
        job.finished.connect(self._forget_job)
        job.failed.connect(self._forget_job)
        start_job(job, self.pool)

    @Slot()
    def _forget_job(self, *_args) -> None:
        self._jobs = [job for job in self._jobs if not job.done]

    def jobs_running(self) -> bool:
        return bool(self._jobs)

    def show_message(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        *,
        informative: str = "",
        details: str = "",
    ) -> QMessageBox:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if informative:
            box.setInformativeText(informative)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_message_box = box
        box.destroyed.connect(self._forget_message_box)
        box.open()
        return box

    @Slot()
    def _forget_message_box(self) -> None:
        self.last_message_box = None

    def show_error(
        self,
        message: str,
        details: str = "",
        *,
        informative: str = "",
        error: BaseException | None = None,
    ) -> QMessageBox:
        """A short message for the reader; the technical details behind a button. When
        `error` says the database is full or read-only, the message says so plainly."""
        log.error("%s %s", message, details)
        informative = (unwritable_text(error) if error is not None else None) or informative
        return self.show_message(
            QMessageBox.Icon.Critical,
            self.tr("Toezeggingen"),
            message,
            informative=informative,
            details=details,
        )
