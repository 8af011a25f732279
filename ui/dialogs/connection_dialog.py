"""Dialogs at start when the register is on a server: the password, or what to do when
the server cannot be reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.buttons import dialog_buttons


class PasswordDialog(QDialog):
    """Asks for the server's password (masked). The window keeps it in memory only."""

    def __init__(
        self, where: str, user: str = "", error: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Wachtwoord voor de database"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr("De server van de gedeelde database vraagt om een wachtwoord:") + f"\n{where}"
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.error_label = QLabel(error)
        self.error_label.setObjectName("passwordError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#a4262c;")
        self.error_label.setVisible(bool(error))

        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Wachtwoord"))

        note = QLabel(
            self.tr(
                "Het wachtwoord wordt niet bewaard; het geldt tot u het programma sluit. "
                "Wie het niet steeds wil intikken, zet het in het bestand .pgpass."
            )
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setEnabled(False)  # muted

        form = QFormLayout()
        if user:
            form.addRow(self.tr("Gebruiker:"), QLabel(user))
        form.addRow(self.tr("&Wachtwoord:"), self.password_edit)

        self.buttons = dialog_buttons(self, self.tr("Verbinden"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()

    @property
    def password(self) -> str:
        return self.password_edit.text()


class UnreachableDialog(QMessageBox):
    """The server cannot be reached: try again, open the local database, or stop."""

    RETRY = "retry"
    LOCAL = "local"
    QUIT = "quit"

    def __init__(self, where: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unreachableDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Toezeggingen"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("De gedeelde database is niet bereikbaar."))
        self.setInformativeText(
            where
            + "\n\n"
            + self.tr(
                "Controleer de netwerkverbinding (of VPN) en probeer het opnieuw, of werk "
                "voorlopig in de database op dit apparaat. Wat daar wordt vastgelegd, komt "
                "niet vanzelf in de gedeelde database."
            )
        )
        self.setDetailedText(details)
        self.retry_button = self._button(
            self.tr("&Opnieuw proberen"), QMessageBox.ButtonRole.AcceptRole
        )
        self.local_button = self._button(
            self.tr("&Lokale database openen"), QMessageBox.ButtonRole.ActionRole
        )
        self.quit_button = self._button(self.tr("&Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.quit_button)

    def _button(self, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        return button

    def choice(self) -> str:
        """Show the dialog and return RETRY, LOCAL or QUIT."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return self.RETRY
        if clicked is self.local_button:
            return self.LOCAL
        return self.QUIT
