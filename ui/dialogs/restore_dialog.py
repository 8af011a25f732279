"""Restoring the register from a backup (File › Herstellen uit back-up…, and at start-up
when the database file is damaged).

The dialog lists the backups of `tracker.store.backup` (date, kind, what they hold);
"Herstellen…" asks to confirm, then `restore_backup` keeps the current file (backed up,
or moved aside when damaged) and puts the chosen backup in its place.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import peewee as pw
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.store.backup import (
    Backup,
    BackupError,
    RestoreResult,
    backup_folder,
    list_backups,
)
from tracker.store.connection import CorruptDatabaseError, DatabaseError
from tracker.store.migrations import SCHEMA_VERSION, SchemaTooNewError
from tracker.store.models import DB
from tracker.store.restore import restore_backup
from ui.labels import format_datetime
from ui.models.row_table_model import RowTableModel

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


def kind_label(backup: Backup) -> str:
    """What made the backup, for a reader."""
    if backup.kind == "premigration":
        return QCoreApplication.translate("restore", "Voor bijwerken (schema %1)").replace(
            "%1", str(backup.from_version)
        )
    return {
        "daily": QCoreApplication.translate("restore", "Dagelijks"),
        "weekly": QCoreApplication.translate("restore", "Wekelijks"),
        "manual": QCoreApplication.translate("restore", "Met de hand"),
        "before-restore": QCoreApplication.translate("restore", "Voor herstellen"),
    }.get(backup.kind, backup.kind)


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB"


def current_database_file() -> Path | None:
    """The SQLite file the models are bound to (None: a server, or nothing open)."""
    db = DB.obj
    if isinstance(db, pw.SqliteDatabase) and db.database not in ("", ":memory:"):
        return Path(db.database)
    return None


class BackupTableModel(RowTableModel[Backup]):
    """One row per backup, newest first: date, kind, the rows it holds, schema, size."""

    HEADERS = (
        QT_TRANSLATE_NOOP("restore", "Gemaakt op"),
        QT_TRANSLATE_NOOP("restore", "Soort"),
        QT_TRANSLATE_NOOP("restore", "Toezeggingen"),
        QT_TRANSLATE_NOOP("restore", "Documenten"),
        QT_TRANSLATE_NOOP("restore", "Statuswijzigingen"),
        QT_TRANSLATE_NOOP("restore", "Schema"),
        QT_TRANSLATE_NOOP("restore", "Grootte"),
    )

    def header_labels(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("restore", h) for h in self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.restorable(self.rows[index.row()]):
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    @staticmethod
    def restorable(backup: Backup) -> bool:
        return backup.usable and (backup.schema_version or 0) <= SCHEMA_VERSION

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if backup.problem:
                return QCoreApplication.translate(
                    "restore", "Deze back-up is niet te gebruiken: %1"
                ).replace("%1", backup.problem)
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return format_datetime(backup.taken_at)
        if column == 1:
            return kind_label(backup)
        if 2 <= column <= 4:
            if backup.problem:
                return "–"
            table = ("commitment", "document", "status_change")[column - 2]
            return str(backup.count(table) or 0)
        if column == 5:
            return str(backup.schema_version) if backup.schema_version is not None else "–"
        return size_label(backup.size)


class RestoreDialog(QDialog):
    """The backups of `db_path`; "Herstellen…" restores the selected one after confirming.

    On success the dialog is accepted, the restored register is open and bound, and
    `outcome` says what was kept of the file it replaced.
    """

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Herstellen uit back-up"))
        self.resize(820, 380)
        self.db_path = Path(db_path)
        self.outcome: RestoreResult | None = None

        intro = QLabel(
            self.tr(
                "Kies de back-up die u wilt terugzetten. De huidige database wordt eerst zelf "
                "als back-up bewaard (of, als hij beschadigd is, opzij gezet): er gaat niets "
                "verloren. Back-ups staan in %1."
            ).replace("%1", str(backup_folder(self.db_path)))
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Back-ups"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setObjectName("restoreMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Herstellen…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_backups(self.db_path))
        if not self.model.rows:
            self.message.setText(
                self.tr("Er zijn nog geen back-ups van %1.").replace("%1", str(self.db_path))
            )
        for row, backup in enumerate(self.model.rows):
            if BackupTableModel.restorable(backup):
                self.table.selectRow(row)
                break
        self._update_button()

    def selected_backup(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    @Slot()
    def _update_button(self, *_args) -> None:
        backup = self.selected_backup()
        self.restore_button.setEnabled(backup is not None and BackupTableModel.restorable(backup))

    def confirm(self, backup: Backup) -> bool:
        """Ask before replacing the register (tests answer through QMessageBox.question)."""
        text = self.tr(
            "De database vervangen door de back-up van %1 (%2 toezeggingen, %3 statuswijzigingen)?"
        )
        text = (
            text.replace("%1", format_datetime(backup.taken_at))
            .replace("%2", str(backup.count("commitment") or 0))
            .replace("%3", str(backup.count("status_change") or 0))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Herstellen uit back-up"),
            text + "\n\n" + self.tr("De huidige database wordt eerst als back-up bewaard."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not self.confirm(backup):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = restore_backup(self.db_path, backup)
        except (BackupError, DatabaseError, SchemaTooNewError) as exc:
            log.error("restoring %s from %s failed: %s", self.db_path, backup.path, exc)
            self.message.setText(self.tr("Herstellen is niet gelukt: %1").replace("%1", str(exc)))
            self.reload()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def offer_restore(error: CorruptDatabaseError, parent: QWidget | None = None) -> bool:
    """At start-up, on a damaged or unreadable file: offer to restore a backup, or quit.
    True once a backup is restored (and open); False to quit. The damaged file is left
    as it is, or moved aside by the restore; never overwritten or deleted."""
    while True:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("restore", "Toezeggingen"),
            QCoreApplication.translate("restore", "De database is beschadigd of niet te lezen."),
            parent=parent,
        )
        box.setObjectName("corruptDatabaseBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if error.backups:
            informative = QCoreApplication.translate(
                "restore",
                "Het bestand wordt niet gewijzigd. U kunt een back-up terugzetten; het "
                "beschadigde bestand wordt dan opzij gezet, niet verwijderd.",
            )
        else:
            informative = QCoreApplication.translate(
                "restore",
                "Het bestand wordt niet gewijzigd. Er zijn geen back-ups van dit bestand.",
            )
        box.setInformativeText(informative)
        box.setDetailedText(str(error))
        restore = None
        if error.backups:
            restore = box.addButton(
                QCoreApplication.translate("restore", "Herstellen uit back-up…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        quit_button = box.addButton(
            QCoreApplication.translate("restore", "Afsluiten"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(restore or quit_button)
        box.exec()
        if restore is None or box.clickedButton() is not restore:
            return False
        dialog = RestoreDialog(error.path, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
