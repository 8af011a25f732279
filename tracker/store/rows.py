"""The rows the store hands out: for a commitment (plain data for the window, the CLI
and the exports, read by `tracker.store.reading` and described by
`tracker.store.conflicts`) and for a document (with the reference and link it is cited
by), and the overview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.documents.model import format_dossier
from tracker.store.audit import ChangeRow, who_label
from tracker.store.models import OPEN_STATUSES, Document


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
    section: str = ""


@dataclass
class HistoryRow:
    from_status: str | None
    to_status: str
    changed_at: dt.datetime
    changed_by: str
    note: str
    evidence: str
    effective_date: dt.date | None = None
    login: str | None = None  # the database login (v10); `changed_by` is the display name

    @property
    def who(self) -> str:
        """The login, with the display name beside it when they differ."""
        return who_label(self.login, self.changed_by)


@dataclass(slots=True)  # a window holds 100,000 of them: no dict per row
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
    sources: Sequence[SourceRow] = ()  # get_commitment(s) only (a list there)
    history: Sequence[HistoryRow] = ()  # get_commitment(s) only (a list there)
    manual: bool = False
    fingerprint: str | None = None
    document_ids: list[int] = field(default_factory=list)  # each document once, source order
    due_period_start: dt.date | None = None
    due_period_end: dt.date | None = None
    edtf: str | None = None
    version: int = 1
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = None
    # the audit trail (every change, who and when), oldest first; get_commitment(s) only
    changes: Sequence[ChangeRow] = ()
    # The day its (first) document's relative due dates count from, if the document
    # states it or the user gave it (`reference_date_given`); None: read from the
    # document's date, else from the day it was imported.
    reference_date: dt.date | None = None
    reference_date_given: bool = False
    # v7: "schriftelijk", or "mondeling" for the House's Toezeggingen (oral commitments),
    # with the House's number ("TZ202603-130"), its status as given ("Openstaand"), our
    # status key its change suggests (not yet accepted or dismissed) and the debate.
    kind: str = "schriftelijk"
    house_number: str | None = None
    house_status: str | None = None
    house_status_suggestion: str | None = None
    debate: str | None = None
    # the letter the House's register says fulfilled it (its KamerbriefNakoming), as text
    house_evidence: str | None = None

    def days_overdue(self, as_of: dt.date) -> int | None:
        """Days past the due date for a commitment still open (or partly kept), else None."""
        if self.status not in OPEN_STATUSES or self.due is None or self.due >= as_of:
            return None
        return (as_of - self.due).days

    def is_overdue(self, as_of: dt.date) -> bool:
        return self.days_overdue(as_of) is not None


@dataclass
class DocumentRow:
    id: int
    title: str
    reference: str
    kind: str
    document_date: dt.date | None
    answer_date: dt.date | None
    url: str | None
    commitments: int  # commitments (not rejected) with a source in this document
    # `answer_date` was given by the user, not stated by the document (see
    # `tracker.documents.reference_date`): it may be given again.
    answer_date_given: bool = False
    path: str = ""
    imported_at: dt.datetime | None = None

    @property
    def dates_itself(self) -> bool:
        """Whether the document states the day its answers were given."""
        return self.answer_date is not None and not self.answer_date_given


@dataclass
class DocumentText:
    row: DocumentRow
    text: str  # the text as read at import ("" for documents imported before schema 2)
    spans: list[tuple[int, int, int]]  # (commitment_id, start, end), sorted by start, end, id


@dataclass
class Overview:
    # (ministry or "onbekend", open, overdue, fulfilled), most open first
    per_ministry: list[tuple[str, int, int, int]]
    # (first day of the month, open commitments due in it), 12 months from as_of's month
    per_month: list[tuple[dt.date, int]]
    # (first day of the month, open commitments that fell due in it), for the months
    # before as_of's month that have any, oldest first: an overdue backlog is shown too
    overdue_per_month: list[tuple[dt.date, int]] = field(default_factory=list)


def _reference(doc: Document) -> str:
    return _reference_of(doc.kind, doc.official_id, doc.dossier, doc.number, doc.title, doc.path)


def _reference_of(
    kind: str,
    official_id: str | None,
    dossier: str | None,
    number: str | None,
    title: str | None,
    path: str | None,
) -> str:
    if kind == "kamervragen" and official_id:
        return f"Aanhangsel Handelingen {official_id}"
    if dossier and number:
        return f"Kamerstuk {format_dossier(dossier)}, nr. {number}"
    return title or path or ""


def _url(doc: Document) -> str | None:
    return _url_of(doc.official_id)


def _url_of(official_id: str | None) -> str | None:
    if official_id:
        return f"https://zoek.officielebekendmakingen.nl/{official_id}.html"
    return None
