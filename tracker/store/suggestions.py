"""Suggestions that an imported document fulfils open commitments: store and decide them.

`tracker.hints` finds them; this module keeps them. A suggestion is made once per
commitment and document (making it again changes nothing), and one that was
dismissed is never made again, not even for another version of the same document.
Accepting marks the commitment fulfilled through `queries.mark`, with the document
as evidence and its date as the day the promise was kept.

Only suggestions whose commitment is still open (and not rejected) are pending in
the lists: one marked by other means meanwhile drops out, and accepting it is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from tracker.store.conflicts import Conflict
from tracker.store.models import (
    DB,
    SUGGESTION_REASONS,
    SUGGESTION_STATES,
    Commitment,
    Document,
    Suggestion,
    document_key,
    now,
)
from tracker.store.queries import (
    StaleCommitmentError,
    StoreError,
    _reference_of,
    _url_of,
    current_user,
    mark,
    transaction,
)
from tracker.store.sql import execute

NOTE_LIMIT = 300  # characters of the matching sentence kept in the history note


@dataclass
class Hint:
    """What `tracker.hints` found: this document likely fulfils that commitment."""

    commitment_id: int
    reason: str  # one of SUGGESTION_REASONS
    score: float  # 0..1
    sentence: str = ""  # the sentence or subject of the document that matched
    matched_words: tuple[str, ...] = ()
    matched_reference: str = ""  # the reference to the commitment's document, if any
    evidence: str = ""  # how to cite the document ("" = the store's reference)
    document_date: dt.date | None = None  # the document's date (None = the store's date)
    url: str | None = None  # where it is published (None = from the store's official id)


@dataclass
class SuggestionRow:
    id: int
    state: str
    reason: str
    score: float
    sentence: str
    matched_words: list[str]
    matched_reference: str
    evidence: str  # the citation the commitment gets as evidence when accepted
    created_at: dt.datetime
    decided_by: str | None
    decided_at: dt.datetime | None
    commitment_id: int
    commitment_title: str
    commitment_status: str
    commitment_due: dt.date | None
    commitment_reference: str  # the document the commitment was made in
    document_id: int
    document_reference: str  # as the store cites the document (may be its file name)
    document_title: str
    document_date: dt.date | None
    document_url: str | None


@dataclass
class AcceptResult:
    accepted: list[int]  # suggestion ids
    refused: list[tuple[int, str]]  # (suggestion id, why)
    commitments: list[int]  # commitments marked fulfilled
    # (suggestion id, what changed) for commitments changed since the version the user saw
    stale: list[tuple[int, Conflict]] = field(default_factory=list)


def prune() -> None:
    """Forget suggestions whose commitment no longer exists (deleted, merged away). Until
    then an undone delete gets them back; no list shows them."""
    # NOT EXISTS: one look-up per suggestion (NOT IN reads every commitment id first).
    execute(
        "DELETE FROM suggestion WHERE NOT EXISTS"
        " (SELECT 1 FROM commitment c WHERE c.id = suggestion.commitment_id)"
    )


def _dismissed(commitments: Iterable[int]) -> set[tuple[int, str]]:
    """(commitment, document) pairs dismissed before for these commitments, the document
    as its key (official id, else dossier and number, else content) and as the hint
    cited it ("Kamerstuk ...")."""
    query = (
        Suggestion.select(
            Suggestion.commitment_id,
            Suggestion.evidence,
            Document.official_id,
            Document.dossier,
            Document.number,
            Document.content_hash,
        )
        .join(Document)
        .where(
            (Suggestion.state == "dismissed")
            & Suggestion.commitment_id.in_(sorted(set(commitments)))
        )
        .tuples()
    )
    out = set()
    for cid, evidence, official_id, dossier, number, content_hash in query:
        out.add((cid, document_key(official_id, dossier, number, content_hash)))
        if evidence:
            out.add((cid, evidence))
    return out


def create(document_id: int, hints: Iterable[Hint]) -> int:
    """Store `hints` for the document as pending suggestions; returns how many are new.

    Idempotent: a commitment that already has a suggestion from this document (in any
    state), or a dismissed one from another version of it (same key, or cited alike),
    gets none.
    """
    hints = list(hints)
    for hint in hints:
        if hint.reason not in SUGGESTION_REASONS:
            raise StoreError(f"unknown suggestion reason {hint.reason!r}")
    with DB.atomic():
        document = (  # what identifies it, not its text
            Document.select(
                Document.id,
                Document.official_id,
                Document.dossier,
                Document.number,
                Document.content_hash,
            )
            .where(Document.id == document_id)
            .first()
        )
        if document is None:
            raise StoreError(reason="no_document", id=document_id)
        if not hints:
            return 0
        ids = sorted({h.commitment_id for h in hints})
        have = {
            cid
            for (cid,) in Suggestion.select(Suggestion.commitment_id)
            .where((Suggestion.document == document_id) & Suggestion.commitment_id.in_(ids))
            .tuples()
        }
        dismissed = _dismissed(ids)
        key = document_key(
            document.official_id, document.dossier, document.number, document.content_hash
        )
        exists = {
            cid
            for (cid,) in Commitment.select(Commitment.id)
            .where(Commitment.id.in_([h.commitment_id for h in hints]))
            .tuples()
        }
        added = 0
        for hint in hints:
            if hint.commitment_id in have or hint.commitment_id not in exists:
                continue
            if (hint.commitment_id, key) in dismissed or (
                hint.evidence and (hint.commitment_id, hint.evidence) in dismissed
            ):
                continue  # dismissed for another version of this document
            Suggestion.create(
                commitment_id=hint.commitment_id,
                document=document_id,
                reason=hint.reason,
                sentence=hint.sentence,
                matched_words=", ".join(hint.matched_words),
                matched_reference=hint.matched_reference,
                evidence=hint.evidence,
                effective_date=hint.document_date,
                url=hint.url,
                score=round(hint.score, 3),
            )
            have.add(hint.commitment_id)
            added += 1
    return added


_LIST_SQL = """
SELECT s.id, s.state, s.reason, s.score, s.sentence, s.matched_words, s.matched_reference,
       s.evidence, s.created_at, s.decided_by, s.decided_at, s.effective_date,
       s.url,
       c.id, c.title, c.status, c.due_date,
       d.id, d.title, d.kind, d.official_id, d.dossier, d.number, d.path,
       d.document_date, d.answer_date,
       o.id, o.kind, o.official_id, o.dossier, o.number, o.title, o.path
FROM suggestion s
JOIN commitment c ON c.id = s.commitment_id
JOIN document d ON d.id = s.document_id
LEFT JOIN document o ON o.id = (SELECT src.document_id FROM source src
                                WHERE src.commitment_id = c.id ORDER BY src.id LIMIT 1)
WHERE {where}
ORDER BY s.score DESC, s.id
"""


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _reference(kind, official_id, dossier, number, title, path) -> str:
    return _reference_of(kind, official_id or None, dossier or None, number or None, title, path)


def _rows(where: str, params: Sequence) -> list[SuggestionRow]:
    out = []
    for r in execute(_LIST_SQL.format(where=where), params):
        (sid, state, reason, score, sentence, words, matched_ref, evidence) = r[:8]
        created, by, at, effective, url = r[8:13]
        cid, ctitle, cstatus, cdue = r[13:17]
        did, dtitle, dkind, doff, ddossier, dnumber, dpath, ddate, danswer = r[17:26]
        origin = r[27:33] if r[26] is not None else None  # the commitment's first document
        document_reference = _reference(dkind, doff, ddossier, dnumber, dtitle, dpath)
        out.append(
            SuggestionRow(
                id=sid,
                state=state,
                reason=reason,
                score=score,
                sentence=sentence,
                matched_words=[w for w in words.split(", ") if w],
                matched_reference=matched_ref,
                evidence=evidence or document_reference,
                created_at=_datetime(created),
                decided_by=by,
                decided_at=_datetime(at),
                commitment_id=cid,
                commitment_title=ctitle,
                commitment_status=cstatus,
                commitment_due=_date(cdue),
                commitment_reference=_reference(*origin) if origin else "",
                document_id=did,
                document_reference=document_reference,
                document_title=dtitle,
                document_date=_date(ddate) or _date(effective) or _date(danswer),
                document_url=_url_of(doff) or url,
            )
        )
    return out


def list_pending(document_id: int | None = None) -> list[SuggestionRow]:
    """Pending suggestions whose commitment is still open and not rejected, best first."""
    where = "s.state = 'pending' AND c.status = 'open' AND c.review_state != 'rejected'"
    params: list = []
    if document_id is not None:
        where += " AND s.document_id = ?"
        params.append(document_id)
    return _rows(where, params)


def list_suggestions(ids: Sequence[int]) -> list[SuggestionRow]:
    """The suggestions `ids` in any state (unknown ids are left out)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    return _rows(f"s.id IN ({','.join('?' * len(ids))})", ids)


def pending_count() -> int:
    """How many suggestions wait for a decision (as `list_pending` counts them)."""
    return (
        Suggestion.select()
        .join(Commitment, on=(Commitment.id == Suggestion.commitment_id))
        .where(
            (Suggestion.state == "pending")
            & (Commitment.status == "open")
            & (Commitment.review_state != "rejected")
        )
        .count()
    )


def _get(suggestion_id: int) -> Suggestion:
    row = Suggestion.get_or_none(Suggestion.id == suggestion_id)
    if row is None:
        raise StoreError(reason="no_suggestion", id=suggestion_id)
    return row


def _note(row: Suggestion) -> str:
    sentence = " ".join(row.sentence.split())
    if len(sentence) > NOTE_LIMIT:
        sentence = sentence[: NOTE_LIMIT - 1] + "\u2026"
    # History notes are Dutch, like the ones staff write.
    note = "voldaan volgens suggestie bij import"
    return f"{note}: \u201c{sentence}\u201d" if sentence else note


def _evidence(row: Suggestion) -> tuple[str, dt.date | None]:
    """The citation and URL of the suggestion's document, and its date."""
    doc = row.document
    citation = row.evidence or _reference_of(
        doc.kind, doc.official_id, doc.dossier, doc.number, doc.title, doc.path
    )
    url = _url_of(doc.official_id) or row.url
    if url and url not in citation:
        citation = f"{citation} ({url})"
    return citation, doc.document_date or row.effective_date or doc.answer_date


def accept(
    ids: Sequence[int],
    *,
    who: str | None = None,
    expected_versions: Mapping[int, int] | None = None,
) -> AcceptResult:
    """Accept suggestions: mark each one's commitment fulfilled, with the document as
    evidence and the document's date as the day it was kept, and record who decided.

    One transaction: the suggestions accepted are stored together, or (on an error or a
    crash) none of them. One whose commitment is no longer open (marked
    meanwhile, or by an earlier suggestion in `ids`) or was rejected is refused, with
    the reason, and left as it is; an unknown id raises StoreError before any change.
    With `expected_versions` (commitment id -> the version the user saw), one whose
    commitment changed since is left as it is and listed in `stale` with what changed.
    """
    with transaction():
        return _accept(ids, who, expected_versions)


def _accept(
    ids: Sequence[int], who: str | None, expected_versions: Mapping[int, int] | None
) -> AcceptResult:
    ids = list(dict.fromkeys(ids))
    who = who if who is not None else current_user()
    for sid in ids:
        _get(sid)
    result = AcceptResult([], [], [])
    for sid in ids:
        with DB.atomic():
            row = Suggestion.get_by_id(sid)
            commitment = Commitment.get_or_none(Commitment.id == row.commitment_id)
            if row.state != "pending":
                result.refused.append((sid, f"suggestion {sid} was already {row.state}"))
                continue
            if commitment is None:
                result.refused.append((sid, f"commitment {row.commitment_id} no longer exists"))
                continue
            if commitment.review_state == "rejected":
                result.refused.append((sid, f"commitment {commitment.id} was rejected"))
                continue
            if commitment.status != "open":
                result.refused.append(
                    (sid, f"commitment {commitment.id} is no longer open (now {commitment.status})")
                )
                continue
            evidence, effective = _evidence(row)
            try:
                mark(
                    commitment.id,
                    "fulfilled",
                    note=_note(row),
                    evidence=evidence,
                    who=who,
                    effective_date=effective,
                    expected_version=(expected_versions or {}).get(commitment.id),
                    via="suggestion",
                )
            except StaleCommitmentError as exc:
                result.stale.extend((sid, conflict) for conflict in exc.conflicts)
                continue
            Suggestion.update(state="accepted", decided_by=who, decided_at=now()).where(
                Suggestion.id == sid
            ).execute()
            result.accepted.append(sid)
            result.commitments.append(commitment.id)
    return result


def dismiss(ids: Sequence[int], *, who: str | None = None) -> int:
    """Dismiss pending suggestions (one transaction); returns how many. A dismissed
    suggestion is never made again for the same commitment and document."""
    ids = list(dict.fromkeys(ids))
    who = who if who is not None else current_user()
    with DB.atomic():
        rows = [_get(i) for i in ids]
        pending = [r.id for r in rows if r.state == "pending"]
        if pending:
            Suggestion.update(state="dismissed", decided_by=who, decided_at=now()).where(
                Suggestion.id.in_(pending)
            ).execute()
    return len(pending)


@dataclass
class DecisionState:
    """The decision fields of suggestions, for undo."""

    states: dict[int, tuple[str, str | None, dt.datetime | None]]


def decision_state(ids: Iterable[int]) -> DecisionState:
    ids = list(dict.fromkeys(ids))
    query = Suggestion.select(
        Suggestion.id, Suggestion.state, Suggestion.decided_by, Suggestion.decided_at
    ).where(Suggestion.id.in_(ids))
    return DecisionState({sid: (state, by, at) for sid, state, by, at in query.tuples()})


def restore_decisions(saved: DecisionState) -> None:
    """Put the decision fields back as `decision_state` read them (undo, redo)."""
    with DB.atomic():
        for sid, (state, by, at) in saved.states.items():
            if state not in SUGGESTION_STATES:
                raise StoreError(f"unknown suggestion state {state!r}")
            Suggestion.update(state=state, decided_by=by, decided_at=at).where(
                Suggestion.id == sid
            ).execute()


def commitments_of(ids: Iterable[int]) -> list[int]:
    """The commitment of each suggestion in `ids`, in order, each once."""
    ids = list(dict.fromkeys(ids))
    found = dict(
        Suggestion.select(Suggestion.id, Suggestion.commitment_id)
        .where(Suggestion.id.in_(ids))
        .tuples()
    )
    return list(dict.fromkeys(found[i] for i in ids if i in found))
