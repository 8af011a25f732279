"""A bare "Ja." to a request: the question says what is promised.

"Bent u bereid de Kamer voor de zomer te informeren over de evaluatie?" answered
"Ja." is a commitment (see the specification, "Learned from real documents"): the
request in the question is the promise, the answer accepts it. The request is read
as the government's own sentence ("Ik ben bereid de Kamer voor de zomer te
informeren over de evaluatie."), so that the rules, the due date and the title
treat it like any promise; the quote holds the question's request and the answer.

A "Ja" to "Bent u bekend met ...?" or "Kunt u deze vragen beantwoorden?" promises
nothing: only a request to act, to inform or to commit counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.documents.model import Block, Exchange
from tracker.extract.sentences import Sentence, split_sentences

_I = re.IGNORECASE
# The answer accepts, and says nothing else in its first sentence.
_BARE_YES = re.compile(
    r"^(?:Ja|Jazeker|Zeker)(?:\s*[,.!]\s*(?:(?:dat|daartoe|hiertoe|daar)\s+(?:ben|zeg|wil|zal)\s+ik"
    r"(?:\s+(?:graag|zeker|ook))?(?:\s+(?:bereid|toe|doen))?|dat\s+doe\s+ik|dat\s+zeg\s+ik\s+(?:u\s+)?toe))?"
    r"\s*[.!]?$",
    _I,
)
_YES_START = re.compile(r"\s*(?:Antwoord\s+)?(?:\d+\s+)?(?:Ja|Jazeker|Zeker)\b", _I)
_NUMBER_START = re.compile(r"^(?:Antwoord\s+)?\d+\s+", _I)
_LEAD_WORDS = re.compile(r"^(?:zo\s+ja|en|ook|tot\s+slot|ten\s+slotte)\s*,?\s*", _I)
# A request to the government, and how it reads as the government's own sentence.
_REQUESTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:Bent|Is)\s+u\s+(?:ook\s+|dan\s+)?bereid\b", _I), "Ik ben bereid"),
    (re.compile(r"^Wilt\s+u\s+(?:ook\s+|dan\s+)?toezeggen\b", _I), "Ik zeg toe"),
    (
        re.compile(r"^(?:Kunt|Wilt)\s+u\s+(?:ook\s+|dan\s+)?(?:(?:de|uw)\s+)?(?:Kamer|ons)\b", _I),
        "",
    ),
    (re.compile(r"^Zegt\s+u\s+(?:ook\s+)?toe\b", _I), "Ik zeg toe"),
    (
        re.compile(
            r"^(?:Is|Zijn)\s+(?P<who>(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering)"
            r"(?:\s+van\s+[\w-]+(?:\s+en\s+[\w-]+)?)?)\s+(?:ook\s+)?bereid\b",
            _I,
        ),
        "{who} is bereid",
    ),
)
# Requests that the answers themselves fulfil: "Kunt u deze vragen beantwoorden?"
_ANSWERING = re.compile(r"\bvragen\b[^?]*\bbeantwoorden\b|\bbeantwoorden\b[^?]*\bvragen\b", _I)
_KAMER_REQUEST = re.compile(
    r"^(?:Kunt|Wilt)\s+u\s+(?:ook\s+|dan\s+)?(?P<rest>(?:(?:de|uw)\s+)?(?:Kamer|ons)\b.*)$", _I
)


@dataclass
class Assent:
    """A request in the question accepted by a bare yes."""

    statement: str  # the request as the government's own sentence
    request: Sentence  # the question sentence, in `question_block`'s text
    question_block: Block
    answer: Sentence  # the "Ja." sentence, in `answer_block`'s text
    answer_index: int  # index of the answer block in `Exchange.answer`

    @property
    def quote(self) -> str:
        return f"{self.request.text} {self.answer.text}"


def find_assent(exchange: Exchange, skip_kinds: frozenset[str]) -> Assent | None:
    """The request a bare yes accepts, when the answer opens with one."""
    if not exchange.question_blocks or not any(
        _YES_START.match(b.text) for b in exchange.answer[:2]
    ):
        return None
    for index, block in enumerate(exchange.answer):
        if block.kind in skip_kinds or not block.text.strip():
            continue
        sentences = split_sentences(block.text)
        if not sentences or not _BARE_YES.match(_without_number(sentences[0].text).strip()):
            return None
        answer, answer_index = sentences[0], index
        break
    else:
        return None
    for q_block in reversed(exchange.question_blocks):
        for request in reversed(split_sentences(q_block.text)):
            statement = _as_statement(request.text)
            if statement:
                return Assent(statement, request, q_block, answer, answer_index)
    return None


def _without_number(text: str) -> str:
    # "Antwoord 3 Ja." as some readers leave it
    return _NUMBER_START.sub("", text.strip())


def _as_statement(question: str) -> str | None:
    """ "Bent u bereid X te doen?" -> "Ik ben bereid X te doen." (None: not a request)."""
    text = question.strip()
    if not text.endswith("?") or _ANSWERING.search(text):
        return None
    body = text.rstrip("?").strip()
    # "Zo ja, bent u bereid ..." / "En bent u bereid ...": the request starts after them
    body = _LEAD_WORDS.sub("", body)
    body = body[:1].upper() + body[1:]
    for pattern, replacement in _REQUESTS:
        m = pattern.match(body)
        if not m:
            continue
        if not replacement:
            kamer = _KAMER_REQUEST.match(body)
            if not kamer:
                return None
            # "Kunt u de Kamer voor de zomer informeren over X?" -> "Ik zal de Kamer ..."
            return f"Ik zal {kamer.group('rest')}."
        lead = replacement.format(**{k: v for k, v in m.groupdict().items() if v})
        return f"{lead[:1].upper()}{lead[1:]}{body[m.end() :]}."
    return None
