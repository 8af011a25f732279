"""Reading the register as plain rows: the list of commitments (`fetch_rows`,
`list_commitments`, `get_commitment(s)`), the documents, a document's text and the
overview.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from tracker import clock
from tracker.store import audit
from tracker.store.errors import StoreError
from tracker.store.models import (
    DB,
    OPEN_SQL,
    STATUSES,
    Commitment,
    Document,
    Source,
    StatusChange,
)
from tracker.store.rows import (
    CommitmentRow,
    DocumentRow,
    DocumentText,
    HistoryRow,
    Overview,
    SourceRow,
    _reference,
    _reference_of,
    _url,
    _url_of,
)
from tracker.store.sql import _chunks, execute, is_postgres

UNKNOWN_MINISTRY = "onbekend"  # the overview's name for commitments without a ministry


_ROW_SQL = """
SELECT c.id, c.title, c.due_date, c.due_text, c.due_precision, c.due_overridden,
       c.due_date_extracted, c.status, c.review_state, c.ministry, c.actor, c.cue,
       c.manual, c.fingerprint, c.period_start, c.period_end, c.edtf, c.version,
       c.reviewed_by, c.reviewed_at, c.kind, c.house_number, c.house_status,
       c.house_status_suggestion, c.debate, c.house_evidence
FROM commitment c
WHERE {where}
"""
# Up to this many rows, sources and notes are read by id; above, all are read at once
# (one sequential scan beats thousands of index lookups).
_SCOPED_ROWS = 2000


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many rows: they hold no
    cycles, and its passes over a growing heap would cost more than the building."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Days(dict):
    """ISO date (or datetime) text as raw SQL returns it -> date, parsed once per value."""

    def __init__(self, parse: Any) -> None:
        super().__init__({None: None})
        self.parse = parse

    def __missing__(self, value: Any) -> Any:
        parsed = self.parse(value)
        self[value] = parsed
        return parsed


def _to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _to_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def fetch_rows(where: str = "1 = 1", params: Sequence[Any] = ()) -> list[CommitmentRow]:
    """Rows (without sources and history) of the commitments `c` matching the SQL
    condition `where`, ordered by due date (undated last) and id.

    A fixed number of queries, whatever the number of rows: the commitments, the
    documents, the sources (first quote, factions, documents), the latest notes.
    """
    with _gc_paused():
        return _fetch_rows(where, list(params))


def iter_row_pages(
    where: str = "1 = 1", params: Sequence[Any] = (), page_size: int = 20_000
) -> Iterator[tuple[list[CommitmentRow], int]]:
    """The rows of `fetch_rows(where, params)`, in the same order, a page of at most
    `page_size` at a time, each with the number of rows in all: a window can show the
    first page of a large register while the rest is read. Each page reads the sources
    and notes of its own commitments only (by id); one page of many rows reads them
    all at once (one scan), as `fetch_rows` does."""
    db = DB.obj
    records = _ordered_records(where, list(params), db)
    total = len(records)
    documents: dict[int, tuple] = {}  # the documents' values, made once for all pages
    document_records: list[tuple] | None = None
    for start in range(0, total, page_size):
        with _gc_paused():
            if document_records is None:
                document_records = _document_records(db)
            scan = page_size >= total > _SCOPED_ROWS
            page = _build_rows(
                records[start : start + page_size], db, document_records, scan, documents
            )
        yield page, total


def _ordered_records(where: str, params: list[Any], db: Any) -> list[tuple]:
    records = execute(_ROW_SQL.format(where=where), params, db).fetchall()
    if not records:
        return []
    # Ordered here, not in SQL: a stable sort of rows read in id order is (due, id),
    # and faster than SQLite's sort on an expression. (SQLite reads in id order;
    # PostgreSQL in no order unless asked.)
    if is_postgres(db):
        records.sort(key=itemgetter(0))
    dated = [r for r in records if r[2] is not None]
    dated.sort(key=itemgetter(2))
    return dated + [r for r in records if r[2] is None]


_DOCUMENT_SQL = (
    "SELECT id, kind, official_id, dossier, number, title, path, document_date,"
    " answer_date, answer_date_given FROM document"
)


def _document_records(db: Any, ids: Iterable[int] | None = None) -> list[tuple]:
    """The values rows take from documents: of every document, or of those of `ids`."""
    if ids is None:
        return execute(_DOCUMENT_SQL, (), db).fetchall()
    out: list[tuple] = []
    for chunk in _chunks(sorted(ids)):
        where = f" WHERE id IN ({','.join('?' * len(chunk))})"
        out.extend(execute(_DOCUMENT_SQL + where, chunk, db))
    return out


def _fetch_rows(where: str, params: list[Any]) -> list[CommitmentRow]:
    db = DB.obj
    records = _ordered_records(where, params, db)
    if not records:
        return []
    scan = len(records) > _SCOPED_ROWS
    # A few rows (one commitment after a change) read their own documents, not all.
    return _build_rows(records, db, _document_records(db) if scan else None, scan)


def _build_rows(
    records: list[tuple],
    db: Any,
    document_records: list[tuple] | None,
    scan: bool,
    documents: dict[int, tuple] | None = None,
) -> list[CommitmentRow]:
    """CommitmentRows of the ordered commitment `records`; `scan`: read every source
    and note (quicker than by id when most of the register is asked for);
    `document_records`: every document's values (None: read those needed by id);
    `documents`: the documents' values made for earlier pages (added to)."""
    ids = [r[0] for r in records]

    def scoped(sql: str, extra: str = "") -> Iterable[tuple]:
        """Rows of `sql` (over a table with commitment_id, ending in its id) for the
        matched commitments (and, when many match, for all: the others are ignored)."""
        if scan:
            return execute(f"{sql}{' WHERE ' + extra if extra else ''} ORDER BY id", (), db)
        out: list[tuple] = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            condition = f" WHERE commitment_id IN ({marks})" + (f" AND {extra}" if extra else "")
            out.extend(execute(f"{sql}{condition}", chunk, db))
        out.sort(key=itemgetter(-1))
        return out

    # commitment id -> [first quote, its document, factions, documents]
    sources: dict[int, list[Any]] = {}
    for cid, doc_id, faction, quote, _id in scoped(
        "SELECT commitment_id, document_id, faction, quote, id FROM source"
    ):
        entry = sources.get(cid)
        if entry is None:
            sources[cid] = [quote, doc_id, [faction] if faction else [], [doc_id]]
            continue
        if faction and faction not in entry[2]:
            entry[2].append(faction)
        if doc_id not in entry[3]:
            entry[3].append(doc_id)

    notes: dict[int, list[str]] = {}  # commitment id -> [latest note, latest evidence]
    for cid, note, proof, _id in scoped(
        "SELECT commitment_id, note, evidence, id FROM status_change",
        "(note != '' OR evidence != '')",
    ):
        entry = notes.setdefault(cid, ["", ""])
        if note:
            entry[0] = note
        if proof:
            entry[1] = proof

    if documents is None:
        documents = {}
    needed = {entry[1] for entry in sources.values()} - documents.keys()
    if needed and document_records is None:
        document_records = _document_records(db, needed)
    for (
        doc_id,
        kind,
        official_id,
        dossier,
        number,
        title,
        path,
        day,
        answered,
        given,
    ) in document_records if needed else ():
        if doc_id in needed:
            documents[doc_id] = (
                _reference_of(kind, official_id, dossier, number, title, path),
                _url_of(official_id),
                day,
                answered,
                bool(given),
            )

    days = _Days(_to_date)
    times = _Days(_to_datetime)
    # Values many rows share (a status, a ministry, a due phrase) kept once, not per row.
    share = {}.setdefault
    no_source = ("", None, [], [])
    no_doc = ("", None, None, None, False)
    no_notes = ("", "")
    row = CommitmentRow
    out = []
    append = out.append
    for (
        cid,
        title,
        due,
        due_text,
        precision,
        overridden,
        extracted,
        status,
        review,
        ministry,
        actor,
        cue,
        manual,
        print_,
        period_start,
        period_end,
        edtf,
        version,
        reviewed_by,
        reviewed_at,
        kind,
        house_number,
        house_status,
        house_suggestion,
        debate,
        house_evidence,
    ) in records:
        quote, doc_id, factions, doc_ids = sources.get(cid, no_source)
        reference, url, doc_day, answered, given = documents.get(doc_id, no_doc)
        note, proof = notes.get(cid, no_notes)
        # positional, in the order of CommitmentRow's fields (much faster than keywords)
        append(
            row(
                cid,
                title,
                days[due],
                share(due_text, due_text),
                share(precision, precision),
                bool(overridden),
                days[extracted],
                share(status, status),
                share(review, review),
                share(ministry, ministry),
                share(actor, actor),
                share(cue, cue),
                factions,
                reference,
                quote,
                note,
                proof,
                url,
                days[doc_day],
                (),
                (),
                bool(manual),
                print_,
                doc_ids,
                days[period_start],
                days[period_end],
                share(edtf, edtf),
                version,
                reviewed_by,
                times[reviewed_at],
                (),
                days[answered],
                given,
                share(kind, kind),
                house_number,
                share(house_status, house_status),
                house_suggestion,
                debate,
                house_evidence,
            )
        )
    return out


def list_commitments(
    *,
    overdue: bool = False,
    as_of: dt.date | None = None,
    status: str | None = None,
    ministry: str | None = None,
    due_before: dt.date | None = None,
) -> list[CommitmentRow]:
    """Commitments matching every given filter, ordered by due date (undated last).

    Every review state is listed (the CLI's register); the desk uses `filters`.
    """
    as_of = as_of or clock.today()
    where = ["1 = 1"]
    params: list[Any] = []
    if overdue:
        where.append(f"{OPEN_SQL} AND c.due_date IS NOT NULL AND c.due_date < ?")
        params.append(as_of.isoformat())
    if status:
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")
        where.append("c.status = ?")
        params.append(status)
    if ministry:
        where.append("LOWER(c.ministry) = ?")
        params.append(ministry.lower())
    if due_before:
        where.append("c.due_date < ?")
        params.append(due_before.isoformat())
    return fetch_rows(" AND ".join(where), params)


def get_commitment(commitment_id: int) -> CommitmentRow:
    """One commitment with all its sources and its full status history."""
    rows = get_commitments([commitment_id])
    if not rows:
        raise StoreError(reason="no_commitment", id=commitment_id)
    return rows[0]


def get_commitments(ids: Sequence[int]) -> list[CommitmentRow]:
    """The commitments of `ids` that exist, with sources and history, in the order given."""
    ids = list(dict.fromkeys(ids))
    found: dict[int, CommitmentRow] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in fetch_rows(f"c.id IN ({marks})", chunk):
            found[row.id] = row
    if not found:
        return []
    sources: dict[int, list[SourceRow]] = {i: [] for i in found}
    history: dict[int, list[HistoryRow]] = {i: [] for i in found}
    for chunk in _chunks(list(found)):
        query = (
            Source.select(Source, Document)
            .join(Document)
            .where(Source.commitment.in_(chunk))
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
                    section=src.section,
                )
            )
        changes = (
            StatusChange.select()
            .where(StatusChange.commitment.in_(chunk))
            .order_by(StatusChange.id)
        )
        for change in changes:
            history[change.commitment_id].append(
                HistoryRow(
                    change.from_status,
                    change.to_status,
                    change.changed_at,
                    change.changed_by,
                    change.note,
                    change.evidence,
                    change.effective_date,
                    change.login,
                )
            )
    trail = audit.changes_for(list(found))
    out = []
    for cid in ids:
        row = found.get(cid)
        if row is None:
            continue
        row.sources = sources[cid]
        row.history = history[cid]
        row.changes = trail[cid]
        out.append(row)
    return out


def list_documents() -> list[DocumentRow]:
    """Every document, newest first, with its number of (not rejected) commitments."""
    counts = dict(
        execute(
            """
            SELECT s.document_id, COUNT(DISTINCT s.commitment_id)
            FROM source s JOIN commitment c ON c.id = s.commitment_id
            WHERE c.review_state != 'rejected'
            GROUP BY s.document_id
            """
        ).fetchall()
    )
    query = Document.select(
        Document.id,
        Document.title,
        Document.kind,
        Document.official_id,
        Document.dossier,
        Document.number,
        Document.path,
        Document.document_date,
        Document.answer_date,
        Document.answer_date_given,
        Document.imported_at,
    ).order_by(Document.document_date.is_null(), Document.document_date.desc(), Document.id)
    return [_document_row(doc, counts.get(doc.id, 0)) for doc in query]


def _document_row(doc: Document, commitments: int) -> DocumentRow:
    return DocumentRow(
        id=doc.id,
        title=doc.title,
        reference=_reference(doc),
        kind=doc.kind,
        document_date=doc.document_date,
        answer_date=doc.answer_date,
        url=_url(doc),
        commitments=commitments,
        answer_date_given=bool(doc.answer_date_given),
        path=doc.path,
        imported_at=doc.imported_at,
    )


def get_document_text(document_id: int) -> DocumentText:
    """A document's stored text and where its (not rejected) commitments stand in it."""
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise StoreError(reason="no_document", id=document_id)
    spans = sorted(
        (cid, start, end)
        for cid, start, end in Source.select(Source.commitment, Source.start, Source.end)
        .join(Commitment)
        .where((Source.document == document_id) & (Commitment.review_state != "rejected"))
        .tuples()
    )
    spans.sort(key=lambda span: (span[1], span[2], span[0]))
    row = _document_row(doc, len({cid for cid, _, _ in spans}))
    return DocumentText(row=row, text=doc.source_text or "", spans=spans)


def overview(as_of: dt.date | None = None) -> Overview:
    """Open, overdue and fulfilled commitments per ministry, and open ones due per
    month for the twelve months from `as_of`'s month, and overdue ones per month before
    it (rejected ones left out)."""
    as_of = as_of or clock.today()
    per_ministry = [
        (ministry or UNKNOWN_MINISTRY, int(open_), int(overdue), int(fulfilled))
        for ministry, open_, overdue, fulfilled in execute(
            f"""
            SELECT c.ministry,
                   SUM(CASE WHEN {OPEN_SQL} THEN 1 ELSE 0 END),
                   SUM(CASE WHEN {OPEN_SQL} AND c.due_date < ? THEN 1 ELSE 0 END),
                   SUM(CASE WHEN c.status = 'fulfilled' THEN 1 ELSE 0 END)
            FROM commitment c
            WHERE c.review_state != 'rejected'
            GROUP BY c.ministry
            """,
            (as_of.isoformat(),),
        )
    ]
    merged: dict[str, list[int]] = {}
    for name, *numbers in per_ministry:  # None and "onbekend" are one row
        have = merged.setdefault(name, [0, 0, 0])
        for i, n in enumerate(numbers):
            have[i] += n
    ministries = sorted(
        ((name, *numbers) for name, numbers in merged.items()),
        key=lambda r: (-r[1], -r[2], r[0].lower()),
    )
    first = as_of.replace(day=1)
    months = []
    year, month = first.year, first.month
    for _ in range(13):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    due_counts = Counter()
    for due, count in execute(
        f"""
        SELECT c.due_date, COUNT(*) FROM commitment c
        WHERE c.review_state != 'rejected' AND {OPEN_SQL}
          AND c.due_date >= ? AND c.due_date < ?
        GROUP BY c.due_date
        """,
        (months[0].isoformat(), months[-1].isoformat()),
    ):
        day = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due)[:10])
        due_counts[day.replace(day=1)] += count
    overdue_counts = Counter()
    for due, count in execute(
        """
        SELECT c.due_date, COUNT(*) FROM commitment c
        WHERE c.review_state != 'rejected' AND c.status = 'open' AND c.due_date < ?
        GROUP BY c.due_date
        """,
        (months[0].isoformat(),),
    ):
        day = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due)[:10])
        overdue_counts[day.replace(day=1)] += count
    return Overview(
        per_ministry=[tuple(r) for r in ministries],  # type: ignore[misc]
        per_month=[(m, due_counts.get(m, 0)) for m in months[:12]],
        overdue_per_month=sorted(overdue_counts.items()),
    )


def counts() -> dict[str, int]:
    return {
        "documents": Document.select().count(),
        "commitments": Commitment.select().count(),
    }
