"""Storing an imported document: its commitments and sources, a corrected version of a
stored document (keeping the staff's work), and redating a document.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from tracker.documents.model import Document as ParsedDocument
from tracker.extract.model import Commitment as Extracted
from tracker.store import audit, search
from tracker.store.audit import current_user
from tracker.store.editing import _lock, _save
from tracker.store.errors import StoreError
from tracker.store.models import (
    DB,
    Commitment,
    Document,
    DocumentVersion,
    Source,
    fingerprint,
    normalise_quote,
    now,
)
from tracker.store.reading import _document_row
from tracker.store.rows import (
    DocumentRow,
)
from tracker.store.sql import _TEXT_PIECE, _chunks, execute, insert_rows, is_postgres, long_text
from tracker.store.versions import QuoteAt, QuoteFinder, match_sources

log = logging.getLogger(__name__)


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


def is_imported(content_hash: str) -> bool:
    """Whether a file with exactly these bytes was imported (and its text kept), so
    that importing it again would change nothing and it need not even be read."""
    stored = _stored_content(content_hash)
    return (stored is not None and stored[1]) or _earlier_version(content_hash) is not None


def _earlier_version(content_hash: str) -> int | None:
    """The document whose earlier (since corrected) version had exactly these bytes."""
    row = execute(
        "SELECT v.document_id FROM document_version v JOIN document d ON d.id = v.document_id"
        " WHERE v.content_hash = ? AND d.content_hash <> ? LIMIT 1",
        (content_hash, content_hash),
    ).fetchone()
    return row[0] if row else None


def _stored_content(content_hash: str) -> tuple[int, bool] | None:
    """(id, whether its text is kept) of the document whose current version has exactly
    these bytes; None: none has. (Raw SQL, as the look-ups beside it: every file of an
    import asks, and building a peewee query takes longer than running it.)"""
    row = execute(
        "SELECT id, COALESCE(source_text, '') <> '' FROM document WHERE content_hash = ?",
        (content_hash,),
    ).fetchone()
    return None if row is None else (row[0], bool(row[1]))


def import_document(
    parsed: ParsedDocument,
    extracted: list[Extracted],
    reference_date_given: bool = False,
    text_later: bool = False,
) -> ImportResult:
    """Store a document and its commitments in one transaction.

    A document whose content was imported before is skipped, so running an import
    twice changes nothing. A corrected version of a stored document (the same
    official id, or the same dossier and number; other content) updates the stored
    document in place and keeps everything staff did (see `_update_document`).
    `reference_date_given`: `parsed.reference_date` is the user's, not the document's.
    `text_later`: a new document is stored without its text, which the caller stores
    next, in the same transaction (`store_text`: a large text, let go of as a string).
    """
    with DB.atomic():
        _hold_identity(parsed)
        existing = _stored_content(parsed.content_hash)
        if existing is not None:
            existing_id, has_text = existing
            if not has_text and parsed.source:  # imported before schema 2 kept text
                Document.update(source_text=long_text(parsed.source)).where(
                    Document.id == existing_id
                ).execute()
            return ImportResult(parsed.path, existing_id, 0, skipped=True)
        earlier = _earlier_version(parsed.content_hash)
        if earlier is not None:  # a version since corrected: the register has a newer one
            return ImportResult(parsed.path, earlier, 0, skipped=True)
        previous = _previous_versions(parsed)
        if previous:
            result = _update_document(previous, parsed, extracted, reference_date_given)
            _record_version(parsed, result.document_id)
            return result
        values = _document_values(parsed, reference_date_given)
        values["source_text"] = "" if text_later else long_text(values["source_text"])
        doc = Document.create(**values)
        del values  # (a large text's encoding)
        _record_version(parsed, doc.id)
        new_ids = _create_commitments(parsed, extracted, doc.id)
        search.add(
            DB.obj,
            [
                (cid, item.title, " ".join(src.quote for src in item.sources))
                for cid, item in zip(new_ids, extracted, strict=True)
            ],
        )
    return ImportResult(parsed.path, doc.id, len(new_ids), skipped=False)


# The namespace of the advisory locks an import holds on its document's identity
# (any constant; the first key of PostgreSQL's two-key advisory locks).
IMPORT_LOCK_NAMESPACE = 0x7472


def _hold_identity(parsed: ParsedDocument) -> None:
    """On PostgreSQL, wait until no other client is storing this document (the same
    bytes, official id, or dossier and number) and hold it until this transaction ends:
    two staff importing one document at once would otherwise both find it new and
    store it twice, or one fail on the unique content hash. The second now finds the
    first's document. (SQLite's transaction holds the whole file already.)"""
    if not is_postgres():
        return
    keys = {f"content {parsed.content_hash}"}
    if parsed.official_id:
        keys.add(f"official {parsed.official_id}")
    if parsed.dossier and parsed.number:
        keys.add(f"number {parsed.dossier} {parsed.number}")
    for key in sorted(keys):  # in one order for every client: no two wait for each other
        execute("SELECT pg_advisory_xact_lock(?, hashtext(?))", (IMPORT_LOCK_NAMESPACE, key))


def store_text(document_id: int, text: str) -> None:
    """Store the text of a document stored with `text_later`. A long text that is not
    ASCII, on SQLite, is written as UTF-8 a piece at a time into a value of its length
    (`blobopen`), then made text again in the database (`CAST`: the same text), the
    string let go in between (when the caller handed it over: see tracker/importing.py):
    it is never held as a string, as UTF-8 bytes and in the database's copies at once."""
    if len(text) <= _TEXT_PIECE or text.isascii() or is_postgres():
        Document.update(source_text=long_text(text)).where(Document.id == document_id).execute()
        return
    size = sum(len(text[i : i + _TEXT_PIECE].encode("utf-8")) for i in _pieces(text))
    execute("UPDATE document SET source_text = zeroblob(?) WHERE id = ?", (size, document_id))
    with DB.connection().blobopen("document", "source_text", document_id) as blob:
        for i in _pieces(text):
            blob.write(text[i : i + _TEXT_PIECE].encode("utf-8"))
    del text
    execute(
        "UPDATE document SET source_text = CAST(source_text AS TEXT) WHERE id = ?", (document_id,)
    )


def _pieces(text: str) -> range:
    return range(0, len(text), _TEXT_PIECE)


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
    """Insert the commitments and their sources (a statement per few hundred values, not
    two per commitment: `insert_rows`); their ids, in the order of `items`."""
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
        for item in items
    ]
    ids = insert_rows(Commitment, rows, returning=True)
    if len(ids) != len(items):
        raise StoreError(f"stored {len(ids)} of {len(items)} commitments")
    insert_rows(
        Source,
        [
            _source_values(src, cid, document_id)
            for cid, item in zip(ids, items, strict=True)
            for src in item.sources
        ],
    )
    return ids


def _previous_versions(parsed: ParsedDocument) -> list[Document]:
    """The stored documents `parsed` is a version of: the same official id, or the
    same dossier and number (a "herdruk" has its own official id); oldest first."""
    ask, values = [], []
    if parsed.official_id:
        ask.append("official_id = ?")
        values.append(parsed.official_id)
    if parsed.dossier and parsed.number:
        ask.append("(dossier = ? AND number = ?)")
        values += [parsed.dossier, parsed.number]
    if not ask:
        return []
    # Most documents are new: their ids are asked first, by raw SQL (no peewee query).
    ids = [i for (i,) in execute(f"SELECT id FROM document WHERE {' OR '.join(ask)}", values)]
    if not ids:
        return []
    return list(Document.select().where(Document.id.in_(ids)).order_by(Document.id))


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
            raise StoreError(reason="no_document", id=document_id)
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
        raise StoreError(reason="no_document", id=document_id)
    return _document_row(doc, 0)


def get_document_identity(document_id: int) -> dict[str, Any]:
    """What the register knows of a document beyond its text, by the fields of
    `tracker.documents.model.Document` (to read its stored text again as it was)."""
    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise StoreError(reason="no_document", id=document_id)
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
        raise StoreError(reason="no_document", id=document_id)
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
    if "source_text" in values:
        values["source_text"] = long_text(values["source_text"])
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
