"""Merging two commitments that are one promise: which one (and title) to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.store.queries import CommitmentRow
from ui.dialogs.buttons import dialog_buttons
from ui.labels import format_date


class MergeDialog(QDialog):
    """Two commitments side by side; the chosen one is kept and gets both sources."""

    def __init__(
        self, first: CommitmentRow, second: CommitmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Toezeggingen samenvoegen"))
        self.setMinimumWidth(560)
        self._rows = (first, second)

        intro = QLabel(
            self.tr(
                "De twee toezeggingen worden één. Kies de titel die blijft; de bronnen en "
                "de geschiedenis van beide komen bij deze toezegging."
            )
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for number, row in enumerate(self._rows):
            details = " \u00b7 ".join(
                p for p in (row.reference, format_date(row.due), row.ministry or "") if p
            )
            button = QRadioButton(f"{row.title}\n{details}" if details else row.title)
            button.setObjectName(f"keepChoice{number}")
            button.setAccessibleName(self.tr("Behoud: %1").replace("%1", row.title))
            self.group.addButton(button, number)
            self.choices.append(button)
            layout.addWidget(button)
        self.choices[0].setChecked(True)

        self.buttons = dialog_buttons(self, self.tr("Samenvoegen"))
        layout.addWidget(self.buttons)
        self.choices[0].setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def keep_id(self) -> int:
        return self._rows[max(self.group.checkedId(), 0)].id

    @property
    def other_id(self) -> int:
        return self._rows[1 - max(self.group.checkedId(), 0)].id
