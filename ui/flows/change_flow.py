"""Changing commitments from the window: the dialogs that ask what (mark, review, edit,
due date, merge, delete, a commitment made by hand), and the undoable change that
follows, with the conflict dialog when someone else changed a row meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import peewee as pw
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from tracker.store import queries as store
from tracker.store import roles
from tracker.store.queries import (
    CommitmentRow,
    StaleCommitmentError,
    StoreError,
    get_commitment,
)
from ui.dialogs.conflict_dialog import ConflictDialog, field_label
from ui.dialogs.due_dialog import DueDialog
from ui.dialogs.edit_dialog import EditDialog
from ui.dialogs.manual_dialog import ManualCommitmentDialog
from ui.dialogs.mark_dialog import MarkDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.labels import counted, format_date, status_label
from ui.plain_text import plain
from ui.settings_dialog import display_name

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ChangeFlow(QObject):
    """Every change the user makes to commitments, through the window's undo stack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def run_change(
        self,
        text: str,
        ids: list[int],
        change: Callable[[], object],
        failure: str,
        new_ids: Callable[[object], list[int]] | None = None,
    ) -> tuple[bool, object]:
        """Make a change through the undo stack and show its result; (ok, result)."""
        self.window.statusBar().clearMessage()  # an earlier change's message is stale now
        try:
            result = self.window.changes.run(text, ids, change, new_ids)
        except (StoreError, pw.PeeweeException) as exc:
            self.window.show_error(failure, str(exc), error=exc)
            return False, None
        touched = list(ids) + (list(new_ids(result)) if new_ids else [])
        self.window.list_flow.after_change(set(touched))
        return True, result

    def run_versioned(
        self,
        text: str,
        rows: list[CommitmentRow],
        change: Callable[[dict[int, CommitmentRow]], object],
        failure: str,
        wanted: str,
        *,
        can_reapply: bool = True,
    ) -> tuple[bool, object]:
        """Make a change based on `rows` as the user saw them: `change(seen)` gets
        id -> row and passes those versions to the store. When someone else changed one
        of them meanwhile, the conflict dialog shows what and lets the user apply the
        change again on the current version or discard it; (ok, result)."""
        self.window.statusBar().clearMessage()  # an earlier change's message is stale now
        seen = {row.id: row for row in rows}
        every = set(seen)
        while seen:
            try:
                result = self.window.changes.run(text, list(seen), lambda: change(dict(seen)))
            except StaleCommitmentError as exc:
                if not self.resolve_conflict(exc, wanted, can_reapply=can_reapply):
                    self.window.list_flow.after_change(every)
                    self.window.statusBar().showMessage(
                        self.tr("Uw wijziging is verworpen."), 10000
                    )
                    return False, None
                for conflict in exc.conflicts:  # apply again on what is stored now
                    if conflict.current is None:
                        seen.pop(conflict.commitment_id, None)
                    else:
                        seen[conflict.commitment_id] = conflict.current
                continue
            except (StoreError, pw.PeeweeException) as exc:
                self.window.show_error(failure, str(exc), error=exc)
                return False, None
            self.window.list_flow.after_change(every)
            return True, result
        self.window.list_flow.after_change(every)  # all of them are gone: nothing to change
        return False, None

    def resolve_conflict(
        self, error: StaleCommitmentError, wanted: str, *, can_reapply: bool = True
    ) -> bool:
        """Show what someone else changed; True if the user applies their change again."""
        dialog = ConflictDialog(error, wanted, self.window, can_reapply=can_reapply)
        dialog.exec()
        return dialog.choice == ConflictDialog.REAPPLY

    def resolve_undo_conflict(self, error: StaleCommitmentError, what: str) -> bool:
        """An undo or redo over someone else's later change: ask before overwriting it."""
        return self.resolve_conflict(
            error, self.tr("‘%1’ ongedaan maken of opnieuw doen").replace("%1", what)
        )

    def on_undo_failed(self, message: str, what: str) -> None:
        self.window.show_error(
            self.tr("‘%1’ kon niet worden teruggezet.").replace("%1", what),
            message,
            informative=message,
        )

    def who(self) -> str:
        """The name the history records for this user's changes (from the settings)."""
        return display_name(self.window.settings)

    def accept_house_status(self, row: CommitmentRow) -> None:
        """Take over the status the House's register reports for an oral commitment: a
        normal mark (with history and audit), undoable."""
        self.run_change(
            self.tr("Status van de Kamer overnemen: %1").replace("%1", plain(row.title)),
            [row.id],
            lambda: store.accept_house_status(row.id, self.who()),
            self.tr("De status van de Kamer kon niet worden overgenomen."),
        )
        self.window.selection.show_detail(row.id)

    def dismiss_house_status(self, row: CommitmentRow) -> None:
        """Keep our status; the House's suggestion is no longer offered."""
        self.run_change(
            self.tr("Status van de Kamer negeren: %1").replace("%1", plain(row.title)),
            [row.id],
            lambda: store.dismiss_house_status(row.id, self.who()),
            self.tr("De melding van de Kamer kon niet worden genegeerd."),
        )
        self.window.selection.show_detail(row.id)

    def mark_selected(self) -> None:
        """Ask for status, date, note and evidence, and record them for every selected row."""
        rows = self.window.selection.selected_commitments()
        if not rows:
            return
        dialog = MarkDialog(rows, self.window)
        if dialog.exec() != MarkDialog.DialogCode.Accepted:
            return
        status, note, evidence = dialog.status, dialog.note, dialog.evidence
        effective_date = dialog.effective_date
        # One that already has the status is left as it is: nothing is written for it.
        already = [row for row in rows if row.status == status]
        rows = [row for row in rows if row.status != status]
        if not rows:
            self.window.statusBar().showMessage(self.already_text(already, status), 10000)
            return
        text = self.change_text(
            rows,
            self.tr("Markeren als %1: ‘%2’").replace("%1", status_label(status)),
            self.tr("%1 toezeggingen markeren als %2").replace("%2", status_label(status)),
        )
        wanted = self.tr("markeren als %1 op %2").replace("%1", status_label(status))
        wanted = wanted.replace("%2", format_date(effective_date))
        if note:
            wanted += "; " + self.tr("toelichting: %1").replace("%1", f"\u2018{note}\u2019")
        if evidence:
            wanted += "; " + self.tr("bewijs: %1").replace("%1", f"\u2018{evidence}\u2019")
        based_on: dict[int, int] = {}  # the version each row was marked from

        def mark(seen: dict[int, CommitmentRow]) -> list[CommitmentRow]:
            based_on.clear()
            based_on.update({cid: row.version for cid, row in seen.items()})
            return store.mark_many(
                list(seen),
                status,
                note=note,
                evidence=evidence,
                effective_date=effective_date,
                who=self.who(),
                expected_versions=seen,
            )

        ok, result = self.run_versioned(
            text, rows, mark, self.tr("De status kon niet worden opgeslagen."), wanted
        )
        if ok:
            # A row someone else gave the status meanwhile (applied again after the
            # conflict dialog) kept its version: nothing was written for it either.
            changed = [r for r in result if r.version != based_on.get(r.id)]
            already += [r for r in result if r.version == based_on.get(r.id)]
            message = counted(
                len(changed),
                self.tr("%1 toezegging gemarkeerd als %2"),
                self.tr("%1 toezeggingen gemarkeerd als %2"),
            ).replace("%2", status_label(status))
            if already:
                message += "; " + self.already_text(already, status)
            self.window.statusBar().showMessage(message, 10000)

    def already_text(self, rows: list[CommitmentRow], status: str) -> str:
        """That `rows` already had `status` (so nothing was written for them)."""
        if len(rows) == 1:
            text = self.tr("‘%1’ was al %2").replace("%1", rows[0].title)
        else:
            text = counted(len(rows), self.tr("%1 was al %2"), self.tr("%1 waren al %2"))
        return text.replace("%2", status_label(status))

    def change_text(self, rows: list[CommitmentRow], one: str, many: str) -> str:
        """The undo text of a change: the title for one row, the number for more."""
        if len(rows) == 1:
            title = rows[0].title
            if len(title) > 50:
                title = title[:49] + "\u2026"
            return one.replace("%2", title).replace("%1", "")
        return many.replace("%1", str(len(rows)))

    def review_selected(self, state: str) -> None:
        """Confirm or reject the selected rows; rejected rows leave the default view."""
        rows = self.window.selection.selected_commitments()
        if not rows:
            return
        if state == "rejected":
            text = self.change_text(
                rows, self.tr("Afwijzen: ‘%2’"), self.tr("%1 toezeggingen afwijzen")
            )
        else:
            text = self.change_text(
                rows, self.tr("Bevestigen: ‘%2’"), self.tr("%1 toezeggingen bevestigen")
            )
        who = self.who()
        ok, _ = self.run_versioned(
            text,
            rows,
            lambda seen: store.set_review_states(
                list(seen), state, who=who, expected_versions=seen
            ),
            self.tr("De beoordeling kon niet worden opgeslagen."),
            text,
        )
        if ok:
            self.window.statusBar().showMessage(text, 10000)

    def edit_selected(self) -> None:
        row = self.window.selection.selected_commitment()
        if row is None or len(self.window.selection.selected_ids()) != 1:
            return
        known = self.window.model.known_values()
        dialog = EditDialog(row, known["ministries"], known["actors"], self.window)
        if dialog.exec() != EditDialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        if not changes:
            return
        wanted = "; ".join(
            f"{field_label(name)} \u2192 {self.edit_value(name, value)}"
            for name, value in changes.items()
        )
        text = self.change_text([row], self.tr("Bewerken: ‘%2’"), "")
        ok, _ = self.run_versioned(
            text,
            [row],
            lambda seen: store.update_commitment(
                row.id, **changes, who=self.who(), expected_version=seen[row.id]
            ),
            self.tr("De wijziging kon niet worden opgeslagen."),
            wanted,
        )
        if ok:
            self.window.statusBar().showMessage(text, 10000)

    def edit_value(self, name: str, value: object) -> str:
        """A value the edit dialog gives, as the conflict dialog shows what the user wanted."""
        if name == "due":
            return format_date(value) or self.tr("de datum uit de tekst")  # type: ignore[arg-type]
        return f"\u2018{value or ''}\u2019"

    def change_due_selected(self) -> None:
        """Correct the selected commitment's due date by hand (the phrase is kept)."""
        row = self.window.selection.selected_commitment()
        if row is None:
            return
        dialog = DueDialog(row, self.window)
        if dialog.exec() != DueDialog.DialogCode.Accepted:
            return
        due = dialog.due
        ok, _ = self.run_versioned(
            self.change_text([row], self.tr("Termijn aanpassen: ‘%2’"), ""),
            [row],
            lambda seen: store.set_due(row.id, due, who=self.who(), expected_version=seen[row.id]),
            self.tr("De termijn kon niet worden opgeslagen."),
            self.tr("termijn %1").replace(
                "%1", format_date(due) or self.tr("terug naar de datum uit de tekst")
            ),
        )
        if ok:
            updated = self.window.model.commitment(self.window.model.row_for_id(row.id))
            self.window.statusBar().showMessage(
                self.tr("Termijn van \u2018%1\u2019 is nu %2")
                .replace("%1", updated.title)
                .replace("%2", format_date(updated.due) or self.tr("geen datum")),
                10000,
            )

    def merge_selected(self) -> None:
        rows = self.window.selection.selected_commitments()
        if len(rows) != 2:
            return
        dialog = MergeDialog(rows[0], rows[1], self.window)
        if dialog.exec() != MergeDialog.DialogCode.Accepted:
            return
        keep, other = dialog.keep_id, dialog.other_id
        kept_title = next(r.title for r in rows if r.id == keep)
        text = self.change_text(
            [next(r for r in rows if r.id == keep)], self.tr("Samenvoegen: ‘%2’"), ""
        )

        def merge(seen: dict[int, CommitmentRow]) -> object:
            if len(seen) < 2:  # one of them is gone meanwhile: nothing to merge
                raise StoreError(self.tr("Een van beide toezeggingen bestaat niet meer."))
            return store.merge_commitments(keep, other, who=self.who(), expected_versions=seen)

        ok, _ = self.run_versioned(
            text,
            rows,
            merge,
            self.tr("De toezeggingen konden niet worden samengevoegd."),
            text,
        )
        if ok:
            self.window.selection.select_id(keep)
            self.window.statusBar().showMessage(
                self.tr("Samengevoegd in ‘%1’").replace("%1", kept_title), 10000
            )

    def delete_selected(self) -> None:
        rows = self.window.selection.selected_commitments()
        if not rows:
            return
        titles = "\n".join(f"\u2022 {r.title}" for r in rows[:10])
        if len(rows) > 10:
            titles += "\n" + self.tr("… en %1 andere").replace("%1", str(len(rows) - 10))
        question = counted(
            len(rows),
            self.tr("Deze toezegging verwijderen?"),
            self.tr("Deze %1 toezeggingen verwijderen?"),
        )
        answer = QMessageBox.question(
            self.window,
            self.tr("Verwijderen"),
            plain(
                question + "\n\n" + titles + "\n\n" + self.tr("Dit kan ongedaan worden gemaakt.")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.change_text(
            rows, self.tr("Verwijderen: ‘%2’"), self.tr("%1 toezeggingen verwijderen")
        )
        ok, _ = self.run_versioned(
            text,
            rows,
            lambda seen: store.delete_commitments(
                list(seen), who=self.who(), expected_versions=seen
            ),
            self.tr("De toezegging kon niet worden verwijderd."),
            text,
        )
        if ok:
            self.window.statusBar().showMessage(text, 10000)

    def make_manual_commitment(self, document_id: int, start: int, end: int, text: str) -> None:
        """A commitment the extractor missed, from a selection in the document view."""
        if not self.window.permissions.may_change:
            self.window.statusBar().showMessage(
                self.window.window_actions.refusal(roles.CHANGE), 10000
            )
            return
        dialog = ManualCommitmentDialog(text, self.window)
        if dialog.exec() != ManualCommitmentDialog.DialogCode.Accepted or not dialog.title:
            return
        title = dialog.title
        ok, created = self.run_change(
            self.tr("Toezegging maken: ‘%1’").replace("%1", title[:50]),
            [],
            lambda: store.create_manual_commitment(
                document_id, start, end, title=title, who=self.who()
            ),
            self.tr("De toezegging kon niet worden gemaakt."),
            new_ids=lambda row: [row.id],
        )
        if ok:
            if self.window.document_view is not None:
                self.window.document_view.highlight_commitment(created.id)
            if not self.window.selection.select_id(created.id):
                self.window.detail.show_commitment(
                    get_commitment(created.id), self.window.model.as_of
                )
            self.window.statusBar().showMessage(
                self.tr("Toezegging ‘%1’ gemaakt").replace("%1", title), 10000
            )
