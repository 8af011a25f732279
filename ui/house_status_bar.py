"""Above the detail pane: when the House's register reports a changed status for an
oral commitment, the status it suggests — "De Kamer meldt: Voldaan — overnemen?" —
with Overnemen and Negeren. Never applied without the user; the change goes through
the change flow (undoable, like any other change)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.store.queries import CommitmentRow
from ui.labels import status_label


class HouseStatusBar(QFrame):
    """Hidden unless the shown commitment has a House status suggestion."""

    accept_requested = Signal(object)  # the CommitmentRow
    dismiss_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseStatusBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#houseStatusBar { background:#eef4fb; }")
        self.row: CommitmentRow | None = None
        self.label = QLabel()
        self.label.setObjectName("houseStatusText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Overnemen"))
        self.accept_button.setObjectName("houseStatusAccept")
        self.accept_button.setToolTip(self.tr("De status van de Kamer als onze status vastleggen"))
        self.dismiss_button = QPushButton(self.tr("&Negeren"))
        self.dismiss_button.setObjectName("houseStatusDismiss")
        self.dismiss_button.setToolTip(self.tr("Onze status houden; de melding verdwijnt"))
        self.accept_button.clicked.connect(lambda: self._request(self.accept_requested))
        self.dismiss_button.clicked.connect(lambda: self._request(self.dismiss_requested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_for(self, row: CommitmentRow | None) -> None:
        """Offer the suggestion of `row`, if it has one; else hide."""
        suggestion = row.house_status_suggestion if row is not None else None
        self.row = row if suggestion else None
        if not suggestion or row is None:
            self.hide()
            return
        ours = status_label(suggestion)
        reported = row.house_status or ours
        if reported.casefold() == ours.casefold():
            text = self.tr("De Kamer meldt: %1 — overnemen?")
        else:  # the House's own words differ from ours: say what it becomes
            text = self.tr("De Kamer meldt: %1 — overnemen als ‘%2’?")
        self.label.setText(text.replace("%1", reported).replace("%2", ours))
        self.show()

    def _request(self, signal) -> None:
        if self.row is not None:
            signal.emit(self.row)
