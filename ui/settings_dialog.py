"""Personal settings: the window's language, the name in the audit trail, a filter default.

They are the user's own, so they live in `QSettings`, not in the shared database.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.store.queries import current_user
from ui.i18n import LANGUAGE_KEY

DISPLAY_NAME_KEY = "user/display_name"
DUE_WITHIN_KEY = "filters/due_within_days"
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

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language)
        self.settings.setValue(DISPLAY_NAME_KEY, self.name_edit.text().strip() or current_user())
        self.settings.setValue(DUE_WITHIN_KEY, self.days_spin.value())
        self.settings.sync()
        super().accept()
