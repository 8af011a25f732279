"""Correcting a commitment's due date by hand, with the phrase it came from in view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tracker.store.queries import CommitmentRow
from ui.dialogs.buttons import dialog_buttons
from ui.labels import format_date, precision_label


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

        phrase = QLabel(
            f"\u2018{commitment.due_text}\u2019 ({precision_label(commitment.due_precision)})"
            if commitment.due_text
            else self.tr("De tekst noemt geen termijn.")
        )
        phrase.setObjectName("phraseLabel")
        phrase.setTextFormat(Qt.TextFormat.PlainText)
        phrase.setWordWrap(True)
        derived = QLabel(format_date(commitment.due_extracted) or self.tr("geen datum"))
        derived.setTextFormat(Qt.TextFormat.PlainText)

        start = commitment.due or commitment.due_extracted or dt.date.today()
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setObjectName("dueDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")

        self.reset_check = QCheckBox(self.tr("Terug naar de datum afgeleid uit de tekst"))
        self.reset_check.setObjectName("resetCheck")
        self.reset_check.setEnabled(commitment.due_overridden)
        self.reset_check.toggled.connect(lambda on: self.date_edit.setEnabled(not on))

        form = QFormLayout()
        form.addRow(self.tr("Termijn in de tekst:"), phrase)
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
        if self.reset_check.isChecked():
            return None
        return self.date_edit.date().toPython()
