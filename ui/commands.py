"""Undo and redo of every change to the register, through a QUndoStack.

Each change (mark, review, edit, due date, merge, delete, manual commitment) is made
once through `tracker.store.queries`, between two snapshots of the commitments it
touches. Undo restores the snapshot from before, redo the one from after; the
store knows how to put rows, sources and history back, the window only asks.

An undo or redo never silently overwrites someone else's later change: the command
remembers the versions it left the commitments at, and the store refuses to put a
snapshot back over other versions (`StaleCommitmentError`). The window is then asked
(`on_conflict`): apply the undo anyway, or leave the other person's change; in the
second case the command leaves the stack, since it no longer matches the register.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

import peewee as pw
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.store.queries import (
    Snapshot,
    StaleCommitmentError,
    StoreError,
    current_user,
    restore,
    snapshot,
    transaction,
    versions_of,
)
from ui.workers import unwritable_text

log = logging.getLogger(__name__)

# Called after an undo or redo with the ids of the commitments it touched.
Applied = Callable[[set[int]], None]
# Called when restoring a snapshot fails: (short message, details).
Failed = Callable[[str, str], None]
# Called when someone else changed the commitments since: (the refusal, the command's
# text); True to apply the undo or redo anyway.
Conflicted = Callable[[StaleCommitmentError, str], bool]
# The name the audit trail records.
Who = Callable[[], str]


class StoreChange(QUndoCommand):
    """A change already made in the store, held as snapshots from before and after."""

    def __init__(
        self,
        text: str,
        before: Any,
        after: Any,
        ids: Iterable[int],
        on_applied: Applied,
        on_failed: Failed | None = None,
        created: Iterable[int] = (),
        *,
        who: Who | None = None,
        on_conflict: Conflicted | None = None,
    ) -> None:
        super().__init__(text)
        # Commitments the change created: the snapshot from before cannot hold them,
        # so undo deletes them (redo restores them from the snapshot after).
        self.created = set(created)
        self.before = Snapshot(
            before.commitments, list(dict.fromkeys([*before.absent, *sorted(self.created)]))
        )
        self.after = after
        self.ids = set(ids)
        self._on_applied = on_applied
        self._on_failed = on_failed
        self._who = who or current_user
        self._on_conflict = on_conflict
        # The versions the commitments are at as this command left them.
        self.versions: dict[int, int | None] = versions_of(after)
        self._done = True  # pushed after the change was made: the first redo is a no-op

    def redo(self) -> None:
        if self._done:
            return
        if self._apply(self.after, "redo"):
            self._done = True

    def undo(self) -> None:
        if self._apply(self.before, "undo"):
            self._done = False

    def _restore_more(self, state: Any) -> None:
        """What else to put back with `state`, in the same transaction (subclasses)."""

    def _apply(self, state: Any, via: str) -> bool:
        """Put `state` back; False (and the command leaves the stack) when it could not
        be, or the user chose to keep someone else's later change."""
        expected = dict(self.versions)
        while True:
            try:
                with transaction():
                    self._restore_more(state)
                    versions = restore(state, expected=expected, who=self._who(), via=via)
            except StaleCommitmentError as exc:
                if self._on_conflict is not None and self._on_conflict(exc, self.text()):
                    for conflict in exc.conflicts:  # over what is stored now
                        expected[conflict.commitment_id] = conflict.current_version
                    continue
                if self._on_conflict is None and self._on_failed is not None:
                    self._on_failed(str(exc), self.text())
                self.setObsolete(True)
                self._on_applied(self.ids)  # show the other person's state
                return False
            except (StoreError, pw.PeeweeException) as exc:
                log.exception("restoring a snapshot failed")
                if self._on_failed is not None:
                    self._on_failed(unwritable_text(exc) or str(exc), self.text())
                return False
            break
        self.versions = versions
        self._on_applied(self.ids)
        return True


class ChangeRunner:
    """Makes a change in the store between two snapshots and pushes it on the stack."""

    def __init__(
        self,
        stack: QUndoStack,
        on_applied: Applied,
        on_failed: Failed,
        *,
        who: Who | None = None,
        on_conflict: Conflicted | None = None,
    ) -> None:
        self.stack = stack
        self._on_applied = on_applied
        self._on_failed = on_failed
        self._who = who
        self._on_conflict = on_conflict

    def run(
        self,
        text: str,
        ids: Iterable[int],
        change: Callable[[], Any],
        new_ids: Callable[[Any], Iterable[int]] | None = None,
    ) -> Any:
        """Run `change()` and make it undoable; returns what `change` returned.

        `ids` are the commitments the change touches; `new_ids(result)` names the ones
        it creates (a manual commitment), so the snapshot after includes them. A
        StoreError from `change` (StaleCommitmentError too) propagates and nothing is
        pushed.
        """
        touched = list(dict.fromkeys(ids))
        # The states before and after are read in the change's own transaction, the
        # commitments locked first: a colleague's save just before or after it waits,
        # and so is in neither, where an undo would take it away unasked (it is seen as
        # a later change instead).
        with transaction():
            before = snapshot(touched, lock=True)
            result = change()
            created = list(new_ids(result)) if new_ids is not None else []
            after = snapshot(list(dict.fromkeys(touched + created)))
        command = StoreChange(
            text,
            before,
            after,
            set(touched) | set(created),
            self._on_applied,
            self._on_failed,
            created=[i for i in created if i not in touched],
            who=self._who,
            on_conflict=self._on_conflict,
        )
        self.stack.push(command)
        return result
