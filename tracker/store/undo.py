"""Undo and redo: `snapshot` takes whole commitments (fields, sources, history) as plain
data, `restore` puts exactly that state back in one transaction, refusing (with
`StaleCommitmentError`) when someone else changed them meanwhile.

A commitment that exists is updated in place and only the sources and history rows
that differ are deleted and written again, so that a medewerker, who may not delete a
commitment (tracker/store/roles.py), can undo their own mark or edit; putting back a
deleted commitment, or taking away one made by hand, deletes or inserts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from tracker.store import audit, search
from tracker.store.audit import current_user
from tracker.store.editing import _conflict, _delete, _lock, _writing
from tracker.store.errors import StaleCommitmentError, StoreError
from tracker.store.models import DB, Commitment, Document, Source, StatusChange, now
from tracker.store.sql import _chunks, reset_sequences
from tracker.store.write_errors import FORBIDDEN, DatabaseWriteError, database_name


@dataclass
class Snapshot:
    """Whole commitments as plain data (fields, sources, history), for undo."""

    commitments: list[dict]
    absent: list[int]  # ids asked for that did not exist: restore removes them


def snapshot(ids: Iterable[int], *, lock: bool = False) -> Snapshot:
    """The whole state of the commitments `ids` (fields, sources, history) as plain
    data; ids that do not exist are listed in `absent`.

    With `lock` (inside the caller's transaction, before a change) the commitments are
    locked as they are read, so that nobody else changes them between this snapshot and the
    change: an undo would otherwise put back a state from before a colleague's save."""
    ids = list(dict.fromkeys(ids))
    found: dict[int, dict] = {}
    sources: dict[int, list[dict]] = {}
    history: dict[int, list[dict]] = {}
    for chunk in _chunks(ids):
        query = Commitment.select().where(Commitment.id.in_(chunk))
        if lock and DB.obj.for_update:  # SQLite: the IMMEDIATE transaction holds the file
            query = query.for_update()
        for data in query.dicts():
            found[data["id"]] = data
        for data in Source.select().where(Source.commitment.in_(chunk)).order_by(Source.id).dicts():
            sources.setdefault(data["commitment"], []).append(data)
        for data in (
            StatusChange.select()
            .where(StatusChange.commitment.in_(chunk))
            .order_by(StatusChange.id)
            .dicts()
        ):
            history.setdefault(data["commitment"], []).append(data)
    commitments = [
        {**found[i], "sources": sources.get(i, []), "history": history.get(i, [])}
        for i in ids
        if i in found
    ]
    return Snapshot(commitments=commitments, absent=[i for i in ids if i not in found])


def versions_of(snap: Snapshot) -> dict[int, int | None]:
    """The version of each commitment of `snap` (None for the absent ones): what
    `restore` expects to find when the state `snap` was taken of is to be left."""
    out: dict[int, int | None] = {c["id"]: c["version"] for c in snap.commitments}
    out.update({i: None for i in snap.absent})
    return out


def current_versions(ids: Iterable[int]) -> dict[int, int]:
    """The stored version of each of `ids` that exists (what a change can be based on)."""
    out: dict[int, int] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        query = Commitment.select(Commitment.id, Commitment.version).where(Commitment.id.in_(chunk))
        out.update(dict(query.tuples()))
    return out


# The fields the audit trail compares when a snapshot is put back.
_TRAILED = {
    "status": "status",
    "review_state": "review",
    "title": "title",
    "due_date": "due",
    "ministry": "ministry",
    "actor": "actor",
}


def restore(
    snap: Snapshot,
    *,
    expected: Mapping[int, int | None] | None = None,
    who: str | None = None,
    via: str = "undo",
) -> dict[int, int | None]:
    """Put back exactly the state of `snap`, in one transaction: its commitments with
    the same ids, sources and history; the `absent` ones removed.

    `expected` (commitment id -> the version it has now, None: it does not exist) is
    what the caller last saw; when any commitment differs, StaleCommitmentError is
    raised and nothing changes, so an undo never silently overwrites someone else's
    later change. Commitments put back get a version above any they had (a client
    holding an older copy cannot save over them). The audit trail records each field
    put back, as `via` ("undo", "redo"). Returns id -> its version now (None: absent).
    """
    ids = [c["id"] for c in snap.commitments]
    every = list(dict.fromkeys(ids + list(snap.absent)))
    fields = set(Commitment._meta.fields)
    who = who if who is not None else current_user()
    with _writing():
        current = _lock(every)
        if expected:
            stale = [
                i
                for i, version in expected.items()
                if i in every and (current[i].version if i in current else None) != version
            ]
            if stale:
                raise StaleCommitmentError([_conflict(i, expected[i] or 0, None) for i in stale])
        documents = {s["document"] for c in snap.commitments for s in c["sources"]}
        if documents:
            have = {
                d
                for (d,) in Document.select(Document.id).where(Document.id.in_(documents)).tuples()
            }
            if documents - have:
                raise StoreError(
                    "cannot restore: the document(s) "
                    f"{', '.join(map(str, sorted(documents - have)))} no longer exist"
                )
        known = audit.last_version(every)
        versions: dict[int, int | None] = {}
        for data in snap.commitments:
            cid = data["id"]
            now_row = current.get(cid)
            version = 1 + max(data["version"], now_row.version if now_row else 0, known.get(cid, 0))
            versions[cid] = version
            if now_row is None:
                audit.record(cid, version, who, "restore", None, data["title"], via=via)
                continue
            for name, what in _TRAILED.items():
                old, new = getattr(now_row, name), data[name]
                if old != new:
                    audit.record(cid, version, who, what, old, new, via=via)
        for cid in snap.absent:
            versions[cid] = None
            if cid in current:
                row = current[cid]
                audit.record(cid, row.version + 1, who, "delete", row.title, None, via=via)
        # Only what differs is deleted and written again: an undo of a mark deletes the
        # history row the mark added and updates the commitment in place, which a
        # medewerker may do; deleting a commitment is a beheerder's (tracker.store.roles).
        sources = _rows_to_put_back(
            Source, [s for c in snap.commitments for s in c["sources"]], every
        )
        history = _rows_to_put_back(
            StatusChange, [h for c in snap.commitments for h in c["history"]], every
        )
        _delete_rows(Source, sources[0])
        _delete_rows(StatusChange, history[0])
        gone = [i for i in snap.absent if i in current]
        if gone:
            _delete(gone)
        for data in snap.commitments:
            values = {k: v for k, v in data.items() if k in fields}
            values["version"] = versions[data["id"]]
            values["updated_at"] = now()
            if data["id"] in current:
                del values["id"]
                Commitment.update(values).where(Commitment.id == data["id"]).execute()
            else:
                Commitment.insert(values).execute()
        for chunk in _chunks(sources[1]):
            Source.insert_many(chunk).execute()
        for chunk in _chunks(history[1]):
            StatusChange.insert_many(chunk).execute()
        # Rows went back with their own ids: keep PostgreSQL's sequences past them.
        reset_sequences([Commitment, Source, StatusChange])
        search.sync(DB.obj, ids + list(snap.absent))
    return versions


def _rows_to_put_back(
    model: type[Source] | type[StatusChange], wanted: list[dict], ids: Sequence[int]
) -> tuple[list[int], list[dict]]:
    """The rows of `model` (sources or status history) to delete, and those to insert,
    so that the commitments `ids` hold exactly `wanted`; a row already as it was is left
    alone."""
    by_id = {row["id"]: row for row in wanted}
    now_rows: dict[int, dict] = {}
    for chunk in _chunks(list(by_id)):
        now_rows.update({r["id"]: r for r in model.select().where(model.id.in_(chunk)).dicts()})
    for chunk in _chunks(list(ids)):
        query = model.select().where(model.commitment.in_(chunk)).dicts()
        now_rows.update({r["id"]: r for r in query})
    same = {i for i, row in now_rows.items() if by_id.get(i) == row}
    return (
        [i for i in now_rows if i not in same],
        [row for i, row in by_id.items() if i not in same],
    )


def _delete_rows(model: type[Source] | type[StatusChange], ids: Sequence[int]) -> None:
    """Delete these rows, all of them: a row the database's row-level rules hide from
    this login's DELETE (another's history, see tracker.store.roles) refuses the change."""
    for chunk in _chunks(list(ids)):
        if model.delete().where(model.id.in_(chunk)).execute() != len(chunk):
            raise DatabaseWriteError(FORBIDDEN, database_name())
