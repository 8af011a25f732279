"""The letter the House's register names as an oral commitment's fulfilment (its
`KamerbriefNakoming`, kept as text in `commitment.house_evidence`) becomes a pending
fulfilment suggestion (reason "house_letter") when that letter is a document in the
register: matched by the open-data Id (`document.house_id`), the official id
("kst-31288-1100") or dossier and number ("Kamerstuk 31288, nr. 1100").

Made both ways round: when the Toezegging arrives or changes (`for_house_id`, from
`tracker.opendata.toezeggingen` after `store_oral`), and when the letter is imported
later (`for_document`, from the fulfilment hints of a new document, and when a stored
document gets its open-data Id). Never applied: the staff member accepts or dismisses
it like any other suggestion (`tracker.store.suggestions`).
"""

from __future__ import annotations

import re

from tracker.store import suggestions
from tracker.store.models import Commitment, Document
from tracker.store.sql import execute
from tracker.store.suggestions import Hint

REASON = "house_letter"
KIND = "mondeling"

_OFFICIAL_ID = re.compile(r"\b((?:kst|ah-tk|blg|stb|stcrt|h-tk)-[0-9a-z-]*[0-9a-z])\b", re.I)
_KST_ID = re.compile(r"\bkst-(\d{5,6})-(\d+)\b", re.I)
_KAMERSTUK = re.compile(
    r"\b(\d{2}\s?\d{3})(?:[\s-]+([IVXLC]+|[A-Z]{1,2}))?\s*,?\s*(?:nr\.?|nummer|no\.?)\s*(\d+)\b",
    re.I,
)


def _keys(text: str) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """What in `text` can name a document: (house ids, official ids, (dossier, number))."""
    text = " ".join((text or "").split())
    house_ids = {text} if text else set()
    house_ids |= {w.strip(".,;()") for w in text.split() if len(w.strip(".,;()")) >= 30}
    official = {m.group(1).lower() for m in _OFFICIAL_ID.finditer(text)}
    numbered = {(m.group(1), m.group(2)) for m in _KST_ID.finditer(text)}
    for m in _KAMERSTUK.finditer(text):
        dossier = m.group(1).replace(" ", "")
        if m.group(2):
            numbered.add((f"{dossier} {m.group(2).upper()}", m.group(3)))
        numbered.add((dossier, m.group(3)))
    return house_ids, official, numbered


def documents_named(text: str | None) -> list[int]:
    """The register's documents `text` names (best known first), none for none."""
    if not text or not text.strip():
        return []
    house_ids, official, numbered = _keys(text)
    found: list[int] = []
    query = Document.select(Document.id).where(Document.kind != "toezegging")
    if house_ids:
        found += [d.id for d in query.where(Document.house_id.in_(sorted(house_ids)))]
    if official:
        found += [d.id for d in query.where(Document.official_id.in_(sorted(official)))]
    for dossier, number in sorted(numbered):
        found += [
            d.id for d in query.where((Document.dossier == dossier) & (Document.number == number))
        ]
    return list(dict.fromkeys(found))


def _hint(commitment_id: int, text: str) -> Hint:
    text = " ".join(text.split())
    return Hint(
        commitment_id=commitment_id,
        reason=REASON,
        score=1.0,
        sentence=f"De Kamer noemt als nakoming: {text}",
        matched_reference=text,
    )


def _open_oral() -> list[tuple[int, str]]:
    """The open oral commitments with the House's evidence: found through the index of
    House ids (only oral commitments have one), not by reading every open commitment
    (every import asks this)."""
    oral = Commitment.select(Commitment.id).where(Commitment.house_id >= "")
    return list(
        Commitment.select(Commitment.id, Commitment.house_evidence)
        .where(
            Commitment.id.in_(oral)
            & (Commitment.kind == KIND)
            & Commitment.house_evidence.is_null(False)
            & (Commitment.status == "open")
            & (Commitment.review_state != "rejected")
        )
        .tuples()
    )


def for_commitment(commitment_id: int) -> int:
    """Suggest the letter an open oral commitment's House evidence names, when it is in
    the register; returns how many suggestions are new (0 when made before)."""
    row = Commitment.get_or_none(Commitment.id == commitment_id)
    if row is None or row.kind != KIND or row.status != "open" or not row.house_evidence:
        return 0
    if row.review_state == "rejected":
        return 0
    made = 0
    for document_id in documents_named(row.house_evidence):
        made += suggestions.create(document_id, [_hint(commitment_id, row.house_evidence)])
    return made


def for_house_id(house_id: str) -> int:
    """`for_commitment` for the commitment of the Toezegging `house_id`, if stored."""
    row = Commitment.get_or_none(Commitment.house_id == house_id)
    return for_commitment(row.id) if row is not None else 0


def _names(text: str, document: Document) -> bool:
    """Whether `text` names `document` (as `documents_named` would find it)."""
    house_ids, official, numbered = _keys(text)
    return bool(
        (document.house_id and document.house_id in house_ids)
        or (document.official_id and document.official_id.lower() in official)
        or (
            document.dossier and document.number and (document.dossier, document.number) in numbered
        )
    )


def for_document(document_id: int) -> int:
    """Suggest a newly stored document to the open oral commitments whose House evidence
    names it; returns how many suggestions are new. Reads the evidence texts once, no
    query per commitment."""
    if execute("SELECT 1 FROM commitment WHERE house_id >= '' LIMIT 1").fetchone() is None:
        return 0  # no oral commitment in the register (asked through the House ids' index)
    document = (  # what identifies it, not its text
        Document.select(
            Document.kind,
            Document.house_id,
            Document.official_id,
            Document.dossier,
            Document.number,
        )
        .where(Document.id == document_id)
        .first()
    )
    if document is None or document.kind == "toezegging":
        return 0
    hints = [_hint(cid, text) for cid, text in _open_oral() if text and _names(text, document)]
    return suggestions.create(document_id, hints) if hints else 0


__all__ = ["REASON", "documents_named", "for_commitment", "for_document", "for_house_id"]
