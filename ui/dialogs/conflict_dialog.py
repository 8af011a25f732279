"""When a change is refused because someone else changed the commitment meanwhile.

The store refuses a save based on a version that is no longer the stored one
(`queries.StaleCommitmentError`). This dialog says so, shows what the other person
changed (who and when, field by field, old → new) and what the user wanted to do, and
lets the user choose: apply their change again on top of the current version, or
discard it (the list then shows the other person's state). Nothing is lost unasked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.store.audit import ChangeRow
from tracker.store.conflicts import Conflict, Difference
from tracker.store.queries import StaleCommitmentError
from ui.labels import format_date, format_datetime, review_label, status_label


def field_label(name: str) -> str:
    """The Dutch name of a field of the audit trail."""
    labels = {
        "status": QCoreApplication.translate("conflicts", "Status"),
        "review": QCoreApplication.translate("conflicts", "Beoordeling"),
        "title": QCoreApplication.translate("conflicts", "Titel"),
        "due": QCoreApplication.translate("conflicts", "Termijn"),
        "ministry": QCoreApplication.translate("conflicts", "Ministerie"),
        "actor": QCoreApplication.translate("conflicts", "Bewindspersoon"),
        "note": QCoreApplication.translate("conflicts", "Toelichting"),
        "evidence": QCoreApplication.translate("conflicts", "Bewijs"),
    }
    return labels.get(name, name)


def value_label(name: str, value: str | None) -> str:
    """A value as the trail keeps it (codes, ISO dates) as a reader knows it."""
    if value in (None, ""):
        return QCoreApplication.translate("conflicts", "(leeg)")
    if name == "status":
        return status_label(value)
    if name == "review":
        return review_label(value)
    if name == "due":
        try:
            return format_date(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return f"\u2018{value}\u2019"


def change_label(change: ChangeRow) -> str:
    """What one entry of the audit trail did, in a line (without who and when)."""
    what = change.what
    if what in ("status", "review", "title", "due", "ministry", "actor"):
        text = (
            f"{field_label(what)}: {value_label(what, change.old)} \u2192 "
            f"{value_label(what, change.new)}"
        )
    elif what == "create":
        text = QCoreApplication.translate("conflicts", "Met de hand gemaakt")
    elif what == "merge":
        text = QCoreApplication.translate("conflicts", "#%1 hierin samengevoegd").replace(
            "%1", change.new or ""
        )
        if change.note:
            text += f" (\u2018{change.note}\u2019)"
    elif what == "merged_into":
        text = QCoreApplication.translate("conflicts", "Samengevoegd met #%1").replace(
            "%1", change.new or ""
        )
    elif what == "delete":
        text = QCoreApplication.translate("conflicts", "Verwijderd")
    elif what == "restore":
        text = QCoreApplication.translate("conflicts", "Teruggezet")
    elif what == "import":
        text = QCoreApplication.translate(
            "conflicts", "Bijgewerkt uit een nieuwe versie van het document"
        )
    else:
        text = what
    if change.note and what != "merge":
        text += "; " + QCoreApplication.translate("conflicts", "toelichting: %1").replace(
            "%1", f"\u2018{change.note}\u2019"
        )
    if change.evidence:
        text += "; " + QCoreApplication.translate("conflicts", "bewijs: %1").replace(
            "%1", f"\u2018{change.evidence}\u2019"
        )
    if change.via == "undo":
        text += " " + QCoreApplication.translate("conflicts", "(ongedaan gemaakt)")
    elif change.via == "redo":
        text += " " + QCoreApplication.translate("conflicts", "(opnieuw gedaan)")
    elif change.via == "suggestion":
        text += " " + QCoreApplication.translate("conflicts", "(suggestie geaccepteerd)")
    return text


def who_and_when(change: ChangeRow) -> str:
    who = change.who or QCoreApplication.translate("conflicts", "onbekend")
    return f"{format_datetime(change.changed_at)}, {who}"


def _difference_label(diff: Difference) -> str:
    return (
        f"{field_label(diff.field)}: {value_label(diff.field, diff.seen)} \u2192 "
        f"{value_label(diff.field, diff.now)}"
    )


def conflict_text(conflict: Conflict) -> str:
    """One refused commitment: its title, what became of it, and each change made."""
    lines = [f"#{conflict.commitment_id} {conflict.title}".strip()]
    if conflict.current is None:
        into = conflict.merged_into
        lines.append(
            QCoreApplication.translate("conflicts", "Intussen samengevoegd met #%1.").replace(
                "%1", str(into)
            )
            if into
            else QCoreApplication.translate("conflicts", "Intussen verwijderd.")
        )
    for change in conflict.changes:
        lines.append(f"\u2022 {who_and_when(change)}: {change_label(change)}")
    if not conflict.changes:
        for diff in conflict.differences:
            lines.append(f"\u2022 {_difference_label(diff)}")
    return "\n".join(lines)


class ConflictDialog(QDialog):
    """ "Someone else changed this commitment meanwhile": reapply or discard my change."""

    REAPPLY = 1
    DISCARD = 0

    def __init__(
        self,
        error: StaleCommitmentError,
        wanted: str,
        parent: QWidget | None = None,
        *,
        can_reapply: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Intussen gewijzigd"))
        self.setMinimumWidth(560)
        self.error = error
        self.choice = self.DISCARD
        conflicts = error.conflicts

        many = self.tr("Iemand anders heeft %1 van deze toezeggingen intussen gewijzigd.")
        heading = QLabel(
            self.tr("Iemand anders heeft deze toezegging intussen gewijzigd.")
            if len(conflicts) == 1
            else many.replace("%1", str(len(conflicts)))
        )
        heading.setObjectName("conflictHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("conflictDetails")
        self.details.setReadOnly(True)
        self.details.setPlainText("\n\n".join(conflict_text(c) for c in conflicts))
        self.details.setAccessibleName(self.tr("Wat de ander heeft gewijzigd"))

        mine = QLabel(self.tr("Uw wijziging: %1").replace("%1", wanted))
        mine.setObjectName("conflictWanted")
        mine.setWordWrap(True)
        mine.setTextFormat(Qt.TextFormat.PlainText)

        gone = [c for c in conflicts if c.current is None]
        can_reapply = can_reapply and len(gone) < len(conflicts)
        self.reapply_button = QPushButton(self.tr("Mijn wijziging opnieuw toepassen"))
        self.reapply_button.setObjectName("reapplyButton")
        self.reapply_button.setToolTip(
            self.tr("Uw wijziging alsnog opslaan, bovenop de wijziging van de ander")
        )
        self.reapply_button.setEnabled(can_reapply)
        self.discard_button = QPushButton(self.tr("Mijn wijziging verwerpen"))
        self.discard_button.setObjectName("discardButton")
        self.discard_button.setToolTip(
            self.tr("Uw wijziging niet opslaan; de lijst toont wat de ander heeft opgeslagen")
        )
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reapply_button.clicked.connect(self._reapply)
        self.discard_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(mine)
        if gone and can_reapply:
            note = QLabel(self.tr("Verwijderde of samengevoegde toezeggingen worden overgeslagen."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(buttons)
        (self.reapply_button if can_reapply else self.discard_button).setDefault(True)

    def _reapply(self) -> None:
        self.choice = self.REAPPLY
        self.accept()

    def reject(self) -> None:
        self.choice = self.DISCARD
        super().reject()
