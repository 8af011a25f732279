"""Editing a commitment by hand: its title, due date, ministry and bewindspersoon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.store.queries import CommitmentRow
from ui.dialogs.buttons import dialog_buttons
from ui.dialogs.due_field import DueField


def _combo(values: Iterable[str], current: str | None, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    for value in sorted({v for v in values if v}, key=str.lower):
        combo.addItem(value)
    combo.setCurrentText(current or "")
    combo.setAccessibleName(name)
    return combo


class EditDialog(QDialog):
    """Title, due date (the phrase from the text stays), ministry and bewindspersoon.

    The dialog only collects the values; `changes()` gives what differs from the row,
    as keyword arguments for `tracker.store.queries.update_commitment`.
    """

    def __init__(
        self,
        commitment: CommitmentRow,
        ministries: Iterable[str] = (),
        actors: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editDialog")
        self.setWindowTitle(self.tr("Toezegging bewerken"))
        self.setMinimumWidth(560)
        self.commitment = commitment

        self.title_edit = QLineEdit(commitment.title)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Titel"))

        self.field = DueField(commitment, self)
        self.due_edit = self.field.date_edit
        self.reset_check = self.field.reset_check
        self.due_edit.setToolTip(
            self.tr("Afgeleid uit de tekst: %1").replace("%1", self.field.derived)
        )

        self.ministry_combo = _combo(ministries, commitment.ministry, self.tr("Ministerie"))
        self.ministry_combo.setObjectName("ministryCombo")
        self.actor_combo = _combo(actors, commitment.actor, self.tr("Bewindspersoon"))
        self.actor_combo.setObjectName("actorCombo")

        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("Termijn in de tekst:"), self.field.phrase)
        form.addRow(self.tr("&Uiterste datum:"), self.due_edit)
        form.addRow("", self.reset_check)
        form.addRow(self.tr("&Ministerie:"), self.ministry_combo)
        form.addRow(self.tr("&Bewindspersoon:"), self.actor_combo)
        for field in (self.title_edit, self.due_edit, self.ministry_combo, self.actor_combo):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.buttons = dialog_buttons(self, self.tr("Opslaan"))
        self.title_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()

    @property
    def due(self) -> dt.date | None:
        """The chosen date; None means: back to the date derived from the text."""
        return self.field.due

    def changes(self) -> dict:
        """Keyword arguments for `update_commitment`: only what the user changed."""
        row = self.commitment
        out: dict = {}
        title = self.title_edit.text().strip()
        if title and title != row.title:
            out["title"] = title
        if self.field.changed:
            out["due"] = self.due
        ministry = self.ministry_combo.currentText().strip() or None
        if ministry != (row.ministry or None):
            out["ministry"] = ministry
        actor = self.actor_combo.currentText().strip() or None
        if actor != (row.actor or None):
            out["actor"] = actor
        return out
