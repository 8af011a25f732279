"""A commitment's due date, read by `tracker.dates` from the commitment's own sentences."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date

from tracker import dates
from tracker.dates import TimeExpression
from tracker.documents.model import Document

log = logging.getLogger(__name__)

UNAVAILABLE_WARNING = "termijnen konden niet worden gelezen: de datummodule is niet beschikbaar"

# A span counted from an event rather than from the answer: "binnen drie maanden na
# ontvangst", "zes weken na afronding van het onderzoek".
_SPAN = re.compile(
    r"(?:binnen|over|uiterlijk|ruim|nog)?\s*(?:een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf|"
    r"\d+|enkele|een\s+paar)\s+(?:dagen|dag|weken|week|maanden|maand|jaar|jaren|kwartaal)$",
    re.IGNORECASE,
)
_AFTER_EVENT = re.compile(
    r"\s*(?:na|nadat|vanaf|volgend\s+op)\s+(?!(?:\d|begin|eind|medio|het\s+begin|januari|februari|"
    r"maart|april|mei|juni|juli|augustus|september|oktober|november|december|vandaag|heden|"
    r"dagtekening\s+van\s+deze)\b)\w",
    re.IGNORECASE,
)


_AFTER_YEAR = re.compile(r"\b(?:na|vanaf|vanuit|voorbij)\s+(?:het\s+jaar\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


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

    def resolve(
        self,
        text: str,
        focus: list[tuple[int, int]] | None = None,
        first_end: int | None = None,
    ) -> TimeExpression | None:
        """The governing time expression of `text`.

        `focus` holds the clauses of the first sentence (which ends at `first_end`)
        where the promise is made: when the first of them that names a time does,
        the other clauses of that sentence do not compete with it ("wordt in het voorjaar van 2025
        ingediend, zodat de wet per 1 januari 2027 in werking kan treden").
        """
        if not self.available:
            return None
        try:
            found = [
                self._event_relative(replace(e, past=False) if e.past else e, text)
                for e in dates.find_time_expressions(text, self.reference)
                if not e.past or self._ahead(e)
            ]
            if not found:
                return None
            if focus and first_end is not None:
                found = self._governing(found, focus, first_end)
            return self._first_of_sentence(found, text) or dates.choose_due(found)
        except NotImplementedError:
            self.available = False
            if UNAVAILABLE_WARNING not in self.document.warnings:
                self.document.warnings.append(UNAVAILABLE_WARNING)
            return None
        except Exception:  # noqa: BLE001 - a bad phrase must not lose the commitment
            log.exception("reading the time of %r failed", text[:80])
            return None

    def _ahead(self, e: TimeExpression) -> bool:
        """A period that starts after the answer was given cannot be a past fact
        ("... gevraagd om in haar rapportage, die in het najaar van 2024 verschijnt, ...")."""
        return (
            e.period_start is not None
            and e.period_start > self.reference
            and re.search(r"(?:19|20)\d\d", e.text) is not None
        )

    @staticmethod
    def _event_relative(e: TimeExpression, text: str) -> TimeExpression:
        if not e.vague and e.precision == "year" and _AFTER_YEAR.search(text[: e.span[0]]):
            # "het cultuurbestel na 2028": a period with no end, no deadline
            return replace(
                e, period_start=None, period_end=None, precision="vague", edtf=None, vague=True
            )
        if e.vague or not _SPAN.search(e.text.strip()):
            return e
        if _AFTER_EVENT.match(text[e.span[1] :]):
            return replace(
                e, period_start=None, period_end=None, precision="vague", edtf=None, vague=True
            )
        return e

    @staticmethod
    def _first_of_sentence(found: list[TimeExpression], text: str) -> TimeExpression | None:
        """Two dated phrases of one sentence for different periods: the first governs.

        "Die wijziging wordt in het eerste kwartaal van 2025 gepubliceerd en treedt op
        1 juli 2025 in werking": the next step is due first. A phrase within the
        period of an earlier one refines it ("in 2025 ..., per 1 juli 2025") and
        leaves the choice to `choose_due`, as do phrases in different sentences.
        """
        # bare years are left out: "Leidraad Invordering 2008", "bezwaren over 2021"
        dated = [
            e
            for e in found
            if not e.vague and e.precision != "year" and e.period_start and e.period_end
        ]
        if len(dated) < 2:
            return None
        first, second = dated[0], dated[1]
        between = text[first.span[1] : second.span[0]]
        if _SENTENCE_END.search(between):
            return None
        assert first.period_start and first.period_end and second.period_start
        assert second.period_end
        nested = (
            first.period_start <= second.period_start and second.period_end <= first.period_end
        ) or (second.period_start <= first.period_start and first.period_end <= second.period_end)
        return None if nested else first

    @staticmethod
    def _governing(
        found: list[TimeExpression], focus: list[tuple[int, int]], first_end: int
    ) -> list[TimeExpression]:
        for start, end in focus:
            in_focus = [e for e in found if not e.vague and e.span[0] >= start and e.span[1] <= end]
            if in_focus:
                later = [e for e in found if e.span[0] >= first_end]
                return in_focus + later
        return found
