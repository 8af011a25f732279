"""The rows the store hands out for a commitment: plain data for the window, the CLI
and the exports, read by `tracker.store.queries` and described by
`tracker.store.conflicts`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.store.audit import ChangeRow


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

    def days_overdue(self, as_of: dt.date) -> int | None:
        """Days past the due date for an open commitment, else None."""
        if self.status != "open" or self.due is None or self.due >= as_of:
            return None
        return (as_of - self.due).days

    def is_overdue(self, as_of: dt.date) -> bool:
        return self.days_overdue(as_of) is not None
