"""Find the commitments in a `Document`: sentences -> rules -> commitments.

Only the answers are read (never the questions, headers or footnotes). A
commitment starts at a sentence on which a rule fires and counts; the sentences
after it that point back to it ("Bij deze evaluatie ...", "Op basis van die
evaluatie ...", "Deze overleggen ...") and announce something themselves are
joined to it; and when its first sentence leans on the one before ("Deze zullen
begin 2021 ... worden gelanceerd"), the quote reaches back one sentence so that
it can be read on its own.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date

from tracker import dates
from tracker.documents.model import Block, Document, Exchange
from tracker.extract.actors import ActorKind, ActorResolver
from tracker.extract.cues import Firing, SentenceAnalysis, analyse_sentence
from tracker.extract.due import DueResolver
from tracker.extract.grouping import group_commitments, link_referrals
from tracker.extract.model import Commitment, Source
from tracker.extract.sentences import Sentence, split_sentences
from tracker.extract.timeframes import time_hint
from tracker.extract.titles import make_title

log = logging.getLogger(__name__)

MAX_QUOTE = 900  # characters; the scorer ignores quotes over 1200
MAX_FOLLOW_UPS = 3
_SKIP_KINDS = frozenset({"question", "heading", "footnote", "header"})

# A sentence that points back to the one before: a demonstrative or a pronominal
# adverb among its first words ("Deze overleggen", "Bij deze evaluatie", "Op basis
# van die evaluatie", "Daarbij", "Zo wordt").
_BACK_REFERENCE_START = re.compile(
    r"^(?:[^,\s]+\s+){0,4}?(?:deze|die|dit|dat|daarbij|hierbij|daarna|hierna|daarvoor|hiervoor|"
    r"daarmee|hiermee|daarin|hierin|daarop|hierop|daarover|hierover|zij|ze|vervolgens)\b"
    r"|^zo\s",
    re.IGNORECASE,
)
_NOT_BACK_REFERENCE = re.compile(
    r"^(?:\S+\s+){0,4}?(?:dit|deze|die)\s+(?:jaar|week|maand|zomer|winter|voorjaar|najaar|"
    r"kabinetsperiode|moment|periode|brief|beantwoording)\b",
    re.IGNORECASE,
)
# A sentence that says when: "Ik verwacht dat dit ... het geval zal zijn", "Dit gebeurt in ..."
_TIMING = re.compile(
    r"\b(?:verwacht\w*|gebeurt|gebeuren|zal|zullen|gereed|klaar|plaatsvinden|vindt|afgerond)\b",
    re.IGNORECASE,
)
_ALREADY = re.compile(r"\b(?:reeds|inmiddels|al|heeft|hebben|had|was|werd)\b", re.IGNORECASE)
# A sentence that leans on the one before it: it cannot be understood alone.
_LEANS_BACK = re.compile(
    r"^(?:[^,\s]+\s+){0,1}?(?:deze|die|dit|dat|zij|ze|hij|daar\w*|hier\w*|dergelijke|zo'n|beide)\b"
    r"|(?<!,\s)(?:\b(?:deze|dit)|(?:^|\b(?:van|in|op|bij|met|over|voor|uit|aan|naar|na|door|"
    r"om|tot|onder|zonder|via|en)\s+)die)\s+(?!jaar\b|week\b|maand\b|zomer\b|winter\b|voorjaar\b|najaar\b|"
    r"moment\b|kabinetsperiode\b|brief\b|periode\b)[a-zà-ÿ]"
    r"|\b(?:hier|daar)(?:op|over|van|mee|voor|aan|in|bij|naar|uit|toe)\b|\b(?:hier|daar)\s+(?:\S+\s+)"
    r"{0,6}?(?:op|over|van|mee|voor|aan)\s+(?:terug|in)\b",
    re.IGNORECASE,
)


@dataclass
class _Found:
    """A commitment in the making: the sentences of one block that hold it."""

    exchange: Exchange
    block_index: int
    sentences: list[Sentence]  # the commitment's own sentences (first + follow-ups)
    context: Sentence | None  # the sentence before, when the first leans on it
    firings: list[Firing] = field(default_factory=list)
    lead: int = 1  # how many of `firings` belong to the first sentence


def extract(document: Document) -> list[Commitment]:
    """Every commitment the government makes in the answers of `document`."""
    reference = _reference_date(document)
    resolver = ActorResolver(document)
    due = DueResolver(reference, document)
    commitments: list[Commitment] = []
    referrals: list[tuple[Exchange, Source]] = []
    for exchange in document.exchanges:
        if exchange.role == "annex":
            # a Bijlage holds figures or background, not answers to a question
            continue
        answer_text, block_starts = _answer_layout(exchange)
        analysed = _analyse_exchange(exchange, reference)
        for found in _find_commitments(exchange, analysed, reference):
            commitments.append(_build(found, document, resolver, due, answer_text, block_starts))
        referrals.extend(_referrals(exchange, analysed, answer_text, block_starts))
    commitments = group_commitments(commitments)
    link_referrals(commitments, referrals, document)
    return commitments


def _reference_date(document: Document) -> date:
    """The date relative phrases are read against.

    The reference date, else the document's date, else today (with a warning).
    """
    if document.reference_date is not None:
        return document.reference_date
    if document.date is not None:
        reference = document.date
        note = (
            "no date of the answers found: due dates are read from the document's date "
            f"{reference.isoformat()}"
        )
    else:
        reference = date.today()
        note = (
            "no date of the answers or of the document found: due dates are read from "
            f"today ({reference.isoformat()})"
        )
    if note not in document.warnings:
        document.warnings.append(note)
    return reference


def _answer_layout(exchange: Exchange) -> tuple[str, list[int]]:
    """The full answer text (as `Exchange.answer_text`) and where each block starts in it."""
    starts = []
    pos = 0
    for block in exchange.answer:
        starts.append(pos)
        pos += len(block.text) + 2
    return exchange.answer_text, starts


def _answer_blocks(exchange: Exchange) -> list[tuple[int, Block]]:
    return [(i, b) for i, b in enumerate(exchange.answer) if b.kind not in _SKIP_KINDS and b.text]


_Analysed = list[tuple[int, list[Sentence], list[SentenceAnalysis]]]


def _analyse_exchange(exchange: Exchange, reference: date) -> _Analysed:
    """Each answer block's sentences and what the rules say about them."""
    out = []
    for index, block in _answer_blocks(exchange):
        sentences = split_sentences(block.text)
        out.append((index, sentences, [analyse_sentence(s.text, reference) for s in sentences]))
    return out


def _find_commitments(exchange: Exchange, analysed: _Analysed, reference: date) -> list[_Found]:
    found: list[_Found] = []
    for index, sentences, analyses in analysed:
        i = 0
        while i < len(sentences):
            analysis = analyses[i]
            if not analysis.is_commitment:
                i += 1
                continue
            own = [sentences[i]]
            firings = list(analysis.accepted)
            j = i + 1
            length = len(sentences[i].text)
            while (
                j < len(sentences)
                and len(own) <= MAX_FOLLOW_UPS
                and _is_follow_up(sentences[j].text, analyses[j], reference)
                and length + len(sentences[j].text) < MAX_QUOTE
                and not (
                    analyses[j].is_commitment
                    and _another_time_frame(own, sentences[j].text, reference)
                )
            ):
                own.append(sentences[j])
                firings.extend(analyses[j].accepted)
                length += len(sentences[j].text) + 1
                j += 1
            context = None
            if i > 0 and _leans_back(sentences[i].text) and not analyses[i - 1].sentence_blocker:
                prev = sentences[i - 1]
                if length + len(prev.text) < MAX_QUOTE:
                    context = prev
            found.append(
                _Found(exchange, index, own, context, firings, lead=len(analysis.accepted))
            )
            i = j
    return found


def _is_follow_up(text: str, analysis: SentenceAnalysis, reference: date) -> bool:
    """Does this sentence continue the commitment before it?

    It must point back ("Bij deze evaluatie ...", "Deze module ...") and either
    announce something itself or say when the promise will be kept ("Ik verwacht
    dat dit uiterlijk in september het geval zal zijn").
    """
    if analysis.sentence_blocker in ("vraag", "herhaling van de vraag"):
        return False
    if _NOT_BACK_REFERENCE.match(text) or not _BACK_REFERENCE_START.match(text):
        return False
    if analysis.is_commitment or analysis.weak:
        return True
    return (
        len(text) < 200
        and _TIMING.search(text) is not None
        and not _ALREADY.search(text)
        and time_hint(text, reference).future
    )


def _another_time_frame(own: list[Sentence], text: str, reference: date) -> bool:
    """Does a follow-up promise something for another time than the commitment so far?

    "... de evaluatie, die ik uw Kamer na de zomer van 2023 toestuur. Daarover zal
    ik ook in de volgende voortgangsbrief rapporteren, die uw Kamer voor de zomer
    ontvangt." holds two promises with two deadlines; "in 2021" and then "in de
    eerste helft van 2021" is one promise made more precise (the second period lies
    within the first).
    """
    if not time_hint(text, reference).future:
        return False
    head = " ".join(s.text for s in own)
    if not time_hint(head, reference).future:
        return False
    mine = _dated(text, reference)
    theirs = _dated(head, reference)
    if mine is None or theirs is None:
        return False
    return not (theirs[0] <= mine[0] and mine[1] <= theirs[1]) and not (
        mine[0] <= theirs[0] and theirs[1] <= mine[1]
    )


def _dated(text: str, reference: date) -> tuple[date, date] | None:
    try:
        live = [
            e
            for e in dates.find_time_expressions(text, reference)
            if not e.past and not e.vague and e.period_start and e.period_end
        ]
        best = dates.choose_due(live) if live else None
    except Exception:  # noqa: BLE001 - the date module must not stop extraction
        return None
    if best is None or best.period_start is None or best.period_end is None:
        return None
    return best.period_start, best.period_end


def _leans_back(text: str) -> bool:
    # "Daarnaast ...", "Hiernaast ...": adds something; that word alone does not lean back
    return bool(_LEANS_BACK.search(_ADDING_START.sub("", text, count=1)))


_ADDING_START = re.compile(r"^(?:daarnaast|hiernaast|daarenboven|daarentegen)\b,?\s*", re.I)


def _build(
    found: _Found,
    document: Document,
    resolver: ActorResolver,
    due: DueResolver,
    answer_text: str,
    block_starts: list[int],
) -> Commitment:
    block = found.exchange.answer[found.block_index]
    first = found.context or found.sentences[0]
    last = found.sentences[-1]
    quote = block.text[first.start : last.end]
    start, end = block.source_span(first.start, last.end)
    in_answer = block_starts[found.block_index] + first.start
    source = Source(
        quote=quote,
        start=start,
        end=end,
        faction=found.exchange.faction,
        question=found.exchange.question,
        section=found.exchange.section,
        answer=answer_text,
        quote_in_answer=(in_answer, in_answer + len(quote)),
        lead_in=(found.sentences[0].start - first.start) if found.context else 0,
    )
    main = _main_firing(found.firings[: found.lead])
    before = answer_text[: block_starts[found.block_index] + found.sentences[0].start]
    actor, ministry = resolver.resolve(
        main.actor_kind if main.actor_kind != ActorKind.ANAPHOR else ActorKind.NONE,
        main.actor_text,
        found.exchange,
        before,
    )
    own_text = " ".join(s.text for s in found.sentences)
    first_text = found.sentences[0].text
    lead_in = len(first_text) - len(first_text.lstrip())
    focus = [
        (lead_in + f.clause_start, lead_in + f.clause_start + len(f.clause))
        for f in found.firings[: found.lead]
    ]
    expression = due.resolve(own_text, focus, len(first_text))
    commitment = Commitment(
        title=make_title(
            found.sentences[0].text,
            main,
            found.context.text if found.context else "",
            preceding=before,
            question=found.exchange.question or "",
        ),
        sources=[source],
        actor=actor,
        ministry=ministry,
        cue=_cue_text(main, actor),
        cues=_cue_list(found.firings),
    )
    if expression is not None:
        commitment.due = expression.due
        commitment.due_text = expression.text
        commitment.due_precision = expression.precision
        commitment.period_start = expression.period_start
        commitment.period_end = expression.period_end
        commitment.edtf = expression.edtf
    return commitment


# Which firing explains a commitment best: specific rules before generic ones.
_RULE_PRIORITY = (
    "toezegging",
    "kamer_informeren",
    "kamer_informeren_nu",
    "kamer_geinformeerd",
    "kamer_ontvangt",
    "terugkomen",
    "onderzoek_laten_doen",
    "advies_uitbrengen",
    "inwerkingtreding",
    "gepland",
    "verwachte_levering",
    "verwachting_eigen_handeling",
    "volgt",
    "in_voorbereiding",
    "werkt_aan",
    "voornemen",
    "willen",
    "verzoek",
    "besluit",
    "meenemen",
    "inzet",
    "er_komt",
    "komt_beschikbaar",
    "passief_handeling",
    "passief_met_termijn",
    "toekomst_passief",
    "toekomst",
    "gaan_doen",
    "tijd_en_handeling",
    "doorlopend",
)


def _main_firing(firings: list[Firing]) -> Firing:
    def rank(f: Firing) -> int:
        try:
            return _RULE_PRIORITY.index(f.rule.name)
        except ValueError:
            return len(_RULE_PRIORITY)

    return min(firings, key=rank)


def _cue_text(firing: Firing, actor: str | None) -> str:
    who = actor or firing.actor_kind.value
    if firing.actor_kind == ActorKind.NONE:
        who = f"lijdende vorm, {actor}" if actor else "lijdende vorm"
    return f"{firing.rule.label} met '{firing.words}' ({who})"


def _cue_list(firings: list[Firing]) -> list[str]:
    seen: list[str] = []
    for f in firings:
        entry = f"{f.rule.name}: {f.words}"
        if entry not in seen:
            seen.append(entry)
    return seen


def _referrals(
    exchange: Exchange, analysed: _Analysed, answer_text: str, block_starts: list[int]
) -> list[tuple[Exchange, Source]]:
    """Sentences that send the reader to another answer ("Hiervoor verwijs ik u naar ...")."""
    out = []
    for index, sentences, analyses in analysed:
        block = exchange.answer[index]
        for sentence, analysis in zip(sentences, analyses, strict=True):
            if not analysis.referral or analysis.is_commitment:
                continue
            start, end = block.source_span(sentence.start, sentence.end)
            in_answer = block_starts[index] + sentence.start
            out.append(
                (
                    exchange,
                    Source(
                        quote=sentence.text,
                        start=start,
                        end=end,
                        faction=exchange.faction,
                        question=exchange.question,
                        section=exchange.section,
                        answer=answer_text,
                        quote_in_answer=(in_answer, in_answer + len(sentence.text)),
                        kind="referral",
                    ),
                )
            )
    return out
