"""The main window: the commitments table, a filter row and the detail pane."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import peewee as pw
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tracker.store.queries import (
    CommitmentRow,
    StoreError,
    get_commitment,
    list_commitments,
    mark,
    set_due,
)
from ui.detail_pane import DetailPane
from ui.dialogs.due_dialog import DueDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.labels import STATUS_ORDER, counted, format_date, status_label
from ui.models import Column, CommitmentFilterProxy, CommitmentTableModel, Role
from ui.models.commitment_table_model import WARNING_SIGN
from ui.workers import ExportOverdueJob, ImportJob, ImportOutcome, Job, start_job

log = logging.getLogger(__name__)

ORGANISATION = "commitment-tracker"
APPLICATION = "commitment-tracker"

DEFAULT_SIZE = (1400, 850)
DEFAULT_SPLIT = (900, 500)
# Room for the cell margins, and beside a header also for the sort indicator.
CELL_PADDING = 16
HEADER_PADDING = 30
MIN_TITLE_CHARS = 36
# How often the window checks whether the day changed, so "Dagen te laat" stays true
# for a window left open overnight.
DAY_CHECK_INTERVAL_MS = 60_000
# Files the readers in tracker.documents accept.
IMPORT_FILTER = "*.md *.txt"


class MainWindow(QMainWindow):
    """Lists the commitments, shows the selected one, and starts import, mark and export."""

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
        self.settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)
        self._remember_state = remember_state
        self._jobs: list[tuple[QThread, Job]] = []
        self._import_progress: QProgressDialog | None = None
        self.last_message_box: QMessageBox | None = None

        self.model = CommitmentTableModel(self)
        self.proxy = CommitmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._create_actions()
        self._create_menus_and_toolbar()
        self._create_central_widget(database_label)
        self._restore_state()
        self.refresh()
        self.table.setFocus()

        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_INTERVAL_MS)
        self._day_timer.timeout.connect(self._refresh_if_new_day)
        self._day_timer.start()

    # -- construction --------------------------------------------------------

    def _create_actions(self) -> None:
        style = self.style()
        self.import_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("&Importeren…"),
            self,
        )
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr("Schriftelijke antwoorden importeren (.md, .txt)"))
        self.import_action.triggered.connect(self.import_files)

        self.mark_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            self.tr("&Markeren als voldaan…"),
            self,
        )
        self.mark_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mark_action.setStatusTip(
            self.tr("De status van de gekozen toezegging wijzigen, met toelichting en bewijs")
        )
        self.mark_action.triggered.connect(self.mark_selected)
        self.mark_action.setEnabled(False)

        self.due_action = QAction(self.tr("&Termijn aanpassen…"), self)
        self.due_action.setShortcut(QKeySequence("Ctrl+D"))
        self.due_action.setStatusTip(
            self.tr(
                "De uiterste datum met de hand corrigeren; de termijn uit de tekst blijft staan"
            )
        )
        self.due_action.triggered.connect(self.change_due_selected)
        self.due_action.setEnabled(False)

        self.export_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("Te laat &exporteren…"),
            self,
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            self.tr("Alle toezeggingen die vandaag te laat zijn naar Excel exporteren")
        )
        self.export_action.triggered.connect(self.export_overdue)

        self.open_publication_action = QAction(self.tr("&Publicatie openen"), self)
        self.open_publication_action.setStatusTip(
            self.tr("Het brondocument openen op officielebekendmakingen.nl")
        )
        self.open_publication_action.triggered.connect(self.open_publication)
        self.open_publication_action.setEnabled(False)

        self.refresh_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("&Vernieuwen"), self
        )
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(lambda: self.refresh())

        self.overdue_action = QAction(self.tr("Alleen &te laat"), self)
        self.overdue_action.setCheckable(True)
        self.overdue_action.toggled.connect(self._set_overdue_only)

        self.search_action = QAction(self.tr("&Zoeken"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self._focus_search)

        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        self.about_action = QAction(self.tr("&Over Toezeggingen"), self)
        self.about_action.triggered.connect(self._show_about)

    def _create_menus_and_toolbar(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&Bestand"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        commitment_menu = menu_bar.addMenu(self.tr("&Toezegging"))
        commitment_menu.addAction(self.mark_action)
        commitment_menu.addAction(self.due_action)
        commitment_menu.addAction(self.open_publication_action)

        view_menu = menu_bar.addMenu(self.tr("Beel&d"))
        view_menu.addAction(self.overdue_action)
        view_menu.addAction(self.search_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Werkbalk"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.mark_action)
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)

    def _create_central_widget(self, database_label: str) -> None:
        self.overdue_check = QCheckBox(self.tr("Alleen te laat"))
        self.overdue_check.setObjectName("overdueCheck")
        self.overdue_check.setToolTip(
            self.tr("Alleen open toezeggingen tonen waarvan de termijn vandaag verstreken is")
        )
        self.overdue_check.toggled.connect(self.overdue_action.setChecked)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Zoeken in titel en citaat (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.search_edit.textChanged.connect(self._set_search_text)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(8, 6, 8, 2)
        filter_row.addWidget(self.search_edit)
        filter_row.addSpacing(12)
        filter_row.addWidget(self.overdue_check)
        filter_row.addStretch(1)
        filter_row.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("commitmentTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._set_default_column_widths()
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._sync_detail)

        self.detail = DetailPane()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes(list(DEFAULT_SPLIT))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", database_label) if database_label else ""
        )
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)

    def _set_default_column_widths(self) -> None:
        """Fit a date, the longest status label, a faction, a reference and the headers;
        the title gets the rest of the table's default width."""
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
            Column.DAYS_OVERDUE: fits(Column.DAYS_OVERDUE, f"{WARNING_SIGN} 0000"),
            Column.STATUS: fits(Column.STATUS, *(status_label(s) for s in STATUS_ORDER)),
            Column.FACTIONS: fits(Column.FACTIONS, "ChristenUnie"),
            Column.DOCUMENT: fits(Column.DOCUMENT, "Kamerstuk 32 637, nr. 448"),
        }
        scrollbar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        rest = DEFAULT_SPLIT[0] - sum(widths.values()) - scrollbar - frame - 8
        widths[Column.TITLE] = max(rest, metrics.averageCharWidth() * MIN_TITLE_CHARS)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    # -- state -----------------------------------------------------------------

    def _restore_state(self) -> None:
        if not self._remember_state:
            self.resize(*DEFAULT_SIZE)
            return
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        splitter = self.settings.value("mainWindow/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.value("mainWindow/tableHeader")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        if not self._remember_state:
            return
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/splitter", self.splitter.saveState())
        self.settings.setValue("mainWindow/tableHeader", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # An import stops between files (each file is one transaction), so waiting
        # here never leaves half a document in the database.
        for thread, job in list(self._jobs):
            job.cancel()
            thread.quit()
            thread.wait()
        self.save_state()
        super().closeEvent(event)

    # -- reading the store -----------------------------------------------------

    def refresh(self, keep_id: int | None = None) -> None:
        """Reload the list from the database, keeping (or restoring) the selection."""
        keep_id = keep_id if keep_id is not None else self.selected_id()
        as_of = dt.date.today()
        try:
            rows = list_commitments(as_of=as_of)
        except (StoreError, pw.PeeweeException) as exc:
            self.show_error(self.tr("De toezeggingen konden niet worden gelezen."), str(exc))
            return
        self.model.set_rows(rows, as_of)
        if keep_id is None or not self.select_id(keep_id):
            if self.proxy.rowCount():
                self.select_row(0)
            else:
                self._sync_detail()
        self._update_count()

    @Slot()
    def _refresh_if_new_day(self) -> None:
        """After midnight the overdue days are counted again from the new date."""
        if dt.date.today() != self.model.as_of and not self.jobs_running():
            self.refresh()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Role.ID) if rows else None

    def selected_commitment(self) -> CommitmentRow | None:
        rows = self.table.selectionModel().selectedRows()
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
        source_row = self.model.row_for_id(commitment_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.select_row(index.row())
        return True

    @Slot()
    def _sync_detail(self, *_args) -> None:
        """Show the selected commitment, with its sources and history, in the detail pane."""
        row = self.selected_commitment()
        self.mark_action.setEnabled(row is not None)
        self.due_action.setEnabled(row is not None)
        self.open_publication_action.setEnabled(bool(row and row.url))
        if row is None:
            if self.model.rowCount() == 0:
                self.detail.show_placeholder(
                    self.tr(
                        "Nog geen toezeggingen. Importeer schriftelijke antwoorden met "
                        "Bestand › Importeren… (Ctrl+I)."
                    )
                )
            else:
                self.detail.show_placeholder()
            return
        try:
            full = get_commitment(row.id)
        except (StoreError, pw.PeeweeException) as exc:
            self.detail.show_placeholder(self.tr("Deze toezegging kon niet worden gelezen."))
            self.show_error(self.tr("De toezegging kon niet worden gelezen."), str(exc))
            return
        self.detail.show_commitment(full, self.model.as_of)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 van %2 toezeggingen")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        overdue = self.model.overdue_count()
        self.overdue_check.setText(self.tr("Alleen te laat (%1)").replace("%1", str(overdue)))

    # -- filtering -------------------------------------------------------------

    @Slot(bool)
    def _set_overdue_only(self, checked: bool) -> None:
        self.overdue_check.setChecked(checked)
        self.proxy.set_overdue_only(checked)
        self._after_filter()

    @Slot(str)
    def _set_search_text(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()
        self._sync_detail()
        current = self.table.selectionModel().selectedRows()
        if current:
            self.table.scrollTo(current[0])

    @Slot()
    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- marking ---------------------------------------------------------------

    @Slot()
    def mark_selected(self) -> None:
        """Ask for status, note and evidence, and record them for the selected commitment."""
        row = self.selected_commitment()
        if row is None:
            return
        dialog = MarkDialog(row, self)
        if dialog.exec() != MarkDialog.DialogCode.Accepted:
            return
        try:
            updated = mark(row.id, dialog.status, note=dialog.note, evidence=dialog.evidence)
        except (StoreError, pw.PeeweeException) as exc:
            self.show_error(self.tr("De status kon niet worden opgeslagen."), str(exc))
            return
        self.model.replace_row(updated)
        self._update_count()
        if not self.select_id(updated.id):
            # The filter now hides it (e.g. "Alleen te laat"): keep showing what was marked.
            self.detail.show_commitment(updated, self.model.as_of)
        else:
            self._sync_detail()
        self.statusBar().showMessage(
            self.tr("\u2018%1\u2019 gemarkeerd als %2")
            .replace("%1", updated.title)
            .replace("%2", status_label(updated.status)),
            10000,
        )

    @Slot()
    def change_due_selected(self) -> None:
        """Correct the selected commitment's due date by hand (the phrase is kept)."""
        row = self.selected_commitment()
        if row is None:
            return
        dialog = DueDialog(row, self)
        if dialog.exec() != DueDialog.DialogCode.Accepted:
            return
        try:
            updated = set_due(row.id, dialog.due)
        except (StoreError, pw.PeeweeException) as exc:
            self.show_error(self.tr("De termijn kon niet worden opgeslagen."), str(exc))
            return
        self.model.replace_row(updated)
        self._update_count()
        if not self.select_id(updated.id):
            self.detail.show_commitment(updated, self.model.as_of)
        else:
            self._sync_detail()
        self.statusBar().showMessage(
            self.tr("Termijn van \u2018%1\u2019 is nu %2")
            .replace("%1", updated.title)
            .replace("%2", format_date(updated.due) or self.tr("geen datum")),
            10000,
        )

    # -- importing -------------------------------------------------------------

    @Slot()
    def import_files(self, paths: list[str] | None = None) -> None:
        """Import documents in a worker thread, showing progress and a report afterwards."""
        if not paths:
            start_dir = str(self.settings.value("import/directory", "") or "")
            paths, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Documenten importeren"),
                start_dir,
                self.tr("Documenten (%1);;Alle bestanden (*)").replace("%1", IMPORT_FILTER),
            )
            if not paths:
                return
        self.settings.setValue("import/directory", str(Path(paths[0]).parent))
        job = ImportJob(list(paths))
        job.progress.connect(self._on_import_progress)
        job.finished.connect(self._on_import_finished)
        job.failed.connect(self._on_import_failed)

        progress = QProgressDialog(
            self.tr("Documenten importeren…"), self.tr("Stoppen"), 0, len(paths), self
        )
        progress.setWindowTitle(self.tr("Importeren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        self._import_progress = progress

        self.import_action.setEnabled(False)
        self.mark_action.setEnabled(False)
        self.due_action.setEnabled(False)
        self._start(job)

    @Slot(int, int, str)
    def _on_import_progress(self, done: int, total: int, path: str) -> None:
        if self._import_progress is None:
            return
        self._import_progress.setMaximum(max(total, 1))
        self._import_progress.setValue(done)
        if path:
            self._import_progress.setLabelText(
                self.tr("Bestand %1 van %2: %3")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
                .replace("%3", Path(path).name)
            )

    def _end_import(self) -> None:
        if self._import_progress is not None:
            self._import_progress.hide()  # hide(), not close(): close() signals "canceled"
            self._import_progress.deleteLater()
            self._import_progress = None
        self.import_action.setEnabled(True)
        self.refresh()

    @Slot(object)
    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        self._end_import()
        if outcome.cancelled_after is not None:
            self.show_message(
                QMessageBox.Icon.Warning,
                self.tr("Import gestopt"),
                self.tr(
                    "De import is gestopt na %1 van %2 bestanden. "
                    "De bestanden die al verwerkt waren, zijn opgeslagen."
                )
                .replace("%1", str(outcome.cancelled_after))
                .replace("%2", str(outcome.total)),
            )
            return
        self._report_import(outcome)

    @Slot(str, str)
    def _on_import_failed(self, message: str, details: str) -> None:
        self._end_import()
        self.show_error(self.tr("De import is mislukt."), f"{message}\n\n{details}")

    def _report_import(self, outcome: ImportOutcome) -> None:
        added = sum(r.commitments for r in outcome.results)
        imported = [r for r in outcome.results if not r.error and not r.skipped]
        skipped = [r for r in outcome.results if r.skipped]
        refused = [r for r in outcome.results if r.error]
        lines = []
        for result in outcome.results:
            name = Path(result.path).name
            if result.error:
                lines.append(self.tr("%1: geweigerd").replace("%1", name))
            elif result.skipped:
                lines.append(
                    self.tr("%1: al eerder geïmporteerd, overgeslagen").replace("%1", name)
                )
            else:
                lines.append(
                    name
                    + ": "
                    + counted(
                        result.commitments,
                        self.tr("%1 toezegging geïmporteerd"),
                        self.tr("%1 toezeggingen geïmporteerd"),
                    )
                )
        summary = counted(
            added, self.tr("%1 toezegging toegevoegd."), self.tr("%1 toezeggingen toegevoegd.")
        )
        counts = (
            self.tr("Geïmporteerd: %1 · overgeslagen: %2 · geweigerd: %3")
            .replace("%1", str(len(imported)))
            .replace("%2", str(len(skipped)))
            .replace("%3", str(len(refused)))
        )
        details = []
        for result in outcome.results:
            if result.error:
                details.append(result.error)
            for warning in result.warnings:
                details.append(f"{Path(result.path).name}: {warning}")
        informative = counts + "\n\n" + "\n".join(lines[:12])
        if len(lines) > 12:
            informative += "\n" + self.tr("… en %1 andere bestanden (zie details)").replace(
                "%1", str(len(lines) - 12)
            )
            details = lines + [""] + details
        self.show_message(
            QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
            self.tr("Import voltooid"),
            summary,
            informative=informative,
            details="\n".join(details),
        )
        self.statusBar().showMessage(summary, 10000)

    # -- exporting -------------------------------------------------------------

    @Slot()
    def export_overdue(self) -> None:
        """Write every commitment overdue today to an Excel workbook, off the UI thread."""
        as_of = dt.date.today()
        directory = str(self.settings.value("export/directory", "") or "") or (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        default = Path(directory) / f"toezeggingen-te-laat-{as_of:%Y-%m-%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Te late toezeggingen exporteren"),
            str(default),
            self.tr("Excel-werkmap (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.settings.setValue("export/directory", str(Path(path).parent))
        description = self.tr("Toezeggingen: te laat op %1").replace("%1", f"{as_of:%d-%m-%Y}")
        job = ExportOverdueJob(path, as_of, description)
        job.finished.connect(self._on_export_finished)
        job.failed.connect(self._on_export_failed)
        self.export_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Bezig met exporteren naar %1…").replace("%1", path))
        self._start(job)

    @Slot(object)
    def _on_export_finished(self, result: tuple[str, int]) -> None:
        path, count = result
        self.export_action.setEnabled(True)
        self.statusBar().showMessage(
            counted(
                count,
                self.tr("%1 te late toezegging geëxporteerd naar %2"),
                self.tr("%1 te late toezeggingen geëxporteerd naar %2"),
            ).replace("%2", path),
            15000,
        )

    @Slot(str, str)
    def _on_export_failed(self, message: str, details: str) -> None:
        self.export_action.setEnabled(True)
        self.statusBar().clearMessage()
        self.show_error(self.tr("De export is mislukt."), f"{message}\n\n{details}")

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
        menu.addAction(self.mark_action)
        menu.addAction(self.due_action)
        menu.addAction(self.open_publication_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    @Slot()
    def _show_about(self) -> None:
        self.show_message(
            QMessageBox.Icon.Information,
            self.tr("Over Toezeggingen"),
            self.tr("Toezeggingen"),
            informative=self.tr(
                "Vindt de toezeggingen van bewindspersonen in schriftelijke antwoorden aan de "
                "Kamer, en houdt bij of ze zijn nagekomen."
            ),
        )

    # -- jobs and messages -------------------------------------------------------

    def _start(self, job: Job) -> None:
        thread = start_job(job, self)
        self._jobs.append((thread, job))
        # A bound slot of the window, so it runs in the UI thread.
        thread.finished.connect(self._on_thread_finished)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        for entry in list(self._jobs):
            if entry[0] is thread:
                self._jobs.remove(entry)
                thread.deleteLater()

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

    def show_error(self, message: str, details: str = "") -> QMessageBox:
        """A short message for the reader; the technical details behind a button."""
        log.error("%s %s", message, details)
        return self.show_message(
            QMessageBox.Icon.Critical, self.tr("Toezeggingen"), message, details=details
        )
