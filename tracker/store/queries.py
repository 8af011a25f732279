"""What the CLI and the window ask of the store, as plain dataclasses.

Reading: `get_commitment`, `list_commitments` (the filters of the desk are in
`tracker.store.filters`), `list_documents`, `get_document_text`, `overview`.
Changing: each change is one transaction that bumps the commitment's `version`,
stamps `updated_at`, keeps the search index in step, records who did what in the
audit trail (`tracker.store.audit`), and raises `StoreError` (leaving the database
as it was) for an unknown id or value. Given the version the user saw, a change made
meanwhile by someone else raises `StaleCommitmentError` instead of being overwritten.
Undo: `snapshot` and `restore` put whole commitments back as they were.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import peewee as pw
from peewee import fn

from tracker.documents.model import Document as ParsedDocument
from tracker.documents.model import format_dossier
from tracker.extract.model import Commitment as Extracted
from tracker.store import audit, search
from tracker.store.audit import current_user
from tracker.store.conflicts import Conflict, differences, differences_from_trail
from tracker.store.models import (
    DB,
    REVIEW_STATES,
    STATUSES,
    Commitment,
    Document,
    DocumentVersion,
    Source,
    StatusChange,
    fingerprint,
    normalise_quote,
    now,
)
from tracker.store.rows import CommitmentRow, HistoryRow, SourceRow
from tracker.store.sql import execute, is_postgres, reset_sequences
from tracker.store.versions import QuoteAt, QuoteFinder, match_sources

log = logging.getLogger(__name__)

UNKNOWN_MINISTRY = "onbekend"  # the overview's name for commitments without a ministry
_CHUNK = 500  # ids per IN (...) list, below SQLite's parameter limit


class StoreError(Exception):
    """A request the store refuses; the message says why."""


class StaleCommitmentError(StoreError):
    """A change based on a version of a commitment that is no longer the stored one:
    someone else changed (or deleted, or merged) it meanwhile. Nothing was changed.

    `conflicts` holds, per commitment, its current state and what the other person
    changed compared to what this user saw (`tracker.store.conflicts.Conflict`).
    """

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        super().__init__("\n".join(c.describe() for c in conflicts))

    @property
    def current(self) -> CommitmentRow | None:
        """The first stale commitment as it is now (None: deleted or merged away)."""
        return self.conflicts[0].current if self.conflicts else None


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


@dataclass
class ImportResult:
    path: str
    document_id: int | None
    commitments: int  # commitments added to the register
    skipped: bool  # already imported (same content)
    known: int = 0  # extracted commitments the register has already (also rejected ones)
    # A corrected version of a stored document: that document was brought up to date.
    updated: bool = False
    changed: int = 0  # stored commitments whose quotes, positions, due date or title changed
    no_longer_found: list[int] = field(default_factory=list)  # ids the new version lacks

    @property
    def state(self) -> str:
        """One of "imported", "updated", "skipped"."""
        return "skipped" if self.skipped else ("updated" if self.updated else "imported")


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


@dataclass
class Snapshot:
    """Whole commitments as plain data (fields, sources, history), for undo."""

    commitments: list[dict]
    absent: list[int]  # ids asked for that did not exist: restore removes them


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


def _chunks(ids: Sequence[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


# -- import ---------------------------------------------------------------------------


def is_imported(content_hash: str) -> bool:
    """Whether a file with exactly these bytes was imported (and its text kept), so
    that importing it again would change nothing and it need not even be read."""
    stored = (
        Document.select(Document.id)
        .where((Document.content_hash == content_hash) & (Document.source_text != ""))
        .exists()
    )
    return stored or _earlier_version(content_hash) is not None


def _earlier_version(content_hash: str) -> int | None:
    """The document whose earlier (since corrected) version had exactly these bytes."""
    row = (
        DocumentVersion.select(DocumentVersion.document)
        .join(Document)
        .where(
            (DocumentVersion.content_hash == content_hash) & (Document.content_hash != content_hash)
        )
        .first()
    )
    return row.document_id if row else None


def import_document(
    parsed: ParsedDocument, extracted: list[Extracted], reference_date_given: bool = False
) -> ImportResult:
    """Store a document and its commitments in one transaction.

    A document whose content was imported before is skipped, so running an import
    twice changes nothing. A corrected version of a stored document (the same
    official id, or the same dossier and number; other content) updates the stored
    document in place and keeps everything staff did (see `_update_document`).
    `reference_date_given`: `parsed.reference_date` is the user's, not the document's.
    """
    existing = Document.get_or_none(Document.content_hash == parsed.content_hash)
    if existing is not None:
        if not existing.source_text and parsed.source:  # imported before schema 2 kept text
            Document.update(source_text=parsed.source).where(Document.id == existing.id).execute()
        return ImportResult(parsed.path, existing.id, 0, skipped=True)
    earlier = _earlier_version(parsed.content_hash)
    if earlier is not None:  # a version since corrected: the register has a newer one
        return ImportResult(parsed.path, earlier, 0, skipped=True)
    with DB.atomic():
        previous = _previous_versions(parsed)
        if previous:
            result = _update_document(previous, parsed, extracted, reference_date_given)
            _record_version(parsed, result.document_id)
            return result
        doc = Document.create(**_document_values(parsed, reference_date_given))
        _record_version(parsed, doc.id)
        new_ids = _create_commitments(parsed, extracted, doc.id)
        search.sync(DB.obj, new_ids)
    return ImportResult(parsed.path, doc.id, len(new_ids), skipped=False)


def _record_version(parsed: ParsedDocument, document_id: int) -> None:
    """Remember these bytes as a version of the document read."""
    DocumentVersion.insert(
        document=document_id, content_hash=parsed.content_hash, path=parsed.path
    ).on_conflict_ignore().execute()


def _document_values(parsed: ParsedDocument, reference_date_given: bool = False) -> dict[str, Any]:
    return {
        "path": parsed.path,
        "title": parsed.title,
        "kind": parsed.kind,
        "dossier": parsed.dossier,
        "number": parsed.number,
        "official_id": parsed.official_id,
        "document_date": parsed.date,
        "answer_date": parsed.reference_date,
        "answer_date_given": reference_date_given and parsed.reference_date is not None,
        "addressee": parsed.addressee,
        "content_hash": parsed.content_hash,
        "source_text": parsed.source or "",
    }


def _create_commitment(parsed: ParsedDocument, item: Extracted, document_id: int) -> int:
    return _create_commitments(parsed, [item], document_id)[0]


def _extracted_due(item: Extracted) -> dict[str, Any]:
    """The due date of an extracted commitment, as the commitment's fields."""
    return {
        "due_date": item.due,
        "due_date_extracted": item.due,
        "due_text": item.due_text,
        "due_precision": item.due_precision,
        "period_start": item.period_start,
        "period_end": item.period_end,
        "edtf": item.edtf,
    }


def _create_commitments(
    parsed: ParsedDocument, items: Sequence[Extracted], document_id: int
) -> list[int]:
    """Insert the commitments and their sources (two statements per chunk, not two per
    commitment); their ids, in the order of `items`."""
    ids: list[int] = []
    for chunk in _chunks(items, 60):  # 12 values a row: below any parameter limit
        rows = [
            {
                "title": item.title,
                **_extracted_due(item),
                "ministry": item.ministry,
                "actor": item.actor,
                "cue": item.cue,
                "fingerprint": fingerprint(
                    parsed.official_id,
                    parsed.dossier,
                    parsed.number,
                    parsed.content_hash,
                    item.sources[0].quote if item.sources else item.title,
                ),
            }
            for item in chunk
        ]
        # One statement numbers its rows in their order: the returned ids, sorted, are
        # the rows' (inside the import's write transaction nobody else inserts).
        made = sorted(
            i for (i,) in Commitment.insert_many(rows).returning(Commitment.id).tuples().execute()
        )
        if len(made) != len(chunk):
            raise StoreError(f"stored {len(made)} of {len(chunk)} commitments")
        sources = [
            _source_values(src, cid, document_id)
            for cid, item in zip(made, chunk, strict=True)
            for src in item.sources
        ]
        for part in _chunks(sources, 50):
            Source.insert_many(part).execute()
        ids.extend(made)
    return ids


def _previous_versions(parsed: ParsedDocument) -> list[Document]:
    """The stored documents `parsed` is a version of: the same official id, or the
    same dossier and number (a "herdruk" has its own official id); oldest first."""
    condition = None
    if parsed.official_id:
        condition = Document.official_id == parsed.official_id
    if parsed.dossier and parsed.number:
        same = (Document.dossier == parsed.dossier) & (Document.number == parsed.number)
        condition = same if condition is None else (condition | same)
    if condition is None:
        return []
    return list(Document.select().where(condition).order_by(Document.id))


def redate_document(
    document_id: int,
    parsed: ParsedDocument,
    extracted: list[Extracted],
    reference_date_given: bool = True,
) -> ImportResult:
    """Give a stored document the reference date the user gave (`parsed.reference_date`)
    and the due dates extracted from it, in one transaction: the corrected-version path
    (`_update_document`), so statuses, notes, reviews, edits and due dates set by hand
    are kept. `parsed` and `extracted` are the stored document read again
    (`reference_date_given` False: it turned out to state a date of its own)."""
    with DB.atomic():
        target = Document.get_or_none(Document.id == document_id)
        if target is None:
            raise StoreError(f"there is no document {document_id}")
        result = _update_document([target], parsed, extracted, reference_date_given, redating=True)
        Document.update(
            answer_date=parsed.reference_date,
            answer_date_given=reference_date_given and parsed.reference_date is not None,
        ).where(Document.id == document_id).execute()
    return result


def document_of_content(content_hash: str) -> DocumentRow | None:
    """The stored document whose current version has exactly these bytes (None: not
    stored, or only as an earlier version since corrected)."""
    doc = Document.get_or_none(Document.content_hash == content_hash)
    return None if doc is None else _document_row(doc, 0)


def get_document(document_id: int) -> DocumentRow:
    """One document (without its count of commitments)."""
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise StoreError(f"there is no document {document_id}")
    return _document_row(doc, 0)


def get_document_identity(document_id: int) -> dict[str, Any]:
    """What the register knows of a document beyond its text, by the fields of
    `tracker.documents.model.Document` (to read its stored text again as it was)."""
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise StoreError(f"there is no document {document_id}")
    return {
        "title": doc.title,
        "kind": doc.kind,
        "dossier": doc.dossier,
        "number": doc.number,
        "official_id": doc.official_id,
        "date": doc.document_date,
        "addressee": doc.addressee,
    }


def stored_document(document_id: int) -> tuple[DocumentRow, str, str]:
    """A document as stored: its row, its text as read at import, its content hash."""
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise StoreError(f"there is no document {document_id}")
    return _document_row(doc, 0), doc.source_text or "", doc.content_hash


def _update_document(
    previous: list[Document],
    parsed: ParsedDocument,
    extracted: list[Extracted],
    reference_date_given: bool = False,
    redating: bool = False,
) -> ImportResult:
    """Bring the latest of `previous` up to its corrected version `parsed` (inside the
    caller's transaction).

    Extracted quotes are paired with the stored ones (`versions.match_sources`: the
    same quote first, then a close one under the same question). A commitment so
    found gets the new quotes and positions, and the new due date and title unless
    staff changed them; its status, history, review and merges stay as they are.
    Commitments the register does not have are added. A stored commitment that the
    new version no longer holds is kept, never deleted, and listed in the result
    (unless rejected). Commitments made by hand keep their quote; their positions
    follow the text if the quote is still in it.
    """
    target = previous[-1]
    old_length = len(target.source_text or "")
    new_text = parsed.source or target.source_text or ""
    stored = list(Source.select().where(Source.document == target.id).order_by(Source.id))
    old_quotes = {row.id: row.quote for row in stored}
    owners: dict[int, Commitment] = {}
    first_source: dict[int, int] = {}  # commitment id -> its first source (in any document)
    for chunk in _chunks(sorted({row.commitment_id for row in stored})):
        owners.update(_lock(chunk))
        first_source.update(
            Source.select(Source.commitment, fn.MIN(Source.id))
            .where(Source.commitment.in_(chunk))
            .group_by(Source.commitment)
            .tuples()
        )
    # Quotes the register has for this document: an extracted commitment that pairs
    # with none of them but has one of them as its first quote is not added again.
    known_quotes = {
        normalise_quote(quote)
        for (quote,) in Source.select(Source.quote)
        .where(Source.document.in_([doc.id for doc in previous]))
        .tuples()
    }

    values = {
        k: v
        for k, v in _document_values(parsed, reference_date_given).items()
        if v not in (None, "") and not (k == "kind" and v == "unknown")
    }
    if "answer_date" not in values:  # a version without one keeps the date it had
        del values["answer_date_given"]
    Document.update(**values, imported_at=now()).where(Document.id == target.id).execute()

    automatic = [row for row in stored if not owners[row.commitment_id].manual]
    wanted = [(i, j) for i, item in enumerate(extracted) for j in range(len(item.sources))]
    pairs = match_sources(
        [QuoteAt(row.quote, row.question, row.section, row.start) for row in automatic],
        [
            QuoteAt(src.quote, src.question, src.section, src.start)
            for src in (extracted[i].sources[j] for i, j in wanted)
        ],
    )
    paired = {wanted[n]: automatic[o] for n, o in pairs.items()}

    changed: set[int] = set()
    found: set[int] = set()  # stored commitments the new version still holds
    added: list[int] = []
    known = 0
    titles: dict[str, str] | None = None  # first quote -> title, as extracted before
    for i, item in enumerate(extracted):
        matched = [(j, paired[i, j]) for j in range(len(item.sources)) if (i, j) in paired]
        if not matched:
            first = item.sources[0].quote if item.sources else item.title
            if normalise_quote(first) in known_quotes:
                known += 1
            else:
                added.append(_create_commitment(parsed, item, target.id))
            continue
        known += 1
        for j, row in matched:
            found.add(row.commitment_id)
            if _update_source(row, item.sources[j]):
                changed.add(row.commitment_id)
        owner = matched[0][1].commitment_id
        more = [src for j, src in enumerate(item.sources) if (i, j) not in paired]
        if more:
            Source.insert_many([_source_values(src, owner, target.id) for src in more]).execute()
            changed.add(owner)
        # The item speaks for a commitment's due date and title only through the
        # commitment's first source: a merged-in quote does not overrule it.
        for _, row in matched:
            if row.id != first_source.get(row.commitment_id):
                continue
            if titles is None:
                titles = _extracted_titles(target)
            before = titles.get(normalise_quote(old_quotes[row.id]))
            if _update_extracted(owners[row.commitment_id], item, before, redating):
                changed.add(row.commitment_id)

    finder: QuoteFinder | None = None
    taken = {row.id for row in paired.values()}
    for row in stored:
        if row.id in taken or not new_text:
            continue
        finder = finder or QuoteFinder(new_text)
        near = row.start * len(new_text) // old_length if old_length else row.start
        place = finder.find(row.quote, near)
        if place is None:
            continue
        found.add(row.commitment_id)
        if place != (row.start, row.end):
            Source.update(start=place[0], end=place[1]).where(Source.id == row.id).execute()
            changed.add(row.commitment_id)

    for cid in changed:
        _touch_import(owners[cid], parsed.path)
    search.sync(DB.obj, sorted(changed) + added)
    counted = [cid for cid in owners if owners[cid].review_state != "rejected"]
    return ImportResult(
        parsed.path,
        target.id,
        len(added),
        skipped=False,
        known=known,
        updated=True,
        changed=sum(1 for cid in counted if cid in changed),
        no_longer_found=[cid for cid in counted if cid not in found],
    )


def _touch_import(row: Commitment, path: str) -> None:
    """Save what a corrected version changed on a commitment, bump its version, and
    record it in the audit trail."""
    values = {f.name: getattr(row, f.name) for f in row.dirty_fields if f.name != "version"}
    version = _save(row, values)
    audit.record(row.id, version, current_user(), "import", None, path, via="import")


def _update_source(row: Source, src: Any) -> bool:
    """Give a stored source the quote, place and context of `src`; whether it changed."""
    values = _source_values(src, row.commitment_id, row.document_id)
    del values["commitment"], values["document"]
    values = {k: v for k, v in values.items() if getattr(row, k) != v}
    if values:
        Source.update(**values).where(Source.id == row.id).execute()
    return bool(values)


def _update_extracted(
    row: Commitment, item: Extracted, title_before: str | None, redating: bool = False
) -> bool:
    """Take the due date and title from `item` where staff did not set them by hand:
    the due date unless overridden, the title if it is the one extracted before.
    The caller saves `row`. Commitments made by hand keep theirs.

    `redating` (the same text read from another reference date): a due date set by
    hand stays, but the date derived from the phrase follows, for going back to it.
    """
    if row.manual:
        return False
    values: dict[str, Any] = {}
    if not row.due_overridden:
        values = _extracted_due(item)
    elif redating:
        values = _extracted_due(item)
        del values["due_date"]
    if title_before is not None and row.title == title_before:
        values["title"] = item.title
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _extracted_titles(doc: Document) -> dict[str, str]:
    """{first quote (normalised): title} as the extractor reads the stored text of
    `doc`: a commitment whose title is still this one was not retitled by staff."""
    from tracker.documents.text import parse
    from tracker.extract import extract

    if not doc.source_text:
        return {}
    try:
        parsed = parse(doc.source_text, path=doc.path)
        parsed.dossier = doc.dossier or parsed.dossier
        parsed.number = doc.number or parsed.number
        parsed.official_id = doc.official_id or parsed.official_id
        parsed.date = doc.document_date or parsed.date
        parsed.reference_date = doc.answer_date or parsed.reference_date
        items = extract(parsed)
    except Exception:  # noqa: BLE001 - without them, titles are just left as they are
        log.exception("could not read the previous version of %s again", doc.path)
        return {}
    return {normalise_quote(item.sources[0].quote): item.title for item in items if item.sources}


def _source_values(src: Any, commitment_id: int, document_id: int) -> dict[str, Any]:
    span = src.quote_in_answer
    return {
        "commitment": commitment_id,
        "document": document_id,
        "quote": src.quote,
        "faction": src.faction,
        "question": src.question,
        "section": src.section,
        "answer": src.answer,
        "quote_start_in_answer": span[0] if span else None,
        "quote_end_in_answer": span[1] if span else None,
        "start": src.start,
        "end": src.end,
    }


# -- reading --------------------------------------------------------------------------

_ROW_SQL = """
SELECT c.id, c.title, c.due_date, c.due_text, c.due_precision, c.due_overridden,
       c.due_date_extracted, c.status, c.review_state, c.ministry, c.actor, c.cue,
       c.manual, c.fingerprint, c.period_start, c.period_end, c.edtf, c.version,
       c.reviewed_by, c.reviewed_at
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


def _fetch_rows(where: str, params: list[Any]) -> list[CommitmentRow]:
    db = DB.obj
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
    records = dated + [r for r in records if r[2] is None]
    ids = [r[0] for r in records]

    def scoped(sql: str, extra: str = "") -> Iterable[tuple]:
        """Rows of `sql` (over a table with commitment_id, ending in its id) for the
        matched commitments (and, when many match, for all: the others are ignored)."""
        if len(ids) > _SCOPED_ROWS:
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

    documents: dict[int, tuple[str, str | None, Any, Any, bool]] = {}
    needed = {entry[1] for entry in sources.values()}
    for doc_id, kind, official_id, dossier, number, title, path, day, answered, given in execute(
        "SELECT id, kind, official_id, dossier, number, title, path, document_date,"
        " answer_date, answer_date_given FROM document"
    ):
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
    as_of = as_of or dt.date.today()
    where = ["1 = 1"]
    params: list[Any] = []
    if overdue:
        where.append("c.status = 'open' AND c.due_date IS NOT NULL AND c.due_date < ?")
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
        raise StoreError(f"there is no commitment {commitment_id}")
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
        raise StoreError(f"there is no document {document_id}")
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
    month for the twelve months from `as_of`'s month (rejected ones left out)."""
    as_of = as_of or dt.date.today()
    per_ministry = [
        (ministry or UNKNOWN_MINISTRY, int(open_), int(overdue), int(fulfilled))
        for ministry, open_, overdue, fulfilled in execute(
            """
            SELECT c.ministry,
                   SUM(CASE WHEN c.status = 'open' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN c.status = 'open' AND c.due_date < ? THEN 1 ELSE 0 END),
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
        """
        SELECT c.due_date, COUNT(*) FROM commitment c
        WHERE c.review_state != 'rejected' AND c.status = 'open'
          AND c.due_date >= ? AND c.due_date < ?
        GROUP BY c.due_date
        """,
        (months[0].isoformat(), months[-1].isoformat()),
    ):
        day = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due)[:10])
        due_counts[day.replace(day=1)] += count
    return Overview(
        per_ministry=[tuple(r) for r in ministries],  # type: ignore[misc]
        per_month=[(m, due_counts.get(m, 0)) for m in months[:12]],
    )


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
        raise StoreError(_no_commitments(missing))
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
) -> None:
    old = row.status
    StatusChange.create(
        commitment=row.id,
        from_status=old,
        to_status=status,
        changed_by=who,
        note=note,
        evidence=evidence,
        effective_date=effective_date or dt.date.today(),
    )
    version = _save(row, {"status": status})
    audit.record(row.id, version, who, "status", old, status, note=note, evidence=evidence, via=via)


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
    """Mark several commitments at once (one transaction: all or none)."""
    _check_status(status)
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    who = who if who is not None else current_user()
    with _writing():
        rows = _lock_checked(ids, expected_versions)
        for cid in ids:
            _mark(rows[cid], status, note, evidence, effective_date, who, via)
        if note or evidence:
            search.sync(DB.obj, ids)
    return get_commitments(ids)


def _no_commitments(missing: Sequence[int]) -> str:
    if len(missing) == 1:
        return f"there is no commitment {missing[0]}"
    return f"there are no commitments {', '.join(map(str, missing))}"


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
        raise StoreError(f"there is no document {document_id}")
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

    reference = doc.answer_date or doc.document_date or dt.date.today()
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


# -- undo -----------------------------------------------------------------------------


def snapshot(ids: Iterable[int]) -> Snapshot:
    """The whole state of the commitments `ids` (fields, sources, history) as plain
    data; ids that do not exist are listed in `absent`."""
    ids = list(dict.fromkeys(ids))
    found: dict[int, dict] = {}
    sources: dict[int, list[dict]] = {}
    history: dict[int, list[dict]] = {}
    for chunk in _chunks(ids):
        for data in Commitment.select().where(Commitment.id.in_(chunk)).dicts():
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
        source_ids = [s["id"] for c in snap.commitments for s in c["sources"]]
        change_ids = [h["id"] for c in snap.commitments for h in c["history"]]
        for chunk in _chunks(source_ids):
            Source.delete().where(Source.id.in_(chunk)).execute()
        for chunk in _chunks(change_ids):
            StatusChange.delete().where(StatusChange.id.in_(chunk)).execute()
        _delete(list(snap.absent) + ids)
        for data in snap.commitments:
            values = {k: v for k, v in data.items() if k in fields}
            values["version"] = versions[data["id"]]
            values["updated_at"] = now()
            Commitment.insert(values).execute()
            if data["sources"]:
                Source.insert_many(data["sources"]).execute()
            if data["history"]:
                StatusChange.insert_many(data["history"]).execute()
        # Rows went back with their own ids: keep PostgreSQL's sequences past them.
        reset_sequences([Commitment, Source, StatusChange])
        search.sync(DB.obj, ids + list(snap.absent))
    return versions


def transaction() -> Any:
    """One transaction around several store calls (nested calls become savepoints)."""
    return _writing()


def counts() -> dict[str, int]:
    return {
        "documents": Document.select().count(),
        "commitments": Commitment.select().count(),
    }
