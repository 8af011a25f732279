"""The audit trail (schema v4): who changed which commitment, when, and how.

Every change the store makes to a commitment (`tracker.store.queries`) records one
`Change` per field it changed, with the version of the commitment it produced. The
trail is never rewritten: an undo is recorded as a change of its own. Status changes
are also kept in the status history (`StatusChange`), which holds their notes and
evidence for the lists and exports; the trail holds them too, so that "everything
since version n" can be read from one place.

What a save refused because the commitment changed meanwhile reports is in
`tracker.store.conflicts`. The words here are English; the window presents them in
its own language.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from tracker.store.models import DB, Change, now
from tracker.store.roles import os_login

# What a change did: a field changed ("status", "review", "title", "due", "ministry",
# "actor"), a commitment was made by hand ("create"), took over another ("merge"), was
# merged into another ("merged_into"), deleted ("delete") or put back by undo/redo
# ("restore"); "import" is a corrected version of its document updating it.
FIELDS = ("status", "review", "title", "due", "ministry", "actor")
CHANGE_KINDS = (*FIELDS, "note", "create", "merge", "merged_into", "delete", "restore", "import")
USER_ENV = "TRACKER_USER"


def current_user() -> str:
    """Who is changing things: $TRACKER_USER if set, else the operating-system user."""
    return os.environ.get(USER_ENV, "").strip() or os_login()


def login_values() -> dict[str, str]:
    """The `login` to write on a trail or history row: none on PostgreSQL, where the
    server fills in the connection's login itself (tracker/store/roles.py); the
    operating-system user on SQLite, which has no logins."""
    if isinstance(DB.obj, pw.PostgresqlDatabase):
        return {}
    return {"login": os_login()}


def who_label(login: str | None, name: str) -> str:
    """Who acted, for reading: the login, with the display name beside it when it
    differs ("anna (Anna de Vries)"); the display name alone for rows without a login."""
    login, name = (login or "").strip(), (name or "").strip()
    if login and name and name != login:
        return f"{login} ({name})"
    return login or name


@dataclass
class ChangeRow:
    commitment_id: int
    version: int | None
    changed_at: dt.datetime
    changed_by: str
    what: str  # one of CHANGE_KINDS
    old: str | None  # as text: ISO dates, status and review codes
    new: str | None
    note: str = ""
    evidence: str = ""
    via: str = ""  # "", "undo", "redo", "import", "suggestion"
    login: str | None = None  # the database login (v10); `changed_by` is the display name

    @property
    def who(self) -> str:
        """The login, with the display name beside it when they differ."""
        return who_label(self.login, self.changed_by)

    def describe(self) -> str:
        """One line in English: "title: 'A' -> 'B'", "deleted", "status: open -> fulfilled"."""
        return describe(self.what, self.old, self.new, self.note, self.evidence, self.via)


def as_text(value: Any) -> str | None:
    """A field's value as the trail keeps it."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record(
    commitment_id: int,
    version: int | None,
    who: str,
    what: str,
    old: Any = None,
    new: Any = None,
    *,
    note: str = "",
    evidence: str = "",
    via: str = "",
) -> None:
    """Add one entry to the trail (inside the caller's transaction)."""
    if what not in CHANGE_KINDS:
        raise ValueError(f"unknown kind of change {what!r}")
    Change.create(
        commitment_id=commitment_id,
        version=version,
        changed_at=now(),
        changed_by=who,
        what=what,
        old_value=as_text(old),
        new_value=as_text(new),
        note=note,
        evidence=evidence,
        via=via,
        **login_values(),
    )


def _row(change: Change) -> ChangeRow:
    return ChangeRow(
        change.commitment_id,
        change.version,
        change.changed_at,
        change.changed_by,
        change.what,
        change.old_value,
        change.new_value,
        change.note,
        change.evidence,
        change.via,
        change.login,
    )


def changes_of(commitment_id: int, since_version: int | None = None) -> list[ChangeRow]:
    """The trail of one commitment, oldest first; with `since_version`, only the changes
    that produced a later version (what happened after someone read that version)."""
    query = Change.select().where(Change.commitment_id == commitment_id)
    if since_version is not None:
        query = query.where(Change.version > since_version)
    return [_row(c) for c in query.order_by(Change.id)]


def changes_for(ids: Sequence[int]) -> dict[int, list[ChangeRow]]:
    """The trail of each of `ids`, oldest first."""
    out: dict[int, list[ChangeRow]] = {i: [] for i in ids}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for change in Change.select().where(Change.commitment_id.in_(chunk)).order_by(Change.id):
            out[change.commitment_id].append(_row(change))
    return out


def last_version(ids: Iterable[int]) -> dict[int, int]:
    """The highest version the trail knows for each of `ids` (those it knows)."""
    from peewee import fn

    ids = list(ids)
    out: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            Change.select(Change.commitment_id, fn.MAX(Change.version))
            .where(Change.commitment_id.in_(chunk) & Change.version.is_null(False))
            .group_by(Change.commitment_id)
            .tuples()
        )
        out.update({cid: int(v) for cid, v in query if v is not None})
    return out


def quoted(value: str | None) -> str:
    """A value of the trail in a line of English: quoted, or "(none)"."""
    return "(none)" if value in (None, "") else repr(value)


def describe(
    what: str,
    old: str | None,
    new: str | None,
    note: str = "",
    evidence: str = "",
    via: str = "",
) -> str:
    """A change in a line of English."""
    if what in FIELDS:
        text = f"{what}: {quoted(old)} -> {quoted(new)}"
    elif what == "note":
        text = "note added"
    elif what == "create":
        text = "made by hand"
    elif what == "merge":
        text = f"took over commitment {new}"
    elif what == "merged_into":
        text = f"merged into commitment {new}"
    elif what == "delete":
        text = "deleted"
    elif what == "restore":
        text = "put back"
    elif what == "import":
        text = f"updated from a corrected version of its document ({new})"
    else:
        text = what
    if note:
        text += f"; note {note!r}"
    if evidence:
        text += f"; evidence {evidence!r}"
    if via in ("undo", "redo"):
        text += f" ({via})"
    return text
