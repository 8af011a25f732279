"""Every change to a commitment: marking, reviewing, a due date, editing, merging,
deleting, adding one by hand.

Each change is one transaction that locks the rows it touches, bumps the commitment's
`version`, stamps `updated_at`, keeps the search index in step, records who did what in
the audit trail (`tracker.store.audit`), and raises `StoreError` (leaving the database
as it was) for an unknown id or value. Given the version the user saw, a change made
meanwhile by someone else raises `StaleCommitmentError` instead of being overwritten.
Undo (`snapshot`, `restore`) is in `tracker.store.undo`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from tracker import clock
from tracker.store import audit, search
from tracker.store.audit import current_user
from tracker.store.conflicts import Conflict, differences, differences_from_trail
from tracker.store.errors import StaleCommitmentError, StoreError
from tracker.store.models import (
    DB,
    REVIEW_STATES,
    STATUSES,
    Commitment,
    Document,
    Source,
    StatusChange,
    fingerprint,
    now,
)
from tracker.store.reading import get_commitment, get_commitments
from tracker.store.rows import (
    CommitmentRow,
)
from tracker.store.sql import _chunks


class Unset:
    """The type of `UNSET`: "leave this field as it is" (where None is a value)."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = Unset()


# -- changes --------------------------------------------------------------------------
#
# Every change reads the commitments it touches (on PostgreSQL locking their rows until
# the transaction ends) and writes with `UPDATE ... WHERE id = ? AND version = ?`,
# checking the row count: of two clients that saved the same version, one wins and the
# other gets StaleCommitmentError. A caller that passes the version its change was based
# on (`expected_version(s)`: a number, or the CommitmentRow the user saw) is refused
# when the stored version differs; one that passes none (the CLI, imports) acts on the
# current state. Every change is recorded in the audit trail (`tracker.store.audit`).

# A commitment's version as the user saw it: the number, or the row itself (which also
# lets a refusal say field by field what differs from what the user saw).
Expected = int | CommitmentRow
ExpectedMany = Mapping[int, Expected] | Iterable[CommitmentRow]


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")


def _expectations(expected: ExpectedMany | None) -> dict[int, tuple[int, CommitmentRow | None]]:
    """commitment id -> (the version the change is based on, the row seen if given)."""
    if expected is None:
        return {}
    items = expected.items() if isinstance(expected, Mapping) else ((r.id, r) for r in expected)
    out = {}
    for cid, value in items:
        if isinstance(value, CommitmentRow):
            out[cid] = (value.version, value)
        else:
            out[cid] = (int(value), None)
    return out


def _one(commitment_id: int, expected: Expected | None) -> ExpectedMany | None:
    return None if expected is None else {commitment_id: expected}


def _writing() -> Any:
    """The transaction of a change. SQLite takes the write lock at once (BEGIN
    IMMEDIATE): of two clients the second waits, then reads what the first wrote and is
    refused cleanly, rather than failing on its older snapshot. A server locks the rows
    `_lock` reads instead."""
    if isinstance(DB.obj, pw.SqliteDatabase):
        return DB.obj.atomic("IMMEDIATE")
    return DB.atomic()


def _lock(ids: Sequence[int]) -> dict[int, Commitment]:
    """The commitments of `ids` that exist, read inside the caller's transaction; on a
    server their rows stay locked until it ends (SQLite locks the whole file on write)."""
    rows: dict[int, Commitment] = {}
    for chunk in _chunks(list(ids)):
        query = Commitment.select().where(Commitment.id.in_(chunk))
        if DB.obj.for_update:
            query = query.for_update()
        rows.update({r.id: r for r in query})
    return rows


def _conflict(commitment_id: int, version: int, seen: CommitmentRow | None) -> Conflict:
    """What happened to a commitment since `version` (the one the user saw)."""
    found = get_commitments([commitment_id])
    current = found[0] if found else None
    changes = audit.changes_of(commitment_id, since_version=version)
    found_differences = (
        differences(seen, current)
        if seen is not None and current is not None
        else differences_from_trail(changes)
    )
    return Conflict(
        commitment_id,
        version,
        current,
        changes,
        found_differences,
        seen_title=seen.title if seen is not None else "",
    )


def _check(
    ids: Sequence[int],
    rows: dict[int, Commitment],
    expect: dict[int, tuple[int, CommitmentRow | None]],
) -> None:
    """Refuse unknown ids (StoreError) and stale versions (StaleCommitmentError)."""
    missing = [i for i in ids if i not in rows and i not in expect]
    if missing:
        raise _no_commitments(missing)
    stale = [i for i in ids if i in expect and (i not in rows or rows[i].version != expect[i][0])]
    if stale:
        raise StaleCommitmentError([_conflict(i, *expect[i]) for i in stale])


def _lock_checked(ids: Sequence[int], expected: ExpectedMany | None) -> dict[int, Commitment]:
    rows = _lock(ids)
    _check(ids, rows, _expectations(expected))
    return rows


def _save(row: Commitment, values: dict[str, Any]) -> int:
    """Write `values` (field name -> value) over the commitment as `row` was read, if
    it is still at that version; bump the version and stamp `updated_at`. Returns the
    new version."""
    version = row.version + 1
    count = (
        Commitment.update(**values, version=version, updated_at=now())
        .where((Commitment.id == row.id) & (Commitment.version == row.version))
        .execute()
    )
    if count != 1:  # another client saved this version first
        raise StaleCommitmentError([_conflict(row.id, row.version, None)])
    for name, value in values.items():
        setattr(row, name, value)
    row.version = version
    return version


def _mark(
    row: Commitment,
    status: str,
    note: str,
    evidence: str,
    effective_date: dt.date | None,
    who: str,
    via: str = "",
) -> bool:
    """Record the new status; False (and nothing written) when it already has it."""
    old = row.status
    if old == status:
        return False
    StatusChange.create(
        commitment=row.id,
        from_status=old,
        to_status=status,
        changed_by=who,
        note=note,
        evidence=evidence,
        effective_date=effective_date or clock.today(),
        **audit.login_values(),
    )
    version = _save(row, {"status": status})
    audit.record(row.id, version, who, "status", old, status, note=note, evidence=evidence, via=via)
    return True


def mark(
    commitment_id: int,
    status: str,
    *,
    note: str = "",
    evidence: str = "",
    who: str | None = None,
    effective_date: dt.date | None = None,
    expected_version: Expected | None = None,
    via: str = "",
) -> CommitmentRow:
    """Change a commitment's status and record who, when, on which day, why and the evidence."""
    return mark_many(
        [commitment_id],
        status,
        note=note,
        evidence=evidence,
        effective_date=effective_date,
        who=who,
        expected_versions=_one(commitment_id, expected_version),
        via=via,
    )[0]


def mark_many(
    ids: Sequence[int],
    status: str,
    *,
    note: str = "",
    evidence: str = "",
    effective_date: dt.date | None = None,
    who: str | None = None,
    expected_versions: ExpectedMany | None = None,
    via: str = "",
) -> list[CommitmentRow]:
    """Mark several commitments at once (one transaction: all or none). One that
    already has `status` is left as it is (nothing written; see `mark_changes`)."""
    result = mark_changes(
        ids,
        status,
        note=note,
        evidence=evidence,
        effective_date=effective_date,
        who=who,
        expected_versions=expected_versions,
        via=via,
    )
    return result.rows


@dataclass(frozen=True)
class MarkResult:
    """What marking did: the commitments it changed, and those that already had the
    status (nothing written for them: no history, no audit entry, no new version)."""

    rows: list[CommitmentRow]  # all of them, in the order asked
    changed: list[CommitmentRow]
    already: list[CommitmentRow]


def mark_changes(
    ids: Sequence[int],
    status: str,
    *,
    note: str = "",
    evidence: str = "",
    effective_date: dt.date | None = None,
    who: str | None = None,
    expected_versions: ExpectedMany | None = None,
    via: str = "",
) -> MarkResult:
    """`mark_many`, telling which commitments changed and which already had `status`."""
    _check_status(status)
    ids = list(dict.fromkeys(ids))
    if not ids:
        return MarkResult([], [], [])
    who = who if who is not None else current_user()
    with _writing():
        rows = _lock_checked(ids, expected_versions)
        changed = {
            cid for cid in ids if _mark(rows[cid], status, note, evidence, effective_date, who, via)
        }
        if changed and (note or evidence):
            search.sync(DB.obj, sorted(changed))
    after = get_commitments(ids)
    return MarkResult(
        after,
        [r for r in after if r.id in changed],
        [r for r in after if r.id not in changed],
    )


def _no_commitments(missing: Sequence[int]) -> StoreError:
    if len(missing) == 1:
        return StoreError(reason="no_commitment", id=missing[0])
    return StoreError(reason="no_commitments", ids=", ".join(map(str, missing)))


def set_review_state(
    commitment_id: int,
    state: str,
    *,
    who: str | None = None,
    expected_version: Expected | None = None,
) -> CommitmentRow:
    """Confirm, reject or send back to review; who and when are kept on the commitment."""
    return set_review_states(
        [commitment_id], state, who=who, expected_versions=_one(commitment_id, expected_version)
    )[0]


def set_review_states(
    ids: Sequence[int],
    state: str,
    *,
    who: str | None = None,
    expected_versions: ExpectedMany | None = None,
) -> list[CommitmentRow]:
    """`set_review_state` for several commitments in one transaction (all or none)."""
    if state not in REVIEW_STATES:
        raise StoreError(
            f"unknown review state {state!r} (expected one of {', '.join(REVIEW_STATES)})"
        )
    ids = list(dict.fromkeys(ids))
    who = who if who is not None else current_user()
    with _writing():
        rows = _lock_checked(ids, expected_versions)
        for cid in ids:
            row = rows[cid]
            old = row.review_state
            if state == "to_review":
                values = {"review_state": state, "reviewed_by": None, "reviewed_at": None}
            else:
                values = {"review_state": state, "reviewed_by": who, "reviewed_at": now()}
            version = _save(row, values)
            audit.record(cid, version, who, "review", old, state)
    return get_commitments(ids)


def _due_values(row: Commitment, due: dt.date | None) -> dict[str, Any]:
    if due is None:
        return {"due_date": row.due_date_extracted, "due_overridden": False}
    return {"due_date": due, "due_overridden": True}


def set_due(
    commitment_id: int,
    due: dt.date | None,
    *,
    who: str | None = None,
    expected_version: Expected | None = None,
) -> CommitmentRow:
    """Override the due date by hand; the phrase and the extracted date are kept.

    `None` goes back to the date the extractor derived.
    """
    return update_commitment(
        commitment_id, due=due, who=who, expected_version=expected_version, always=True
    )


def update_commitment(
    commitment_id: int,
    *,
    title: str | None = None,
    due: dt.date | None | Unset = UNSET,
    ministry: str | None | Unset = UNSET,
    actor: str | None | Unset = UNSET,
    who: str | None = None,
    expected_version: Expected | None = None,
    always: bool = False,
) -> CommitmentRow:
    """Edit a commitment by hand. `due` as in `set_due` (None: back to the extracted
    date); a field left UNSET (or title None) stays as it is; "" clears ministry/actor.
    Each field that changes is recorded in the audit trail; when none changes, nothing
    is written (unless `always`: the version is bumped all the same)."""
    if title is not None and not title.strip():
        raise StoreError("a commitment needs a title")
    who = who if who is not None else current_user()
    with _writing():
        row = _lock_checked([commitment_id], _one(commitment_id, expected_version))[commitment_id]
        values: dict[str, Any] = {}
        trail: list[tuple[str, Any, Any]] = []
        if title is not None and title.strip() != row.title:
            values["title"] = title.strip()
            trail.append(("title", row.title, values["title"]))
        if not isinstance(due, Unset):
            wanted = _due_values(row, due)
            if any(getattr(row, k) != v for k, v in wanted.items()):
                values.update(wanted)
                trail.append(("due", row.due_date, wanted["due_date"]))
        for name, value in (("ministry", ministry), ("actor", actor)):
            if isinstance(value, Unset):
                continue
            cleaned = (value or "").strip() or None
            if cleaned != getattr(row, name):
                values[name] = cleaned
                trail.append((name, getattr(row, name), cleaned))
        if not values and not always:
            return get_commitment(commitment_id)
        version = _save(row, values)
        for what, old, new in trail:
            audit.record(commitment_id, version, who, what, old, new)
        if "title" in values:
            search.sync(DB.obj, [commitment_id])
    return get_commitment(commitment_id)


def merge_commitments(
    keep_id: int,
    other_id: int,
    *,
    who: str | None = None,
    expected_versions: ExpectedMany | None = None,
) -> CommitmentRow:
    """Make two commitments one: `other`'s sources and history move to `keep`, a
    history entry on `keep` says what was merged, and `other` is deleted."""
    if keep_id == other_id:
        raise StoreError(f"commitment {keep_id} cannot be merged with itself")
    who = who if who is not None else current_user()
    with _writing():
        rows = _lock_checked([keep_id, other_id], expected_versions)
        keep, other = rows[keep_id], rows[other_id]
        Source.update(commitment=keep_id).where(Source.commitment == other_id).execute()
        StatusChange.update(commitment=keep_id).where(StatusChange.commitment == other_id).execute()
        StatusChange.create(
            commitment=keep_id,
            from_status=keep.status,
            to_status=keep.status,
            changed_by=who,
            note=f"samengevoegd met #{other.id}: {other.title}",
            **audit.login_values(),
        )
        _remove(other)
        audit.record(other_id, other.version + 1, who, "merged_into", None, keep_id)
        version = _save(keep, {})
        audit.record(keep_id, version, who, "merge", None, other_id, note=other.title)
        search.sync(DB.obj, [keep_id, other_id])
    return get_commitment(keep_id)


def delete_commitment(
    commitment_id: int,
    *,
    who: str | None = None,
    expected_version: Expected | None = None,
) -> None:
    """Remove a commitment with its sources and history (undo with `restore`); the
    audit trail keeps who deleted it."""
    delete_commitments(
        [commitment_id], who=who, expected_versions=_one(commitment_id, expected_version)
    )


def delete_commitments(
    ids: Sequence[int],
    *,
    who: str | None = None,
    expected_versions: ExpectedMany | None = None,
) -> None:
    """`delete_commitment` for several commitments in one transaction (all or none)."""
    ids = list(dict.fromkeys(ids))
    who = who if who is not None else current_user()
    with _writing():
        rows = _lock_checked(ids, expected_versions)
        for cid in ids:
            row = rows[cid]
            _remove(row)
            audit.record(cid, row.version + 1, who, "delete", row.title, None)
        search.sync(DB.obj, ids)


def _remove(row: Commitment) -> None:
    """Delete a commitment (with its sources and history) if it is still at the version
    `row` was read at (inside the caller's transaction; the caller syncs the index)."""
    Source.delete().where(Source.commitment == row.id).execute()
    StatusChange.delete().where(StatusChange.commitment == row.id).execute()
    count = (
        Commitment.delete()
        .where((Commitment.id == row.id) & (Commitment.version == row.version))
        .execute()
    )
    if count != 1:
        raise StaleCommitmentError([_conflict(row.id, row.version, None)])


def _delete(ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        Source.delete().where(Source.commitment.in_(chunk)).execute()
        StatusChange.delete().where(StatusChange.commitment.in_(chunk)).execute()
        Commitment.delete().where(Commitment.id.in_(chunk)).execute()
    search.sync(DB.obj, ids)


_EMPHASIS = re.compile(r"(?<!\\)[*_]{1,3}")
_SUP = re.compile(r"<sup>\s*[^<]{0,6}\s*</sup>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def plain_quote(text: str) -> str:
    """A stretch of the stored (Markdown) text as a plain quote: no emphasis
    asterisks, no footnote markers, whitespace collapsed."""
    text = _SUP.sub("", text)
    text = text.replace("*", "")
    return _SPACES.sub(" ", text).strip()


def create_manual_commitment(
    document_id: int,
    start: int,
    end: int,
    *,
    title: str,
    due: dt.date | None = None,
    ministry: str | None = None,
    actor: str | None = None,
    who: str | None = None,
) -> CommitmentRow:
    """A commitment made by hand from a selection [start, end) of a document's text.

    The faction, question, section and answer come from re-reading the stored text
    and finding the exchange whose answer covers `start`; the due date (unless
    given) from the time phrases in the quote; ministry and actor (unless given)
    from the document's other commitments. It is confirmed at once.
    """
    from tracker.dates import choose_due, find_time_expressions
    from tracker.documents.text import parse

    if not title or not title.strip():
        raise StoreError("a commitment needs a title")
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise StoreError(reason="no_document", id=document_id)
    text = doc.source_text or ""
    if not text:
        raise StoreError(
            f"document {document_id} has no stored text (imported before the app kept it);"
            " import the file again"
        )
    if not (0 <= start < end <= len(text)):
        raise StoreError(
            f"the selection {start}-{end} is not inside the document's text (0-{len(text)})"
        )
    quote = plain_quote(text[start:end])
    if not quote:
        raise StoreError("the selection holds no text")

    parsed = parse(text, path=doc.path)
    faction, question, section, answer, in_answer = None, "", "", "", None
    for exchange in parsed.exchanges:
        if any(b.start <= start < b.end for b in exchange.answer):
            faction, question, section = exchange.faction, exchange.question, exchange.section
            answer = exchange.answer_text
            at = answer.find(quote)
            in_answer = (at, at + len(quote)) if at >= 0 else None
            break

    reference = doc.answer_date or doc.document_date or clock.today()
    phrase = choose_due(find_time_expressions(quote, reference))
    extracted = phrase.due if phrase else None
    if ministry is None or actor is None:
        usual = Counter(
            Commitment.select(Commitment.ministry, Commitment.actor)
            .join(Source)
            .where(Source.document == document_id)
            .tuples()
        ).most_common(1)
        if usual:
            ministry = usual[0][0][0] if ministry is None else ministry
            actor = usual[0][0][1] if actor is None else actor
    who = who if who is not None else current_user()
    with DB.atomic():
        row = Commitment.create(
            title=title.strip(),
            due_date=due if due is not None else extracted,
            due_date_extracted=extracted,
            due_overridden=due is not None and due != extracted,
            due_text=phrase.text if phrase else None,
            due_precision=phrase.precision if phrase else None,
            period_start=phrase.period_start if phrase else None,
            period_end=phrase.period_end if phrase else None,
            edtf=phrase.edtf if phrase else None,
            review_state="confirmed",
            reviewed_by=who,
            reviewed_at=now(),
            ministry=(ministry or "").strip() or None,
            actor=(actor or "").strip() or None,
            cue="handmatig",
            manual=True,
            fingerprint=fingerprint(
                doc.official_id, doc.dossier, doc.number, doc.content_hash, quote
            ),
        )
        Source.create(
            commitment=row,
            document=doc,
            quote=quote,
            faction=faction,
            question=question,
            section=section,
            answer=answer,
            quote_start_in_answer=in_answer[0] if in_answer else None,
            quote_end_in_answer=in_answer[1] if in_answer else None,
            start=start,
            end=end,
        )
        audit.record(row.id, row.version, who, "create", None, row.title)
        search.sync(DB.obj, [row.id])
    return get_commitment(row.id)


def transaction() -> Any:
    """One transaction around several store calls (nested calls become savepoints)."""
    return _writing()
