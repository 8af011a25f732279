"""Asking for a new status, a note and the evidence before a commitment is marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.store.queries import CommitmentRow
from ui.labels import status_label


class MarkDialog(QDialog):
    """Status (default Voldaan), Toelichting and Bewijs for one commitment.

    The dialog only collects the values; the window calls `tracker.store.queries.mark`.
    """

    def __init__(self, commitment: CommitmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markDialog")
        self.setWindowTitle(self.tr("Toezegging markeren"))
        self.setMinimumWidth(520)
        self.commitment_id = commitment.id

        title = QLabel(commitment.title)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        current = QLabel(
            self.tr("Huidige status: %1").replace("%1", status_label(commitment.status))
        )
        current.setTextFormat(Qt.TextFormat.PlainText)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        for status in ("fulfilled", "partial", "lapsed", "open"):
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData("fulfilled"))

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld: de Kamer is per brief geïnformeerd.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)

        self.evidence_edit = QLineEdit()
        self.evidence_edit.setObjectName("evidenceEdit")
        self.evidence_edit.setPlaceholderText(self.tr("Bijvoorbeeld: Kamerstuk 32 637, nr. 460"))
        self.evidence_edit.setClearButtonEnabled(True)

        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Toelichting:"), self.note_edit)
        form.addRow(self.tr("&Bewijs:"), self.evidence_edit)
        for field in (self.status_combo, self.note_edit, self.evidence_edit):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(current)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.status_combo.setFocus()

    @property
    def status(self) -> str:
        return self.status_combo.currentData()

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    @property
    def evidence(self) -> str:
        return self.evidence_edit.text().strip()
