"""A commitment the extractor missed: the selected text of a document, and a title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.buttons import dialog_buttons

TITLE_WORDS = 10


def first_words(text: str, count: int = TITLE_WORDS) -> str:
    """The start of `text` as a title suggestion: its first words, on one line."""
    words = text.split()
    title = " ".join(words[:count])
    return title + "\u2026" if len(words) > count else title


class ManualCommitmentDialog(QDialog):
    """Asks for the title of a commitment made from a selection in the document view."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualCommitmentDialog")
        self.setWindowTitle(self.tr("Toezegging maken"))
        self.setMinimumWidth(520)

        self.title_edit = QLineEdit(first_words(text))
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Titel"))
        self.title_edit.selectAll()
        quote = QPlainTextEdit(text)
        quote.setObjectName("quoteView")
        quote.setReadOnly(True)
        quote.setTabChangesFocus(True)
        quote.setAccessibleName(self.tr("Geselecteerde tekst"))
        quote.setFixedHeight(self.fontMetrics().lineSpacing() * 6)

        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("Citaat:"), quote)
        label = form.labelForField(self.title_edit)
        if isinstance(label, QLabel):
            label.setBuddy(self.title_edit)

        self.buttons = dialog_buttons(self, self.tr("Maken"))
        self.title_edit.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(t.strip())
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()
