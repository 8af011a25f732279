"""Asking the date of the answers of a document that states none of its own.

Relative due dates ("binnen drie maanden") count from the day the answers were given;
without it they were read from the day of the import. The dialog only collects the
date; the window re-dates the document in a worker (`tracker.importing.redate_document`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from tracker import clock
from tracker.documents.reference_date import EARLIEST
from ui.dialogs.buttons import dialog_buttons
from ui.labels import format_date


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ReferenceDateDialog(QDialog):
    """The date of a document's answers: default today (or the date given before),
    never later than today.

    `name`: the document as staff know it (its title, else its file name);
    `given_before`: the date given earlier, if any (it is being corrected);
    `imported_on`: the day its due dates were read from until now;
    `position`: "2 van 3" when several documents are asked for one after another.
    """

    def __init__(
        self,
        name: str,
        *,
        today: dt.date | None = None,
        given_before: dt.date | None = None,
        imported_on: dt.date | None = None,
        position: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referenceDateDialog")
        self.setWindowTitle(self.tr("Datum van de antwoorden"))
        self.setMinimumWidth(480)
        self.today = today or clock.today()
        self._typed: dt.date | None = None  # a date set outside the picker's range

        title = QLabel(name)
        title.setObjectName("referenceDateDocument")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        if given_before is None:
            text = self.tr(
                "Het document noemt geen datum. Termijnen als ‘binnen drie maanden’ "
                "tellen vanaf deze datum."
            )
        else:
            text = self.tr(
                "Het document noemt geen datum; eerder is %1 opgegeven. Termijnen als "
                "‘binnen drie maanden’ tellen vanaf deze datum."
            ).replace("%1", format_date(given_before))
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.date_edit = QDateEdit(_qdate(given_before or self.today))
        self.date_edit.setObjectName("referenceDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setMinimumDate(_qdate(EARLIEST))
        self.date_edit.setMaximumDate(_qdate(self.today))  # answers are never given later
        self.date_edit.setToolTip(self.tr("De dag waarop de antwoorden zijn gegeven"))
        self.date_edit.dateChanged.connect(self._clear_problem)

        form = QFormLayout()
        form.addRow(self.tr("&Datum van de antwoorden:"), self.date_edit)
        label = form.labelForField(self.date_edit)
        if isinstance(label, QLabel):
            label.setBuddy(self.date_edit)

        self.problem = QLabel()
        self.problem.setObjectName("referenceDateProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        if given_before is not None:
            keep = self.tr("Annuleren: de termijnen blijven tellen vanaf %1.").replace(
                "%1", format_date(given_before)
            )
        elif imported_on is not None:
            keep = self.tr(
                "Annuleren: de termijnen blijven tellen vanaf de dag van de import (%1)."
            ).replace("%1", format_date(imported_on))
        else:
            keep = self.tr("Annuleren: de termijnen blijven tellen vanaf de dag van de import.")
        self.cancel_note = QLabel(keep)
        self.cancel_note.setWordWrap(True)
        self.cancel_note.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_note.setEnabled(False)  # greyed: a remark, not a field

        self.buttons = dialog_buttons(self, self.tr("Datum gebruiken"))

        layout = QVBoxLayout(self)
        if position:
            layout.addWidget(QLabel(self.tr("Document %1").replace("%1", position)))
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.cancel_note)
        layout.addWidget(self.buttons)
        self.date_edit.setFocus()

    @property
    def date(self) -> dt.date:
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date) -> None:
        """Set the date as typed: a date outside the range allowed is not clamped
        silently but kept for `accept` to explain (the picker clamps what it shows)."""
        self.date_edit.setDate(_qdate(value))
        self._typed = value

    def problem_with(self, value: dt.date) -> str:
        """Why `value` cannot be the date of the answers ("" if it can)."""
        if value > self.today:
            return self.tr(
                "%1 ligt in de toekomst. Geef de dag waarop de antwoorden zijn gegeven "
                "(uiterlijk vandaag)."
            ).replace("%1", format_date(value))
        if value < EARLIEST:
            return (
                self.tr("%1 ligt voor %2: klopt het jaar?")
                .replace("%1", format_date(value))
                .replace("%2", str(EARLIEST.year))
            )
        return ""

    def _clear_problem(self, *_args) -> None:
        self._typed = None
        self.problem.hide()

    def accept(self) -> None:
        value = self._typed or self.date
        problem = self.problem_with(value)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.date_edit.setFocus()
            return
        super().accept()
