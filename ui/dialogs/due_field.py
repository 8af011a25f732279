"""The due-date part shared by "Termijn aanpassen" and "Bewerken": the phrase from the
text, a date, and a way back to the date derived from the text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel

from tracker import clock
from tracker.store.queries import CommitmentRow
from ui.labels import format_date, precision_label


class DueField(QObject):
    """Widgets for one commitment's due date; the dialog places them in its form."""

    def __init__(self, commitment: CommitmentRow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phrase = QLabel(
            f"\u2018{commitment.due_text}\u2019 ({precision_label(commitment.due_precision)})"
            if commitment.due_text
            else self.tr("De tekst noemt geen termijn.")
        )
        self.phrase.setObjectName("phraseLabel")
        self.phrase.setTextFormat(Qt.TextFormat.PlainText)
        self.phrase.setWordWrap(True)
        self.derived = format_date(commitment.due_extracted) or self.tr("geen datum")

        self.start = commitment.due or commitment.due_extracted or clock.today()
        self.date_edit = QDateEdit(QDate(self.start.year, self.start.month, self.start.day))
        self.date_edit.setObjectName("dueDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setAccessibleName(self.tr("Uiterste datum"))

        self.reset_check = QCheckBox(self.tr("Terug naar de datum afgeleid uit de tekst"))
        self.reset_check.setObjectName("resetCheck")
        self.reset_check.setEnabled(commitment.due_overridden)
        self.reset_check.toggled.connect(lambda on: self.date_edit.setEnabled(not on))

    @property
    def due(self) -> dt.date | None:
        """The chosen date; None means: back to the date derived from the text."""
        if self.reset_check.isChecked():
            return None
        return self.date_edit.date().toPython()

    @property
    def changed(self) -> bool:
        """Whether the user asked for another date than the one shown at the start."""
        return self.reset_check.isChecked() or self.due != self.start
