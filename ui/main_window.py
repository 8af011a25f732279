"""The main window ("the desk"): filters, the commitments list, the overview and the
document view in tabs, the detail pane beside them, and every change undoable.

The window only builds and wires. Its widgets come from ui/window_layout.py, its
actions, menus and toolbar from ui/window_actions.py; each job it does is a controller
of its own: the list and its loading in ui/flows/list_flow.py, the selection in
ui/selection.py, changes in ui/flows/change_flow.py, and so on (see __init__)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from tracker.store import roles
from ui.commands import ChangeRunner
from ui.dialogs.hints_dialog import HintsController
from ui.flows.app_flow import AppFlow
from ui.flows.change_flow import ChangeFlow
from ui.flows.export_flow import ExportFlow
from ui.flows.import_flow import ImportFlow, local_paths
from ui.flows.list_flow import ListFlow
from ui.flows.redate_flow import RedateFlow
from ui.flows.sync_flow import SyncFlow
from ui.flows.tabs_flow import TabsFlow
from ui.jobs_manager import JobsManager
from ui.models import Column, CommitmentFilterProxy, CommitmentTableModel
from ui.pane_focus import PaneFocus
from ui.selection import Selection
from ui.table_menus import TableMenus
from ui.window_actions import WindowActions
from ui.window_layout import WindowLayout
from ui.window_state import APPLICATION, ORGANISATION, WindowState
from ui.workers import unwritable_text

log = logging.getLogger(__name__)


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
        self.last_message_box: QMessageBox | None = None
        self.jobs = JobsManager(self)
        # What the database login may do (its role, in team mode): actions it may not
        # are disabled, saying why (WindowActions.apply_permissions).
        self.permissions = roles.permissions()

        # The controllers: each flow does one job of the window, on its widgets.
        self.selection = Selection(self)
        self.list_flow = ListFlow(self)
        self.change_flow = ChangeFlow(self)
        self.import_flow = ImportFlow(self)
        self.redate_flow = RedateFlow(self)
        self.export_flow = ExportFlow(self)
        self.sync_flow = SyncFlow(self)
        self.tabs_flow = TabsFlow(self)
        self.app_flow = AppFlow(self)
        self.table_menus = TableMenus(self)
        self.pane_focus = PaneFocus(self)
        self.window_state = WindowState(self, self.settings, remember_state)

        self.model = CommitmentTableModel(self)
        self.proxy = CommitmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(Column.DUE, Qt.SortOrder.AscendingOrder)

        self.undo_stack = QUndoStack(self)
        self.changes = ChangeRunner(
            self.undo_stack,
            self.list_flow.on_undo_applied,
            self.change_flow.on_undo_failed,
            who=self.change_flow.who,
            on_conflict=self.change_flow.resolve_undo_conflict,
        )

        self.window_actions = WindowActions(self)
        self.window_actions.create_actions()
        self.tabs_flow.tab_index = WindowLayout(self).build(database_label)
        self.overview_tab_action.setEnabled("overview" in self.tabs_flow.tab_index)
        self.document_tab_action.setEnabled("document" in self.tabs_flow.tab_index)
        self._connect_widgets()
        # Fulfilment suggestions: a menu action with the number pending, and their dialog.
        self.hints = HintsController(
            self,
            self.undo_stack,
            self.change_flow.who,
            self.list_flow.after_change,
            self.change_flow.on_undo_failed,
            on_conflict=self.change_flow.resolve_conflict,
        )
        self.window_actions.create_menus_and_toolbar()
        self.window_actions.apply_permissions()
        self.pane_focus.install()
        self.window_state.restore()
        self.list_flow.start()  # watches colleagues' changes, loads the list
        self.sync_flow.start_at_start()  # if the settings ask for it, and it is due
        self.table.setFocus()

    def _connect_widgets(self) -> None:
        """Hand what the user does in the widgets to the flow that deals with it."""
        panel, table = self.filter_panel, self.table
        panel.changed.connect(self.list_flow.on_filter_changed)
        panel.text_changed.connect(self.list_flow.on_search_changed)
        panel.within_spin.valueChanged.connect(self.model.set_soon_days)
        self.month_clear.clicked.connect(lambda: self.tabs_flow.set_month_filter(None))
        table.horizontalHeader().customContextMenuRequested.connect(
            self.table_menus.show_column_menu
        )
        table.customContextMenuRequested.connect(self.table_menus.show_context_menu)
        table.selectionModel().selectionChanged.connect(self.selection.sync_detail)
        table.selectionModel().currentRowChanged.connect(self.selection.sync_detail)
        table.doubleClicked.connect(lambda _index: self.change_flow.edit_selected())
        if self.overview_view is not None:
            self.overview_view.ministry_clicked.connect(self.tabs_flow.on_overview_ministry)
            self.overview_view.month_clicked.connect(self.tabs_flow.on_overview_month)
        if self.document_view is not None:
            self.document_view.commitment_clicked.connect(self.tabs_flow.on_document_commitment)
            self.document_view.make_commitment_requested.connect(
                self.change_flow.make_manual_commitment
            )
        self.house_bar.accept_requested.connect(self.change_flow.accept_house_status)
        self.house_bar.dismiss_requested.connect(self.change_flow.dismiss_house_status)
        self.tabs.currentChanged.connect(lambda _i: self.tabs_flow.on_tab_changed())

    # -- Qt's events -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.stop_all()
        self.change_watcher.stop()
        self.window_state.save()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.import_flow.import_dropped(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- what the flows ask of the window ----------------------------------------------

    def jobs_running(self) -> bool:
        """Whether an import, export or load runs in the background."""
        return self.jobs.running()

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
