"""What a sync from the House's open data asks of the register about documents: is a
document of this open-data Id stored, is one stored by dossier and number (imported by
hand), and remembering the open-data Id of a stored document."""

from __future__ import annotations

from tracker.store.models import DB, Document


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
    with DB.atomic():
        Document.update(house_id=house_id).where(
            (Document.id == document_id) & (Document.house_id.is_null())
        ).execute()
