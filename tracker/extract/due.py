"""A commitment's due date, read by `tracker.dates` from the commitment's own sentences."""

from __future__ import annotations

import logging
from datetime import date

from tracker import dates
from tracker.dates import TimeExpression
from tracker.documents.model import Document

log = logging.getLogger(__name__)

UNAVAILABLE_WARNING = "termijnen konden niet worden gelezen: de datummodule is niet beschikbaar"


class DueResolver:
    """Chooses the time expression that governs a commitment.

    Only the commitment's own sentences are read (not the sentence its quote
    reaches back to for context); past phrases are never deadlines; among the
    rest `choose_due` picks the one that governs the action, and the more
    precise of two frames for the same action.
    """

    def __init__(self, reference: date, document: Document) -> None:
        self.reference = reference
        self.document = document
        self.available = True

    def resolve(self, text: str) -> TimeExpression | None:
        if not self.available:
            return None
        try:
            found = [e for e in dates.find_time_expressions(text, self.reference) if not e.past]
            if not found:
                return None
            return dates.choose_due(found)
        except NotImplementedError:
            self.available = False
            if UNAVAILABLE_WARNING not in self.document.warnings:
                self.document.warnings.append(UNAVAILABLE_WARNING)
            return None
        except Exception:  # noqa: BLE001 - a bad phrase must not lose the commitment
            log.exception("reading the time of %r failed", text[:80])
            return None
