"""Plain data that extraction hands to storage, the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Source:
    """Where a commitment was made: the verbatim quote and its context."""

    quote: str  # plain text of the commitment's sentences, understandable alone
    start: int  # offsets of the quote in Document.source
    end: int
    faction: str | None = None
    question: str = ""
    section: str = ""
    answer: str = ""  # the whole answer the quote stands in (plain text)
    quote_in_answer: tuple[int, int] | None = None  # span of the quote inside `answer`
    # "quote": the commitment is made here; "referral": this answer only points to an
    # answer that makes it ("Hiervoor verwijs ik u naar de beantwoording van ...")
    kind: str = "quote"
    # characters at the start of `quote` that are there only to make it readable
    # alone (the sentence "Deze zullen ..." points back to), not part of the promise
    lead_in: int = 0


@dataclass
class Commitment:
    """One promise of the government, found in one or more answers."""

    title: str
    sources: list[Source]
    due: date | None = None
    due_text: str | None = None  # the phrase as written: "in het voorjaar van 2021"
    due_precision: str | None = None  # day|month|quarter|half|season|year|vague
    period_start: date | None = None
    period_end: date | None = None
    edtf: str | None = None
    actor: str | None = None  # "Minister van OCW"
    ministry: str | None = None  # "OCW"
    cue: str = ""  # why it was extracted: the rule that fired and its words
    cues: list[str] = field(default_factory=list)
