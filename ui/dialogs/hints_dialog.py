"""Suggestions that an imported document fulfils open commitments: see and decide them.

The dialog lists the pending suggestions of `tracker.store.suggestions` (commitment,
document, why); "Accepteren" marks the selected ones' commitments fulfilled with the
document as evidence, "Afwijzen" dismisses them. Both go on the window's undo stack.
`HintsController` gives the main window its menu action (with the number pending)
and opens the dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import peewee as pw
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.store import suggestions
from tracker.store.queries import (
    StaleCommitmentError,
    StoreError,
    current_versions,
    snapshot,
    transaction,
)
from tracker.store.suggestions import DecisionState, SuggestionRow
from ui.commands import Applied, Conflicted, Failed, StoreChange
from ui.labels import counted, format_date
from ui.models.row_table_model import RowTableModel
from ui.plain_text import plain, plain_label
from ui.workers import unwritable_text

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_label(row: SuggestionRow) -> str:
    """Why the suggestion was made, for a reader."""
    if row.reason == "zoals_toegezegd":
        text = QCoreApplication.translate("hints", "Het document zegt een toezegging na te komen")
        if row.matched_reference:
            text += QCoreApplication.translate("hints", " en verwijst naar %1").replace(
                "%1", row.matched_reference
            )
    elif row.reason == "same_dossier_subject":
        text = QCoreApplication.translate(
            "hints", "Latere brief in hetzelfde dossier over hetzelfde onderwerp"
        )
    elif row.reason == "house_letter":
        text = QCoreApplication.translate("hints", "De Kamer noemt deze brief als nakoming")
        if row.matched_reference:
            text += " (" + row.matched_reference + ")"
    else:
        text = row.reason
    if row.matched_words:
        text += " (" + ", ".join(row.matched_words) + ")"
    return text


class SuggestionTableModel(RowTableModel[SuggestionRow]):
    """One row per pending suggestion: commitment, new document, reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("hints", "Toezegging"),
        QT_TRANSLATE_NOOP("hints", "Nieuw document"),
        QT_TRANSLATE_NOOP("hints", "Waarom"),
    )

    def header_labels(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("hints", h) for h in self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            due = format_date(row.commitment_due)
            text = f"#{row.commitment_id} {row.commitment_title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain("\n".join(p for p in (text, row.commitment_reference, due) if p))
            return text
        if column == 1:
            date = format_date(row.document_date)
            text = f"{row.evidence} ({date})" if date else row.evidence
            return plain(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(f"{reason_label(row)}\n\n\u201c{row.sentence}\u201d")
        return reason_label(row)


class DecisionChange(StoreChange):
    """Accepting or dismissing suggestions, undoable: the commitments as snapshots and
    the suggestions' decisions, both put back together."""

    def __init__(
        self,
        text: str,
        before: Any,
        after: Any,
        ids: set[int],
        decisions: tuple[DecisionState, DecisionState],
        on_applied: Applied,
        on_failed: Failed | None,
        *,
        who: Callable[[], str] | None = None,
        on_conflict: Conflicted | None = None,
    ) -> None:
        super().__init__(
            text, before, after, ids, on_applied, on_failed, who=who, on_conflict=on_conflict
        )
        self.decisions = decisions

    def _restore_more(self, state: Any) -> None:
        # In the transaction of the snapshot: both go back, or neither.
        suggestions.restore_decisions(
            self.decisions[0] if state is self.before else self.decisions[1]
        )


class HintsDialog(QDialog):
    """The pending suggestions, with "Accepteren" and "Afwijzen" for the selected ones."""

    def __init__(
        self,
        stack: QUndoStack,
        who: Callable[[], str],
        on_changed: Applied,
        on_failed: Failed,
        parent: QWidget | None = None,
        on_conflict: Callable[..., bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hintsDialog")
        # Asks what to do about a commitment someone else changed since the list was read:
        # (StaleCommitmentError, what the user wanted) -> True to accept it all the same.
        self._on_conflict = on_conflict
        self._versions: dict[int, int] = {}  # commitment id -> version, as the list was read
        self.setWindowTitle(self.tr("Suggesties"))
        self.resize(900, 420)
        self.stack = stack
        self._who = who
        self._on_changed = on_changed
        self._on_failed = on_failed
        self.last_message = ""  # what the dialog last said about a decision (also in tests)

        intro = QLabel(
            self.tr(
                "Nieuw geïmporteerde documenten die open toezeggingen lijken na te komen. "
                "Accepteren markeert de toezegging als voldaan, met het document als bewijs "
                "en de datum van het document."
            )
        )
        intro.setWordWrap(True)
        self.model = SuggestionTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("hintsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 320)
        header.resizeSection(1, 230)
        self.table.setAccessibleName(self.tr("Suggesties"))
        self.sentence = QLabel(self)
        self.sentence.setObjectName("hintsSentence")
        plain_label(self.sentence)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("hintsStatus")
        plain_label(self.status)

        self.accept_button = QPushButton(self.tr("&Accepteren"))
        self.accept_button.setObjectName("acceptHints")
        self.accept_button.setToolTip(
            self.tr("De gekozen toezeggingen als voldaan markeren, met het document als bewijs")
        )
        self.dismiss_button = QPushButton(self.tr("A&fwijzen"))
        self.dismiss_button.setObjectName("dismissHints")
        self.dismiss_button.setToolTip(
            self.tr("De gekozen suggesties afwijzen; ze komen niet terug")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sentence)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.stack.indexChanged.connect(self._on_stack_changed)
        self.reload()

    # -- reading -----------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the pending suggestions again (keeping the selection where it can)."""
        keep = set(self.selected_ids())
        try:
            rows = suggestions.list_pending()
            self._versions = current_versions(r.commitment_id for r in rows)
        except (StoreError, pw.PeeweeException) as exc:
            self._on_failed(str(exc), self.tr("Suggesties lezen"))
            rows = []
        self.model.set_rows(rows)
        selection = self.table.selectionModel()
        for number, row in enumerate(rows):
            if row.id in keep:
                selection.select(
                    self.model.index(number, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if not self.selected_ids() and rows:
            self.table.selectRow(0)
        self._on_selection()
        if not rows:
            self.status.setText(self.tr("Er zijn geen suggesties die op een besluit wachten."))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for number, row in enumerate(self.model.rows):
            if row.id in ids:
                selection.select(
                    self.model.index(number, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    @Slot()
    def _on_selection(self, *_args) -> None:
        ids = self.selected_ids()
        self.accept_button.setEnabled(bool(ids))
        self.dismiss_button.setEnabled(bool(ids))
        current = [r for r in self.model.rows if r.id in ids]
        if len(current) == 1:
            self.sentence.setText(f"\u201c{current[0].sentence}\u201d")
        else:
            self.sentence.setText("")

    @Slot(int)
    def _on_stack_changed(self, _index: int) -> None:
        self.reload()

    # -- deciding ------------------------------------------------------------------------

    def _decide(
        self, text: str, ids: list[int], decide: Callable[[], Any]
    ) -> tuple[Any, set[int]] | None:
        """Run `decide()` between snapshots of the commitments and decisions it touches,
        and push it on the undo stack; None when the store refused."""
        commitments = suggestions.commitments_of(ids)
        try:
            # One transaction, the commitments locked first: a colleague's save just
            # before or after is in neither snapshot, so an undo cannot take it away.
            with transaction():
                before = snapshot(commitments, lock=True)
                decisions_before = suggestions.decision_state(ids)
                result = decide()
                after = snapshot(commitments)
                decisions_after = suggestions.decision_state(ids)
        except (StoreError, pw.PeeweeException) as exc:
            self._on_failed(unwritable_text(exc) or str(exc), text)
            return None
        self.stack.push(
            DecisionChange(
                text,
                before,
                after,
                set(commitments),
                (decisions_before, decisions_after),
                self._on_changed,
                self._on_failed,
                who=self._who,
                on_conflict=self._undo_conflict,
            )
        )  # pushing reloads the list (indexChanged)
        return result, set(commitments)

    @Slot()
    def accept_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = counted(
            len(ids),
            self.tr("%1 suggestie accepteren"),
            self.tr("%1 suggesties accepteren"),
        )
        versions = dict(self._versions)
        done = self._decide(
            text,
            ids,
            lambda: suggestions.accept(ids, who=self._who(), expected_versions=versions),
        )
        if done is None:
            return
        result, commitments = done
        self._on_changed(commitments)
        if result.stale and self._on_conflict is not None:
            conflicts = [conflict for _sid, conflict in result.stale]
            again = [sid for sid, _conflict in result.stale]
            wanted = self.tr("suggestie accepteren: voldaan, met het document als bewijs")
            if self._on_conflict(StaleCommitmentError(conflicts), wanted):
                for conflict in conflicts:  # accept on what is stored now
                    if conflict.current is not None:
                        self._versions[conflict.commitment_id] = conflict.current.version
                self.select_ids(again)
                self.accept_selected()
                return
            self.reload()
        message = counted(
            len(result.accepted),
            self.tr("%1 toezegging gemarkeerd als voldaan."),
            self.tr("%1 toezeggingen gemarkeerd als voldaan."),
        )
        if result.refused:
            message += " " + counted(
                len(result.refused),
                self.tr("%1 suggestie niet geaccepteerd: de toezegging is niet meer open."),
                self.tr("%1 suggesties niet geaccepteerd: de toezeggingen zijn niet meer open."),
            )
        self._say(message)

    @Slot()
    def dismiss_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = counted(
            len(ids), self.tr("%1 suggestie afwijzen"), self.tr("%1 suggesties afwijzen")
        )
        done = self._decide(text, ids, lambda: suggestions.dismiss(ids, who=self._who()))
        if done is None:
            return
        self._say(
            counted(
                done[0], self.tr("%1 suggestie afgewezen."), self.tr("%1 suggesties afgewezen.")
            )
        )

    def _undo_conflict(self, error: StaleCommitmentError, what: str) -> bool:
        if self._on_conflict is None:
            return False
        return self._on_conflict(
            error, self.tr("‘%1’ ongedaan maken of opnieuw doen").replace("%1", what)
        )

    def _say(self, message: str) -> None:
        self.last_message = message
        self.status.setText(message)


class HintsController(QObject):
    """The main window's way to the suggestions: a menu action that shows how many are
    pending, and the dialog it opens."""

    def __init__(
        self,
        window: QMainWindow,
        stack: QUndoStack,
        who: Callable[[], str],
        on_changed: Applied,
        on_failed: Failed,
        on_conflict: Callable[..., bool] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._on_conflict = on_conflict
        self.stack = stack
        self._who = who
        self._on_changed = on_changed
        self._on_failed = on_failed
        self.dialog: HintsDialog | None = None
        self.action = QAction(self.tr("&Suggesties…"), window)
        self.action.setObjectName("hintsAction")
        self.action.setShortcut("Ctrl+Shift+S")
        self.action.setStatusTip(
            self.tr("Documenten die open toezeggingen lijken na te komen: accepteren of afwijzen")
        )
        self.action.triggered.connect(lambda _checked=False: self.open())
        self.label = QLabel(window)
        self.label.setObjectName("hintsCount")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.stack.indexChanged.connect(lambda _index: self.update_count())
        self.pending = 0

    @Slot()
    def update_count(self) -> int:
        """Show the number of pending suggestions in the action and the status bar."""
        try:
            self.pending = suggestions.pending_count()
        except (StoreError, pw.PeeweeException):
            log.exception("counting suggestions")
            self.pending = 0
        if self.pending:
            self.action.setText(self.tr("&Suggesties (%1)…").replace("%1", str(self.pending)))
            self.label.setText(
                counted(self.pending, self.tr("%1 suggestie"), self.tr("%1 suggesties"))
            )
            self.label.show()
        else:
            self.action.setText(self.tr("&Suggesties…"))
            self.label.hide()
        return self.pending

    @Slot()
    def open(self) -> HintsDialog:
        """Show the dialog (one at a time, not modal: the list stays usable)."""
        if self.dialog is None:
            self.dialog = HintsDialog(
                self.stack,
                self._who,
                self._changed,
                self._on_failed,
                self.window,
                on_conflict=self._on_conflict,
            )
            self.dialog.finished.connect(self._closed)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _changed(self, ids: set[int]) -> None:
        self._on_changed(ids)
        self.update_count()

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
