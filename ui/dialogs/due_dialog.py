"""Correcting a commitment's due date by hand, with the phrase it came from in view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from tracker.store.queries import CommitmentRow
from ui.dialogs.buttons import dialog_buttons
from ui.dialogs.due_field import DueField


class DueDialog(QDialog):
    """A new due date, or back to the date derived from the text.

    The dialog only collects the value; the window calls `tracker.store.queries.set_due`.
    """

    def __init__(self, commitment: CommitmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueDialog")
        self.setWindowTitle(self.tr("Termijn aanpassen"))
        self.setMinimumWidth(480)

        title = QLabel(commitment.title)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        self.field = DueField(commitment, self)
        self.date_edit = self.field.date_edit
        self.reset_check = self.field.reset_check
        derived = QLabel(self.field.derived)
        derived.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self.tr("Termijn in de tekst:"), self.field.phrase)
        form.addRow(self.tr("Afgeleide datum:"), derived)
        form.addRow(self.tr("&Nieuwe datum:"), self.date_edit)
        label = form.labelForField(self.date_edit)
        if isinstance(label, QLabel):
            label.setBuddy(self.date_edit)

        self.buttons = dialog_buttons(self, self.tr("Opslaan"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.reset_check)
        layout.addWidget(self.buttons)
        self.date_edit.setFocus()

    @property
    def due(self) -> dt.date | None:
        """The chosen date; None means: back to the derived date."""
        return self.field.due
