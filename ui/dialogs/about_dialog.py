"""Help › Over Toezeggingen: name, version, the database in use, and what it runs on."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tracker import __version__
from tracker.store.models import DB
from ui.plain_text import plain_label


def database_in_use() -> str:
    """The SQLite file, or the PostgreSQL database as user@host/name (never a password)."""
    database = DB.obj
    if database is None:
        return ""
    dsn = (getattr(database, "connect_params", None) or {}).get("dsn")
    if dsn:  # PostgreSQL, opened from a URL (tracker/store/connection.py)
        from tracker.store.connection import parse_location

        return parse_location(str(dsn)).display
    return str(database.database)


class AboutDialog(QDialog):
    """What a user quotes when they ask for help: which version, which database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over Toezeggingen"))

        icon = QLabel()
        app_icon = QApplication.windowIcon() if QApplication.instance() else QIcon()
        if not app_icon.isNull():
            icon.setPixmap(app_icon.pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.title = plain_label(QLabel(self.tr("Toezeggingen %1").replace("%1", __version__)))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        description = plain_label(
            QLabel(
                self.tr(
                    "Vindt de toezeggingen van bewindspersonen in schriftelijke antwoorden aan "
                    "de Kamer, en houdt bij of ze zijn nagekomen."
                )
            )
        )
        description.setWordWrap(True)

        self.facts = {
            "version": __version__,
            "database": database_in_use(),
            "python": platform.python_version(),
            "qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
        }
        form = QFormLayout()
        for key, label in (
            ("version", self.tr("Versie:")),
            ("database", self.tr("Database:")),
            ("python", self.tr("Python:")),
            ("qt", self.tr("Qt:")),
        ):
            value = plain_label(QLabel(self.facts[key]))
            value.setObjectName(f"about_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(description)
        text.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
