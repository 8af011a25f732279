"""Oral commitments: the House's register of Toezeggingen, kept as commitments of kind
"mondeling" beside the written ones (`tracker.opendata.toezeggingen` fetches them).

Each stands on a document of its own (kind "toezegging", its text the Toezegging's
Tekst, `house_id` the Toezegging's Id), so that it has a quote and a source like every
other commitment, can be shown, searched and matched by the fulfilment hints.

Our status is the staff's. The House's status is kept as given (`house_status`); when
a change of it maps to a status other than ours, that status is offered
(`house_status_suggestion`) until accepted (`accept_house_status`: a normal mark, with
the audit trail) or dismissed (`dismiss_house_status`) — never applied silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import peewee as pw

from tracker.store import audit, search
from tracker.store.audit import current_user
from tracker.store.editing import _lock, _save, mark, transaction
from tracker.store.errors import StoreError
from tracker.store.models import DB, Commitment, Document, Source, fingerprint
from tracker.store.reading import get_commitment
from tracker.store.rows import CommitmentRow

KIND = "mondeling"
DOCUMENT_KIND = "toezegging"
TITLE_LIMIT = 120


@dataclass
class OralCommitment:
    """A Toezegging as the store keeps it."""

    house_id: str
    number: str | None
    text: str
    status: str | None  # the House's, as given
    due: dt.date | None
    ministry: str | None
    actor: str | None
    debate: str | None
    evidence: str | None = None  # KamerbriefNakoming
    made_on: dt.date | None = None


def status_of_house(house_status: str | None) -> str | None:
    """Our status key for the House's status text (an open-ended set), or None."""
    text = " ".join((house_status or "").lower().split())
    if not text:
        return None
    if text.startswith("deels"):
        return "partial"
    if text in ("openstaand", "open"):
        return "open"
    if text in ("voldaan", "afgedaan", "nagekomen"):
        return "fulfilled"
    if text in ("vervallen", "ingetrokken", "niet nagekomen"):
        return "lapsed"
    return None


def title_of(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= TITLE_LIMIT:
        return words
    return words[: TITLE_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def _suggestion(ours: str, house_status: str | None) -> str | None:
    suggested = status_of_house(house_status)
    return suggested if suggested and suggested != ours else None


def store_oral(item: OralCommitment, who: str | None = None) -> str:
    """Add or bring up to date the commitment of a Toezegging, in one transaction:
    "added", "updated", "status" (the House's status changed) or "unchanged"."""
    with transaction():
        existing = Commitment.get_or_none(Commitment.house_id == item.house_id)
        if existing is None:
            try:
                with DB.atomic():
                    _add(item, who or current_user())
                return "added"
            except pw.IntegrityError:  # another client added it just now
                existing = Commitment.get(Commitment.house_id == item.house_id)
        return _update(existing, item)


def _add(item: OralCommitment, who: str) -> int:
    text = " ".join(item.text.split()) or (item.number or item.house_id)
    content_hash = "toezegging:" + hashlib.sha256(item.house_id.encode()).hexdigest()
    doc = Document.create(
        path=f"Toezegging({item.house_id})",
        title=f"Toezegging {item.number}" if item.number else "Toezegging",
        kind=DOCUMENT_KIND,
        document_date=item.made_on,
        content_hash=content_hash,
        source_text=text,
        house_id=item.house_id,
    )
    commitment = Commitment.create(
        title=title_of(text),
        due_date=item.due,
        due_date_extracted=item.due,
        ministry=item.ministry,
        actor=item.actor,
        cue="Toezegging (Tweede Kamer)",
        fingerprint=fingerprint(None, None, None, content_hash, text),
        kind=KIND,
        house_id=item.house_id,
        house_number=item.number,
        house_status=item.status,
        house_status_suggestion=_suggestion("open", item.status),
        debate=item.debate,
        house_evidence=item.evidence,
    )
    Source.create(
        commitment=commitment.id,
        document=doc.id,
        quote=text,
        answer=text,
        quote_start_in_answer=0,
        quote_end_in_answer=len(text),
        start=0,
        end=len(text),
    )
    audit.record(commitment.id, 1, who, "create", via="import")
    search.sync(DB.obj, [commitment.id])
    return commitment.id


def _update(row: Commitment, item: OralCommitment) -> str:
    """The House's fields as they are now; our status, title and review are left alone."""
    row = _lock([row.id])[row.id]
    values: dict = {}
    status_changed = (item.status or None) != (row.house_status or None)
    if status_changed:
        values["house_status"] = item.status
        values["house_status_suggestion"] = _suggestion(row.status, item.status)
    for name, value in (
        ("house_number", item.number),
        ("debate", item.debate),
        ("house_evidence", item.evidence),
    ):
        if value != getattr(row, name):
            values[name] = value
    if item.due != row.due_date_extracted:
        values["due_date_extracted"] = item.due
        if not row.due_overridden:
            values["due_date"] = item.due
    if not values:
        return "unchanged"
    _save(row, values)
    return "status" if status_changed else "updated"


def accept_house_status(commitment_id: int, who: str) -> CommitmentRow:
    """Apply the status the House's change suggests, as a normal mark (history, audit)."""
    with transaction():
        row = _pending(commitment_id)
        suggested = row.house_status_suggestion
        mark(
            commitment_id,
            suggested,
            note=f"Status bij de Tweede Kamer: {row.house_status}",
            evidence=row.house_evidence or "",
            who=who,
            via="suggestion",
        )
        Commitment.update(house_status_suggestion=None).where(
            Commitment.id == commitment_id
        ).execute()
    return get_commitment(commitment_id)


def dismiss_house_status(commitment_id: int, who: str) -> CommitmentRow:
    """Keep our status; the House's changed status is no longer offered."""
    with transaction():
        row = _pending(commitment_id)
        version = _save(row, {"house_status_suggestion": None})
        audit.record(
            commitment_id,
            version,
            who,
            "note",
            note=f"Status bij de Tweede Kamer ({row.house_status}) niet overgenomen",
            via="suggestion",
        )
    return get_commitment(commitment_id)


def _pending(commitment_id: int) -> Commitment:
    rows = _lock([commitment_id])
    if commitment_id not in rows:
        raise StoreError(reason="no_commitment", id=commitment_id)
    row = rows[commitment_id]
    if not row.house_status_suggestion:
        raise StoreError(f"commitment {commitment_id} has no status of the House to accept")
    return row


__all__ = [
    "KIND",
    "OralCommitment",
    "accept_house_status",
    "dismiss_house_status",
    "status_of_house",
    "store_oral",
]
