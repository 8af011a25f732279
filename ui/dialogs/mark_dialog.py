"""Asking for a new status, a date, a note and the evidence before commitments are marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker import clock
from tracker.store.queries import CommitmentRow
from ui.dialogs.buttons import dialog_buttons
from ui.labels import status_label


class MarkDialog(QDialog):
    """Status (default Voldaan), Datum, Toelichting and Bewijs for one or more commitments.

    The dialog only collects the values; the window makes the change in the store.
    """

    def __init__(
        self,
        commitments: CommitmentRow | Sequence[CommitmentRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        rows = [commitments] if isinstance(commitments, CommitmentRow) else list(commitments)
        self.setObjectName("markDialog")
        self.setMinimumWidth(520)
        self.commitment_ids = [r.id for r in rows]
        self.commitment_id = rows[0].id

        if len(rows) == 1:
            self.setWindowTitle(self.tr("Toezegging markeren"))
            heading = rows[0].title
            now = self.tr("Huidige status: %1").replace("%1", status_label(rows[0].status))
        else:
            self.setWindowTitle(self.tr("Toezeggingen markeren"))
            heading = self.tr("%1 toezeggingen").replace("%1", str(len(rows)))
            shown = [f"\u2022 {r.title}" for r in rows[:5]]
            if len(rows) > 5:
                shown.append(self.tr("\u2026 en %1 andere").replace("%1", str(len(rows) - 5)))
            now = "\n".join(shown)
        title = QLabel(heading)
        title.setObjectName("markTitle")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        current = QLabel(now)
        current.setWordWrap(True)
        current.setTextFormat(Qt.TextFormat.PlainText)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        for status in ("fulfilled", "partial", "lapsed"):
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.addItem(self.tr("Heropenen (open)"), "open")
        self.status_combo.setCurrentIndex(self.status_combo.findData("fulfilled"))

        today = clock.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("markDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setToolTip(self.tr("Wanneer de toezegging is nagekomen of vervallen"))

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld: de Kamer is per brief geïnformeerd.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)

        self.evidence_edit = QLineEdit()
        self.evidence_edit.setObjectName("evidenceEdit")
        self.evidence_edit.setPlaceholderText(
            self.tr("Kamerstuk (bijvoorbeeld 32 637, nr. 460) of een URL")
        )
        self.evidence_edit.setClearButtonEnabled(True)

        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.tr("&Toelichting:"), self.note_edit)
        form.addRow(self.tr("&Bewijs:"), self.evidence_edit)
        for field in (self.status_combo, self.date_edit, self.note_edit, self.evidence_edit):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.buttons = dialog_buttons(self, self.tr("Opslaan"))

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
    def effective_date(self) -> dt.date:
        return self.date_edit.date().toPython()

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    @property
    def evidence(self) -> str:
        return self.evidence_edit.text().strip()
