"""The JSON contract printed by `tracker extract FILE --json` (extend only by adding keys)."""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.documents.model import Document
from tracker.extract.model import Commitment


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def to_json(document: Document, commitments: list[Commitment]) -> dict[str, Any]:
    """Document metadata and its commitments as plain JSON-ready data."""
    return {
        "document": {
            "title": document.title,
            "dossier": document.dossier,
            "number": document.number,
            "date": _iso(document.date),
            "reference_date": _iso(document.reference_date),
            "kind": document.kind,
            "reference": document.reference,
            "official_id": document.official_id,
            "warnings": list(document.warnings),
        },
        "commitments": [commitment_json(c) for c in commitments],
    }


def commitment_json(commitment: Commitment) -> dict[str, Any]:
    return {
        "title": commitment.title,
        "due": _iso(commitment.due),
        "due_text": commitment.due_text,
        "due_precision": commitment.due_precision,
        "period_start": _iso(commitment.period_start),
        "period_end": _iso(commitment.period_end),
        "edtf": commitment.edtf,
        "actor": commitment.actor,
        "ministry": commitment.ministry,
        "cue": commitment.cue,
        "cues": list(commitment.cues),
        "sources": [
            {
                "quote": s.quote,
                "faction": s.faction,
                "question": s.question,
                "start": s.start,
                "end": s.end,
                "section": s.section,
                "kind": s.kind,
                "lead_in": s.lead_in,
                "quote_in_answer": list(s.quote_in_answer) if s.quote_in_answer else None,
            }
            for s in commitment.sources
        ],
    }
