"""Personal settings: the window's language, the name in the audit trail, a filter
default, and which database to open (this device's, or a shared one on a server).

They are the user's own, so they live in `QSettings`, not in the shared database.
A database URL is stored without its password: passwords go in `.pgpass` or are
asked for at start.
"""

from __future__ import annotations

import logging
import os
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QSettings, Qt, QThreadPool, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.store.connection import (
    DatabaseError,
    DatabaseLocation,
    PasswordRequired,
    default_db_path,
    parse_location,
)
from tracker.store.queries import current_user
from ui.i18n import LANGUAGE_KEY
from ui.sync_settings import (
    MAX_EVERY_HOURS,
    SYNC_API_KEY,
    SYNC_AT_START_KEY,
    SYNC_EVERY_HOURS_KEY,
    default_api,
    sync_at_start,
    sync_every_hours,
)
from ui.workers import Job

log = logging.getLogger(__name__)

DISPLAY_NAME_KEY = "user/display_name"
DUE_WITHIN_KEY = "filters/due_within_days"
DATABASE_KEY = "database/url"
DEFAULT_DUE_WITHIN_DAYS = 14
MAX_DUE_WITHIN_DAYS = 730


def display_name(settings: QSettings) -> str:
    """The name recorded with a status change: the setting, else the OS user."""
    return str(settings.value(DISPLAY_NAME_KEY, "") or "").strip() or current_user()


def due_within_days(settings: QSettings) -> int:
    """The default for the "Binnen N dagen" filter."""
    try:
        days = int(settings.value(DUE_WITHIN_KEY, DEFAULT_DUE_WITHIN_DAYS))
    except (TypeError, ValueError):
        return DEFAULT_DUE_WITHIN_DAYS
    return min(max(days, 1), MAX_DUE_WITHIN_DAYS)


def database_setting(settings: QSettings) -> str:
    """The database chosen in the settings; "" for the default on this device."""
    return str(settings.value(DATABASE_KEY, "") or "").strip()


def has_password(url: str) -> bool:
    """Whether a database URL carries a password (which is never stored)."""
    if "://" not in url:
        return False
    parts = urlsplit(url)
    try:
        in_user = parts.password is not None
    except ValueError:
        in_user = False
    return in_user or any(key == "password" for key, _ in parse_qsl(parts.query))


class DatabaseCheck(Job):
    """Connects to a server database in the thread pool and reads what it holds."""

    def __init__(self, location: DatabaseLocation, sequence: int) -> None:
        super().__init__()
        self.location = location
        self.sequence = sequence

    def work(self) -> object:
        """(sequence, DatabaseInfo or None, the exception or None): never fails, so the
        dialog can tell which check an outcome belongs to."""
        from tracker.store.copy import database_info

        try:
            return self.sequence, database_info(self.location.url), None
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            return self.sequence, None, exc


class SettingsDialog(QDialog):
    """Edits the personal settings; they are written when the user presses OK."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("Systeemtaal"), "system")
        # A language's own name, so it can be found whatever the current language is.
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setAccessibleName(self.tr("Taal"))
        stored = str(settings.value(LANGUAGE_KEY, "system") or "system")
        index = self.language_combo.findData(stored)
        self.language_combo.setCurrentIndex(max(index, 0))

        self.language_note = QLabel(self.tr("Een andere taal gaat in na het herstarten."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setTextFormat(Qt.TextFormat.PlainText)
        self.language_note.setWordWrap(True)

        self.name_edit = QLineEdit(display_name(settings))
        self.name_edit.setObjectName("displayNameEdit")
        self.name_edit.setPlaceholderText(current_user())
        self.name_edit.setAccessibleName(self.tr("Naam in de geschiedenis"))
        self.name_edit.setToolTip(
            self.tr("Wordt bij elke statuswijziging vastgelegd, zodat collega's zien wie het was")
        )

        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("dueWithinSpin")
        self.days_spin.setRange(1, MAX_DUE_WITHIN_DAYS)
        self.days_spin.setSuffix(self.tr(" dagen"))
        self.days_spin.setValue(due_within_days(settings))
        self.days_spin.setAccessibleName(self.tr("Standaard voor het filter Binnen N dagen"))

        form = QFormLayout()
        form.addRow(self.tr("&Taal:"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Naam in de geschiedenis:"), self.name_edit)
        form.addRow(self.tr("&Binnen N dagen:"), self.days_spin)
        form.addRow(self.tr("Ophalen:"), self._sync_section(settings))
        form.addRow(self.tr("Database:"), self._database_section(settings))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    # -- Ophalen ----------------------------------------------------------------------

    def _sync_section(self, settings: QSettings) -> QWidget:
        """ "Bij het starten ophalen, hoogstens eens per [N] uur" and the API's address."""
        self.sync_at_start_check = QCheckBox(
            self.tr("Bij het starten o&phalen, hoogstens eens per")
        )
        self.sync_at_start_check.setObjectName("syncAtStart")
        self.sync_at_start_check.setChecked(sync_at_start(settings))
        self.sync_hours_spin = QSpinBox()
        self.sync_hours_spin.setObjectName("syncEveryHours")
        self.sync_hours_spin.setRange(1, MAX_EVERY_HOURS)
        self.sync_hours_spin.setSuffix(self.tr(" uur"))
        self.sync_hours_spin.setValue(sync_every_hours(settings))
        self.sync_hours_spin.setAccessibleName(self.tr("Hoogstens eens per zoveel uur ophalen"))
        self.sync_hours_spin.setEnabled(self.sync_at_start_check.isChecked())
        self.sync_at_start_check.toggled.connect(self.sync_hours_spin.setEnabled)
        self.sync_api_edit = QLineEdit(str(settings.value(SYNC_API_KEY, "") or ""))
        self.sync_api_edit.setObjectName("syncApi")
        self.sync_api_edit.setPlaceholderText(default_api())
        self.sync_api_edit.setAccessibleName(self.tr("Adres van de open data"))
        self.sync_api_edit.setToolTip(
            self.tr("Leeg: de open data van de Tweede Kamer zelf; of het adres van een spiegel")
        )
        row = QHBoxLayout()
        row.addWidget(self.sync_at_start_check)
        row.addWidget(self.sync_hours_spin)
        row.addStretch(1)
        api_row = QHBoxLayout()
        api_row.addWidget(QLabel(self.tr("Adres:")))
        api_row.addWidget(self.sync_api_edit, 1)
        self.sync_api_status = QLabel()
        self.sync_api_status.setObjectName("syncApiStatus")
        self.sync_api_status.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_api_status.setWordWrap(True)
        self.sync_api_status.setStyleSheet("color:#a4262c;")
        self.sync_api_status.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(api_row)
        layout.addWidget(self.sync_api_status)
        return box

    def _sync_api_ok(self) -> bool:
        """An address must be a web address (http or https); the problem is shown."""
        api = self.sync_api_edit.text().strip()
        parts = urlsplit(api)
        if api and (parts.scheme not in ("http", "https") or not parts.netloc):
            self.sync_api_status.setText(
                self.tr("Geen webadres: %1 (verwacht https://server/OData/v4/2.0)").replace(
                    "%1", api
                )
            )
            self.sync_api_status.show()
            return False
        self.sync_api_status.hide()
        return True

    # -- the database ----------------------------------------------------------------

    def _database_section(self, settings: QSettings) -> QWidget:
        stored = database_setting(settings)
        self.database_default = QRadioButton(self.tr("&Standaard (dit apparaat)"))
        self.database_default.setObjectName("databaseDefault")
        self.database_default.setToolTip(str(default_db_path()))
        self.database_other = QRadioButton(self.tr("&Andere:"))
        self.database_other.setObjectName("databaseOther")
        group = QButtonGroup(self)
        group.addButton(self.database_default)
        group.addButton(self.database_other)
        self.database_edit = QLineEdit(stored)
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setAccessibleName(self.tr("Database (URL of bestand)"))
        self.database_edit.setPlaceholderText(
            self.tr("postgresql://gebruiker@server:5432/toezeggingen")
        )
        self.database_edit.setToolTip(
            self.tr(
                "Een gedeelde database op een server (postgresql://gebruiker@server:poort/naam) "
                "of een databasebestand (sqlite:///pad of een pad)"
            )
        )
        self.database_test = QPushButton(self.tr("&Verbinding testen"))
        self.database_test.setObjectName("databaseTest")
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        self.database_status.setTextFormat(Qt.TextFormat.PlainText)
        self.database_status.setWordWrap(True)
        note = self.tr(
            "Een andere database wordt geopend na het herstarten. Wachtwoorden worden niet "
            "bewaard: zet ze in .pgpass, of geef ze als erom wordt gevraagd bij het starten."
        )
        if os.environ.get("TRACKER_DB"):
            note += " " + self.tr("Nu gaat TRACKER_DB voor: %1").replace(
                "%1", os.environ["TRACKER_DB"]
            )
        self.database_note = QLabel(note)
        self.database_note.setObjectName("databaseNote")
        self.database_note.setTextFormat(Qt.TextFormat.PlainText)
        self.database_note.setWordWrap(True)

        (self.database_other if stored else self.database_default).setChecked(True)
        self.database_other.toggled.connect(self._on_database_choice)
        self.database_edit.textEdited.connect(lambda _text: self._on_database_text())
        self.database_edit.editingFinished.connect(self._check_database)
        self.database_test.clicked.connect(self._check_database)
        self._check_sequence = 0
        self._check_job: DatabaseCheck | None = None
        self.database_changed = False
        self._on_database_choice()

        row = QHBoxLayout()
        row.addWidget(self.database_other)
        row.addWidget(self.database_edit, 1)
        row.addWidget(self.database_test)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.database_default)
        layout.addLayout(row)
        layout.addWidget(self.database_status)
        layout.addWidget(self.database_note)
        return box

    @Slot()
    def _on_database_choice(self) -> None:
        other = self.database_other.isChecked()
        self.database_edit.setEnabled(other)
        self.database_test.setEnabled(other)
        if other:
            self._on_database_text()
        else:
            self._check_sequence += 1  # a running check no longer matters
            self.database_status.clear()

    def _on_database_text(self) -> None:
        """Validate as the user types: the form of the URL, not yet the connection."""
        self._check_sequence += 1
        self.database_location()
        if self.database_other.isChecked() and has_password(self.database_edit.text()):
            self._show_status(
                self.tr(
                    "Het wachtwoord in de URL wordt niet bewaard; zet het in .pgpass of geef "
                    "het bij het starten."
                )
            )

    def database_location(self) -> DatabaseLocation | None:
        """The database the dialog names (None: the default), or None with the problem
        shown when the text is no usable URL or path."""
        if not self.database_other.isChecked():
            return None
        text = self.database_edit.text().strip()
        if not text:
            self._show_status(self.tr("Geef een URL of een bestand op."), error=True)
            return None
        try:
            location = parse_location(text)
        except DatabaseError as exc:
            self._show_status(str(exc), error=True)
            return None
        self.database_status.clear()
        return location

    def _show_status(self, text: str, error: bool = False) -> None:
        self.database_status.setText(text)
        self.database_status.setStyleSheet("color:#a4262c;" if error else "")
        self.database_status.setProperty("error", error)

    @Slot()
    def _check_database(self) -> None:
        """A server is tried in the background (the dialog stays usable); for a file,
        whether it exists or will be made."""
        location = self.database_location()
        if location is None:
            return
        if location.path is not None:
            if location.path.exists():
                text = self.tr("Databasebestand: %1")
            else:
                text = self.tr("Nieuw databasebestand, wordt bij het starten gemaakt: %1")
            self._show_status(text.replace("%1", str(location)))
            return
        self._check_sequence += 1
        self._show_status(self.tr("Verbinden met %1…").replace("%1", location.display))
        job = self._check_job = DatabaseCheck(location, self._check_sequence)
        job.finished.connect(self._on_checked)
        QThreadPool.globalInstance().start(job)

    @Slot(object)
    def _on_checked(self, result: tuple) -> None:
        sequence, info, error = result
        if sequence != self._check_sequence:
            return  # the text changed since
        if isinstance(error, PasswordRequired):
            self._show_status(
                self.tr(
                    "De server is bereikbaar en vraagt om een wachtwoord; dat wordt bij het "
                    "starten gevraagd (of zet het in .pgpass)."
                )
            )
        elif error is not None:
            message = str(error) if isinstance(error, DatabaseError) else repr(error)
            self._show_status(self.tr("Geen verbinding: %1").replace("%1", message), error=True)
        elif info.schema_version is None:
            self._show_status(
                self.tr("Verbonden. De database is nog leeg; ze wordt bij het starten ingericht.")
            )
        else:
            self._show_status(
                self.tr("Verbonden: %1 toezeggingen (schemaversie %2).")
                .replace("%1", str(info.counts.get("commitment", 0)))
                .replace("%2", str(info.schema_version))
            )

    def _database_value(self) -> str:
        """What is stored: "" for the default, else the URL without password, or the path."""
        location = self.database_location()
        if location is None:
            return ""
        return location.display if location.is_postgres else str(location.path)

    # -----------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        if not self._sync_api_ok():
            self.sync_api_edit.setFocus()
            return  # the problem is shown under the field
        if self.database_other.isChecked() and self.database_location() is None:
            self.database_edit.setFocus()
            return  # the problem is shown under the field
        database = self._database_value()
        # Whether OK chose another database than the one stored (it opens after a restart).
        self.database_changed = database != database_setting(self.settings)
        if database:
            self.settings.setValue(DATABASE_KEY, database)
        else:
            self.settings.remove(DATABASE_KEY)
        self.settings.setValue(LANGUAGE_KEY, self.language)
        self.settings.setValue(DISPLAY_NAME_KEY, self.name_edit.text().strip() or current_user())
        self.settings.setValue(DUE_WITHIN_KEY, self.days_spin.value())
        self.settings.setValue(SYNC_AT_START_KEY, self.sync_at_start_check.isChecked())
        self.settings.setValue(SYNC_EVERY_HOURS_KEY, self.sync_hours_spin.value())
        api = self.sync_api_edit.text().strip()
        if api and api != default_api():
            self.settings.setValue(SYNC_API_KEY, api)
        else:
            self.settings.remove(SYNC_API_KEY)
        self.settings.sync()
        super().accept()
