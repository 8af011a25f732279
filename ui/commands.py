"""Undo and redo of every change to the register, through a QUndoStack.

Each change (mark, review, edit, due date, merge, delete, manual commitment) is made
once through `tracker.store.queries`, between two snapshots of the commitments it
touches. Undo restores the snapshot from before, redo the one from after; the
store knows how to put rows, sources and history back, the window only asks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

import peewee as pw
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.store.queries import StoreError, delete_commitment, restore, snapshot

log = logging.getLogger(__name__)

# Called after an undo or redo with the ids of the commitments it touched.
Applied = Callable[[set[int]], None]
# Called when restoring a snapshot fails: (short message, details).
Failed = Callable[[str, str], None]


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
    ) -> None:
        super().__init__(text)
        self.before = before
        self.after = after
        self.ids = set(ids)
        # Commitments the change created: the snapshot from before cannot hold them,
        # so undo deletes them (redo restores them from the snapshot after).
        self.created = set(created)
        self._on_applied = on_applied
        self._on_failed = on_failed
        self._done = True  # pushed after the change was made: the first redo is a no-op

    def redo(self) -> None:
        if self._done:
            return
        self._apply(self.after)
        self._done = True

    def undo(self) -> None:
        self._apply(self.before, delete=self.created)
        self._done = False

    def _apply(self, state: Any, delete: set[int] = frozenset()) -> None:
        try:
            restore(state)
            for commitment_id in delete:
                delete_commitment(commitment_id)
        except (StoreError, pw.PeeweeException) as exc:
            log.exception("restoring a snapshot failed")
            if self._on_failed is not None:
                self._on_failed(str(exc), self.text())
            return
        self._on_applied(self.ids)


class ChangeRunner:
    """Makes a change in the store between two snapshots and pushes it on the stack."""

    def __init__(self, stack: QUndoStack, on_applied: Applied, on_failed: Failed) -> None:
        self.stack = stack
        self._on_applied = on_applied
        self._on_failed = on_failed

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
        StoreError from `change` propagates and nothing is pushed.
        """
        touched = list(dict.fromkeys(ids))
        before = snapshot(touched)
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
        )
        self.stack.push(command)
        return result
