"""What the CLI and the window ask of the store, as plain dataclasses."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass, field

import peewee as pw

from tracker.documents.model import Document as ParsedDocument
from tracker.documents.model import format_dossier
from tracker.extract.model import Commitment as Extracted
from tracker.store.models import (
    DB,
    REVIEW_STATES,
    STATUSES,
    Commitment,
    Document,
    Source,
    StatusChange,
    now,
)


class StoreError(Exception):
    """A request the store refuses; the message says why."""


@dataclass
class SourceRow:
    quote: str
    faction: str | None
    question: str
    answer: str
    quote_in_answer: tuple[int, int] | None
    start: int
    end: int
    document_id: int
    reference: str  # "Kamerstuk 32 637, nr. 448"
    document_title: str
    document_date: dt.date | None
    answer_date: dt.date | None
    url: str | None


@dataclass
class HistoryRow:
    from_status: str | None
    to_status: str
    changed_at: dt.datetime
    changed_by: str
    note: str
    evidence: str


@dataclass
class CommitmentRow:
    id: int
    title: str
    due: dt.date | None
    due_text: str | None
    due_precision: str | None
    due_overridden: bool
    due_extracted: dt.date | None
    status: str
    review_state: str
    ministry: str | None
    actor: str | None
    cue: str
    factions: list[str]
    reference: str
    quote: str
    latest_note: str = ""
    latest_evidence: str = ""
    url: str | None = None
    document_date: dt.date | None = None
    sources: list[SourceRow] = field(default_factory=list)
    history: list[HistoryRow] = field(default_factory=list)

    def days_overdue(self, as_of: dt.date) -> int | None:
        """Days past the due date for an open commitment, else None."""
        if self.status != "open" or self.due is None or self.due >= as_of:
            return None
        return (as_of - self.due).days

    def is_overdue(self, as_of: dt.date) -> bool:
        return self.days_overdue(as_of) is not None


@dataclass
class ImportResult:
    path: str
    document_id: int | None
    commitments: int
    skipped: bool  # already imported (same content)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this platform
        return ""


def _reference(doc: Document) -> str:
    if doc.kind == "kamervragen" and doc.official_id:
        return f"Aanhangsel Handelingen {doc.official_id}"
    if doc.dossier and doc.number:
        return f"Kamerstuk {format_dossier(doc.dossier)}, nr. {doc.number}"
    return doc.title or doc.path


def _url(doc: Document) -> str | None:
    if doc.official_id:
        return f"https://zoek.officielebekendmakingen.nl/{doc.official_id}.html"
    return None


def import_document(parsed: ParsedDocument, extracted: list[Extracted]) -> ImportResult:
    """Store a document and its commitments in one transaction.

    A document whose content was imported before is skipped, so running an
    import twice never doubles the register.
    """
    existing = Document.get_or_none(Document.content_hash == parsed.content_hash)
    if existing is not None:
        return ImportResult(parsed.path, existing.id, 0, skipped=True)
    with DB.atomic():
        doc = Document.create(
            path=parsed.path,
            title=parsed.title,
            kind=parsed.kind,
            dossier=parsed.dossier,
            number=parsed.number,
            official_id=parsed.official_id,
            document_date=parsed.date,
            answer_date=parsed.reference_date,
            addressee=parsed.addressee,
            content_hash=parsed.content_hash,
        )
        for item in extracted:
            row = Commitment.create(
                title=item.title,
                due_date=item.due,
                due_date_extracted=item.due,
                due_text=item.due_text,
                due_precision=item.due_precision,
                period_start=item.period_start,
                period_end=item.period_end,
                edtf=item.edtf,
                ministry=item.ministry,
                actor=item.actor,
                cue=item.cue,
            )
            for src in item.sources:
                span = src.quote_in_answer
                Source.create(
                    commitment=row,
                    document=doc,
                    quote=src.quote,
                    faction=src.faction,
                    question=src.question,
                    section=src.section,
                    answer=src.answer,
                    quote_start_in_answer=span[0] if span else None,
                    quote_end_in_answer=span[1] if span else None,
                    start=src.start,
                    end=src.end,
                )
    return ImportResult(parsed.path, doc.id, len(extracted), skipped=False)


def list_commitments(
    *,
    overdue: bool = False,
    as_of: dt.date | None = None,
    status: str | None = None,
    ministry: str | None = None,
    due_before: dt.date | None = None,
) -> list[CommitmentRow]:
    """Commitments matching every given filter, ordered by due date (undated last)."""
    as_of = as_of or dt.date.today()
    query = Commitment.select()
    if overdue:
        query = query.where(
            (Commitment.status == "open")
            & Commitment.due_date.is_null(False)
            & (Commitment.due_date < as_of)
        )
    if status:
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")
        query = query.where(Commitment.status == status)
    if ministry:
        query = query.where(pw.fn.LOWER(Commitment.ministry) == ministry.lower())
    if due_before:
        query = query.where(Commitment.due_date < due_before)
    query = query.order_by(Commitment.due_date.is_null(), Commitment.due_date, Commitment.id)
    rows = list(query)
    return _rows(rows, with_details=False)


def get_commitment(commitment_id: int) -> CommitmentRow:
    """One commitment with all its sources and its full status history."""
    row = Commitment.get_or_none(Commitment.id == commitment_id)
    if row is None:
        raise StoreError(f"there is no commitment {commitment_id}")
    return _rows([row], with_details=True)[0]


def _rows(rows: list[Commitment], *, with_details: bool) -> list[CommitmentRow]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    sources: dict[int, list[SourceRow]] = {i: [] for i in ids}
    query = (
        Source.select(Source, Document)
        .join(Document)
        .where(Source.commitment.in_(ids))
        .order_by(Source.id)
    )
    for src in query:
        doc = src.document
        sources[src.commitment_id].append(
            SourceRow(
                quote=src.quote,
                faction=src.faction,
                question=src.question,
                answer=src.answer,
                quote_in_answer=(
                    (src.quote_start_in_answer, src.quote_end_in_answer)
                    if src.quote_start_in_answer is not None
                    else None
                ),
                start=src.start,
                end=src.end,
                document_id=doc.id,
                reference=_reference(doc),
                document_title=doc.title,
                document_date=doc.document_date,
                answer_date=doc.answer_date,
                url=_url(doc),
            )
        )
    history: dict[int, list[HistoryRow]] = {i: [] for i in ids}
    for change in (
        StatusChange.select().where(StatusChange.commitment.in_(ids)).order_by(StatusChange.id)
    ):
        history[change.commitment_id].append(
            HistoryRow(
                change.from_status,
                change.to_status,
                change.changed_at,
                change.changed_by,
                change.note,
                change.evidence,
            )
        )
    out = []
    for r in rows:
        srcs = sources[r.id]
        hist = history[r.id]
        first = srcs[0] if srcs else None
        factions = list(dict.fromkeys(s.faction for s in srcs if s.faction))
        item = CommitmentRow(
            id=r.id,
            title=r.title,
            due=r.due_date,
            due_text=r.due_text,
            due_precision=r.due_precision,
            due_overridden=r.due_overridden,
            due_extracted=r.due_date_extracted,
            status=r.status,
            review_state=r.review_state,
            ministry=r.ministry,
            actor=r.actor,
            cue=r.cue,
            factions=factions,
            reference=first.reference if first else "",
            quote=first.quote if first else "",
            latest_note=next((h.note for h in reversed(hist) if h.note), ""),
            latest_evidence=next((h.evidence for h in reversed(hist) if h.evidence), ""),
            url=first.url if first else None,
            document_date=first.document_date if first else None,
        )
        if with_details:
            item.sources = srcs
            item.history = hist
        out.append(item)
    return out


def mark(
    commitment_id: int,
    status: str,
    *,
    note: str = "",
    evidence: str = "",
    who: str | None = None,
) -> CommitmentRow:
    """Change a commitment's status and record who, when, why and the evidence."""
    if status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")
    with DB.atomic():
        row = Commitment.get_or_none(Commitment.id == commitment_id)
        if row is None:
            raise StoreError(f"there is no commitment {commitment_id}")
        StatusChange.create(
            commitment=row,
            from_status=row.status,
            to_status=status,
            changed_by=who if who is not None else current_user(),
            note=note,
            evidence=evidence,
        )
        row.status = status
        row.version += 1
        row.updated_at = now()
        row.save()
    return get_commitment(commitment_id)


def set_review_state(commitment_id: int, state: str) -> None:
    if state not in REVIEW_STATES:
        raise StoreError(
            f"unknown review state {state!r} (expected one of {', '.join(REVIEW_STATES)})"
        )
    with DB.atomic():
        updated = (
            Commitment.update(review_state=state, version=Commitment.version + 1, updated_at=now())
            .where(Commitment.id == commitment_id)
            .execute()
        )
    if not updated:
        raise StoreError(f"there is no commitment {commitment_id}")


def set_due(commitment_id: int, due: dt.date | None) -> CommitmentRow:
    """Override the due date by hand; the phrase and the extracted date are kept.

    `None` goes back to the date the extractor derived.
    """
    with DB.atomic():
        row = Commitment.get_or_none(Commitment.id == commitment_id)
        if row is None:
            raise StoreError(f"there is no commitment {commitment_id}")
        if due is None:
            row.due_date = row.due_date_extracted
            row.due_overridden = False
        else:
            row.due_date = due
            row.due_overridden = True
        row.version += 1
        row.updated_at = now()
        row.save()
    return get_commitment(commitment_id)


def counts() -> dict[str, int]:
    return {
        "documents": Document.select().count(),
        "commitments": Commitment.select().count(),
    }
