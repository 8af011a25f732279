"""What a sync from the House's open data asks of the register about documents: is a
document of this open-data Id stored, is one stored by dossier and number (imported by
hand), remembering the open-data Id of a stored document, and one client at a time
fetching a document (`document_claim`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from tracker.store import house_letters
from tracker.store.models import DB, Document, DocumentVersion


def has_house_document(house_id: str) -> bool:
    return bool(house_id) and Document.select().where(Document.house_id == house_id).exists()


def document_by_number(dossier: str, number: str) -> int | None:
    row = (
        Document.select(Document.id)
        .where((Document.dossier == dossier) & (Document.number == number))
        .order_by(Document.id)
        .first()
    )
    return row.id if row else None


def set_document_house_id(document_id: int, house_id: str) -> None:
    """Remember the open-data Id of a stored document; an oral commitment whose House
    evidence names that Id gets it as a fulfilment suggestion (`house_letters`)."""
    with DB.atomic():
        Document.update(house_id=house_id).where(
            (Document.id == document_id) & (Document.house_id.is_null())
        ).execute()
        house_letters.for_document(document_id)


def set_document_path(document_id: int, temporary: str, url: str) -> None:
    """A document imported from a temporary download names where it came from."""
    with DB.atomic():
        Document.update(path=url).where(
            (Document.id == document_id) & (Document.path == temporary)
        ).execute()
        DocumentVersion.update(path=url).where(
            (DocumentVersion.document == document_id) & (DocumentVersion.path == temporary)
        ).execute()


@contextmanager
def document_claim(house_id: str) -> Iterator[None]:
    """While a client fetches and imports the open-data document `house_id`, another
    client syncing the same register waits for it (and then finds it imported: each
    document is imported once). PostgreSQL: a session advisory lock on the Id; SQLite
    needs none: its imports take the write lock at once, and the second finds the
    first's document inside its own transaction."""
    db = DB.obj
    if not isinstance(db, pw.PostgresqlDatabase) or not house_id:
        yield
        return
    key = int.from_bytes(hashlib.sha256(f"opendata:{house_id}".encode()).digest()[:8], "big")
    key -= 1 << 63 if key >= 1 << 63 else 0  # a signed bigint
    db.execute_sql("SELECT pg_advisory_lock(%s)", (key,))
    try:
        yield
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (key,))
