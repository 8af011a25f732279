"""What the date reader returns: a time phrase found in a text, and its period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "month", "quarter", "half", "season", "year", "vague")


@dataclass(frozen=True)
class TimeExpression:
    text: str  # the phrase exactly as written
    span: tuple[int, int]  # [first, last+1) offsets in the text searched
    period_start: date | None
    period_end: date | None
    precision: str  # one of PRECISIONS
    edtf: str | None = None
    vague: bool = False
    past: bool = False  # the clause describes the past: never a commitment's deadline

    @property
    def due(self) -> date | None:
        return None if self.vague else self.period_end

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready form (printed by `tracker dates --json`)."""
        due = self.due
        return {
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "due": due.isoformat() if due else None,
            "precision": self.precision,
            "edtf": self.edtf,
            "vague": self.vague,
        }
