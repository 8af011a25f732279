"""What a save refused because the commitment changed meanwhile reports.

`Conflict` describes, for a save refused by `queries.StaleCommitmentError`, what the
other person changed compared to what the user saw: the changes the trail
(`tracker.store.audit`) holds since that version, else the fields that differ. The
words here are English; the window presents them in its own language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.store.audit import FIELDS, ChangeRow, as_text, quoted
from tracker.store.rows import CommitmentRow


@dataclass
class Difference:
    """One field as the user saw it and as it is now."""

    field: str  # one of FIELDS, or "note" / "evidence" (the latest one)
    seen: str | None
    now: str | None


@dataclass
class Conflict:
    """A commitment that changed since the version a save was based on."""

    commitment_id: int
    expected_version: int
    current: CommitmentRow | None  # None: deleted or merged into another since
    changes: list[ChangeRow] = field(default_factory=list)  # others' changes, oldest first
    differences: list[Difference] = field(default_factory=list)
    seen_title: str = ""

    @property
    def current_version(self) -> int | None:
        return self.current.version if self.current is not None else None

    @property
    def merged_into(self) -> int | None:
        if self.current is not None:
            return None
        for change in reversed(self.changes):
            if change.what == "merged_into" and change.new:
                return int(change.new)
        return None

    @property
    def deleted(self) -> bool:
        return self.current is None

    @property
    def title(self) -> str:
        return self.current.title if self.current is not None else self.seen_title

    def describe(self) -> str:
        """What the other person changed, in English: who, when, field by field."""
        name = f"commitment {self.commitment_id}"
        if self.title:
            name += f" ({self.title!r})"
        if self.current is None:
            into = self.merged_into
            state = f"merged into commitment {into}" if into else "deleted"
            head = f"{name} was {state} by someone else after you read it"
        else:
            head = (
                f"{name} was changed by someone else after you read it"
                f" (version {self.expected_version}, now {self.current.version})"
            )
        lines = [head + ":"]
        for change in self.changes:
            who = change.who or "unknown"
            lines.append(f"- {change.changed_at:%Y-%m-%d %H:%M} {who}: {change.describe()}")
        if not self.changes:
            for diff in self.differences:
                lines.append(f"- {diff.field}: {quoted(diff.seen)} -> {quoted(diff.now)}")
        if len(lines) == 1:
            lines.append("- (the changes were made by a version of the app without a trail)")
        return "\n".join(lines)


def _field_values(row: CommitmentRow) -> dict[str, str | None]:
    return {
        "status": row.status,
        "review": row.review_state,
        "title": row.title,
        "due": as_text(row.due),
        "ministry": row.ministry,
        "actor": row.actor,
        "note": row.latest_note or None,
        "evidence": row.latest_evidence or None,
    }


def differences(seen: CommitmentRow | None, current: CommitmentRow | None) -> list[Difference]:
    """Field by field what differs between the row the user saw and the row now."""
    if seen is None or current is None:
        return []
    before, after = _field_values(seen), _field_values(current)
    return [Difference(k, before[k], after[k]) for k in before if before[k] != after[k]]


def differences_from_trail(changes: Sequence[ChangeRow]) -> list[Difference]:
    """Field by field the first old and the last new value of `changes`."""
    first: dict[str, str | None] = {}
    last: dict[str, str | None] = {}
    for change in changes:
        if change.what in FIELDS:
            first.setdefault(change.what, change.old)
            last[change.what] = change.new
        if change.note:
            first.setdefault("note", None)
            last["note"] = change.note
        if change.evidence:
            first.setdefault("evidence", None)
            last["evidence"] = change.evidence
    return [Difference(k, first[k], last[k]) for k in first if first[k] != last[k]]
