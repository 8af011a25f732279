"""The errors the store raises: a request it refuses, and a change based on a version of
a commitment that someone else changed meanwhile.
"""

from __future__ import annotations

from typing import Any

from tracker.reasons import describe
from tracker.store.conflicts import Conflict
from tracker.store.rows import CommitmentRow


class StoreError(Exception):
    """A request the store refuses; the message says why (in English). `reason` and
    `details` say it in a language (tracker.reasons), for the common cases; a `reason`
    without a message gets the catalogue's English."""

    def __init__(self, message: str = "", reason: str | None = None, **details: Any) -> None:
        self.reason = reason
        self.details = details
        super().__init__(message or describe(reason, details, "en"))


class StaleCommitmentError(StoreError):
    """A change based on a version of a commitment that is no longer the stored one:
    someone else changed (or deleted, or merged) it meanwhile. Nothing was changed.

    `conflicts` holds, per commitment, its current state and what the other person
    changed compared to what this user saw (`tracker.store.conflicts.Conflict`).
    """

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        super().__init__("\n".join(c.describe() for c in conflicts))

    @property
    def current(self) -> CommitmentRow | None:
        """The first stale commitment as it is now (None: deleted or merged away)."""
        return self.conflicts[0].current if self.conflicts else None
