"""Bestand › Volgen…: what the register follows in the House's open data — dossiers,
committees, ministries and document kinds (Soorten) — added and removed through the
core (`tracker.store.follows`). Without a Soort followed, the default Soorten apply."""

from __future__ import annotations

import importlib
from types import ModuleType

import peewee as pw
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.store.errors import StoreError


def follows_module() -> ModuleType:
    """The core's follow list, looked up when used (so a test can stand in for it)."""
    return importlib.import_module("tracker.store.follows")


class FollowDialog(QDialog):
    """The follow list with a row to add (kind and value) and a button to remove; a
    refusal of the core (an empty value, say) is shown on the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followDialog")
        self.setWindowTitle(self.tr("Volgen"))
        self.follows = follows_module()
        self.kind_labels = {
            "dossier": self.tr("Dossier"),
            "commissie": self.tr("Commissie"),
            "ministerie": self.tr("Ministerie"),
            "soort": self.tr("Soort"),
        }

        intro = QLabel(
            self.tr(
                "Ophalen haalt de nieuwe antwoorden en mondelinge toezeggingen op van wat u "
                "hier volgt."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.list = QTreeWidget()
        self.list.setObjectName("followList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Soort volgen"), self.tr("Waarde")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("Wat u volgt"))
        self.list.itemSelectionChanged.connect(self._enable)

        self.default_note = QLabel()
        self.default_note.setObjectName("followDefaultNote")
        self.default_note.setWordWrap(True)
        self.default_note.setTextFormat(Qt.TextFormat.PlainText)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("followKind")
        self.kind_combo.setAccessibleName(self.tr("Wat volgen"))
        for kind in getattr(self.follows, "FOLLOW_KINDS", tuple(self.kind_labels)):
            self.kind_combo.addItem(self.kind_labels.get(kind, kind), kind)
        self.value_combo = QComboBox()
        self.value_combo.setObjectName("followValue")
        self.value_combo.setEditable(True)
        self.value_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.value_combo.setAccessibleName(self.tr("Waarde"))
        self.value_combo.setMinimumContentsLength(24)
        self.kind_combo.currentIndexChanged.connect(self._offer_values)
        self.value_combo.lineEdit().returnPressed.connect(self.add)
        self.value_combo.lineEdit().textChanged.connect(lambda _text: self._enable())

        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.add_button.setObjectName("followAdd")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.setObjectName("followRemove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)

        self.error_label = QLabel()
        self.error_label.setObjectName("followError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color:#a4262c;")
        self.error_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.kind_combo)
        row.addWidget(self.value_combo, 1)
        row.addWidget(self.add_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.default_note)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, 400)

        self._offer_values()
        self.reload()

    # -- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the follow list as the core has it."""
        try:
            follows = list(self.follows.list_follows())
        except (StoreError, pw.PeeweeException) as exc:
            self.show_error(self.tr("De lijst kon niet worden gelezen: %1").replace("%1", str(exc)))
            follows = []
        self.list.clear()
        for follow in follows:
            item = QTreeWidgetItem([self.kind_labels.get(follow.kind, follow.kind), follow.value])
            item.setData(0, Qt.ItemDataRole.UserRole, (follow.kind, follow.value))
            self.list.addTopLevelItem(item)
        if any(follow.kind == "soort" for follow in follows):
            note = self.tr("Alleen de gevolgde soorten documenten worden opgehaald.")
        else:
            defaults = ", ".join(getattr(self.follows, "DEFAULT_SOORTEN", ()))
            note = self.tr(
                "U volgt geen soort: de standaardsoorten met antwoorden van de regering "
                "gelden (%1)."
            ).replace("%1", defaults)
        self.default_note.setText(note)
        self._enable()

    @Slot()
    def _offer_values(self) -> None:
        """For a Soort, the default Soorten to choose from; other kinds are typed."""
        text = self.value_combo.currentText()
        self.value_combo.clear()
        kind = self.kind_combo.currentData()
        if kind == "soort":
            self.value_combo.addItems(list(getattr(self.follows, "DEFAULT_SOORTEN", ())))
        placeholder = {
            "dossier": self.tr("bijvoorbeeld 32637"),
            "commissie": self.tr("naam of afkorting van de commissie"),
            "ministerie": self.tr("bijvoorbeeld OCW"),
            "soort": self.tr("soort document"),
        }.get(kind, "")
        self.value_combo.lineEdit().setPlaceholderText(placeholder)
        self.value_combo.setEditText(text if kind != "soort" else self.value_combo.currentText())
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- changing ------------------------------------------------------------------------

    @Slot()
    def add(self) -> None:
        kind = str(self.kind_combo.currentData())
        value = self.value_combo.currentText().strip()
        try:
            self.follows.add_follow(kind, value)
        except (ValueError, StoreError, pw.PeeweeException) as exc:
            self.show_error(str(exc))
            return
        self.show_error("")
        if kind != "soort":
            self.value_combo.setEditText("")
        self.reload()

    @Slot()
    def remove(self) -> None:
        chosen = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        try:
            for kind, value in chosen:
                self.follows.remove_follow(kind, value)
        except (ValueError, StoreError, pw.PeeweeException) as exc:
            self.show_error(str(exc))
        else:
            self.show_error("")
        self.reload()
