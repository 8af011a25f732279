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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from tracker import clock, dates
from tracker.documents.model import Block, Document, Exchange
from tracker.extract import lexicon
from tracker.extract.actors import ActorKind, ActorResolver
from tracker.extract.assent import Assent, find_assent
from tracker.extract.cue_text import cue_text
from tracker.extract.cues import Firing, SentenceAnalysis, analyse_sentence
from tracker.extract.due import DueResolver
from tracker.extract.grouping import group_commitments, link_referrals, merge_announced_repeats
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
    r"^(?:[^,\s]+\s+){0,4}?(?:deze|dit|daarbij|hierbij|daarna|hierna|daarvoor|hiervoor|"
    r"daarmee|hiermee|daarin|hierin|daarop|hierop|daarover|hierover|zij|ze|vervolgens)\b"
    # "die"/"dat" first or after a preposition; "Ik verwacht dat ..." is a conjunction
    r"|^(?:(?:[^,\s]+\s+){0,3}?(?:van|met|bij|op|in|voor|over|na|door|uit|aan|naar|om)\s+)?"
    r"(?:die|dat)\b"
    r"|^zo\s",
    re.IGNORECASE,
)
_DEFINITE_START = re.compile(r"^(?:De|Het)\s+(?P<words>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,2})")
_PARTICIPLE_WORD = re.compile(r"[a-zà-ÿ]+")
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:deze|dit|die|dat)\s+([a-zà-ÿ]{5,})\b", re.IGNORECASE)
_TIME_DEMONSTRATIVE = re.compile(
    r"\b(?:dit|deze|die)\s+(?:jaar|week|maand|zomer|winter|voorjaar|najaar|"
    r"kabinetsperiode|moment|periode|brief|beantwoording)\b",
    re.IGNORECASE,
)
# A sentence that says when: "Ik verwacht dat dit ... het geval zal zijn", "Dit gebeurt in ..."
_TIMING = re.compile(
    r"\b(?:verwacht\w*|gebeurt|gebeuren|zal|zullen|gereed|klaar|plaatsvinden|vindt|afgerond|"
    r"gaat|gaan|start|starten|begint|treedt|treden|ingaat)\b",
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
    # where the House is told of the act's outcome ("De evaluatie ontvangt uw Kamer voor de
    # zomer"), when a later sentence does: its time is when the promise is kept
    report: int | None = None


class _Titles:
    """Titles are made last, for the commitments that remain once repeats are merged: a
    repeat's title would be thrown away (and a title is the most work of a commitment)."""

    def __init__(self) -> None:
        self._pending: dict[int, tuple[tuple, dict]] = {}

    def defer(self, commitment: Commitment, *args, **kwargs) -> None:
        self._pending[id(commitment)] = (args, kwargs)

    def make(self, commitments: list[Commitment]) -> None:
        for commitment in commitments:
            args, kwargs = self._pending.pop(id(commitment))
            commitment.title = make_title(*args, **kwargs)
        self._pending.clear()


def extract(
    document: Document, progress: Callable[[float], None] | None = None
) -> list[Commitment]:
    """Every commitment the government makes in the answers of `document`. `progress`
    is told how far it is (0 to 1, by the answer text read) as it goes on."""
    tell = progress or (lambda _fraction: None)
    total = max(sum(len(b.text) for e in document.exchanges for b in e.answer), 1)
    done = 0
    tell(0.0)
    reference = _reference_date(document)
    resolver = ActorResolver(document)
    due = DueResolver(reference, document)
    titles = _Titles()
    commitments: list[Commitment] = []
    referrals: list[tuple[Exchange, Source]] = []
    for exchange in document.exchanges:
        if exchange.role == "annex":
            # a Bijlage holds figures or background, not answers to a question
            continue
        answer_text, block_starts = _answer_layout(exchange)

        def read(chars: int, before: int = done) -> None:
            tell(0.9 * (before + chars) / total)

        analysed = _analyse_exchange(exchange, reference, read)
        done += len(answer_text)
        previous: tuple[_Found, Commitment] | None = None
        for found in _find_commitments(exchange, analysed, reference):
            commitment = _build(found, document, resolver, due, titles, answer_text, block_starts)
            if previous is not None:
                _inherit_due(commitment, found, *previous)
            commitments.append(commitment)
            previous = (found, commitment)
        if previous is None:
            assent = find_assent(exchange, _SKIP_KINDS)
            made = assent and _assent_commitment(
                assent,
                exchange,
                document,
                resolver,
                due,
                titles,
                answer_text,
                block_starts,
                reference,
            )
            if made:
                commitments.append(made)
        referrals.extend(_referrals(exchange, analysed, answer_text, block_starts))
    commitments = merge_announced_repeats(group_commitments(commitments), document)
    titles.make(commitments)
    link_referrals(commitments, referrals, document)
    tell(1.0)
    return commitments


def _assent_commitment(
    assent: Assent,
    exchange: Exchange,
    document: Document,
    resolver: ActorResolver,
    due: DueResolver,
    titles: _Titles,
    answer_text: str,
    block_starts: list[int],
    reference: date,
) -> Commitment | None:
    """The request a bare "Ja." accepts, read as the government's own sentence."""
    analysis = analyse_sentence(assent.statement, reference)
    if not analysis.is_commitment:
        return None
    statement = Block("answer", assent.statement, [])
    sentence = Sentence(0, len(assent.statement), assent.statement)
    found = _Found(
        replace(exchange, answer=[statement]),
        0,
        [sentence],
        None,
        analysis.accepted,
        lead=len(analysis.accepted),
    )
    commitment = _build(found, document, resolver, due, titles, assent.statement, [0])
    start = assent.question_block.source_span(assent.request.start, assent.request.end)[0]
    answer_block = exchange.answer[assent.answer_index]
    end = answer_block.source_span(assent.answer.start, assent.answer.end)[1]
    in_answer = block_starts[assent.answer_index] + assent.answer.start
    commitment.sources = [
        Source(
            quote=assent.quote,
            start=start,
            end=max(end, start),
            faction=exchange.faction,
            question=exchange.question,
            section=exchange.section,
            answer=answer_text,
            quote_in_answer=(in_answer, in_answer + len(assent.answer.text)),
        )
    ]
    return commitment


def _inherit_due(
    commitment: Commitment, found: _Found, before: _Found, earlier: Commitment
) -> None:
    """A report to the House without a time of its own, right after a dated act, is due with it.

    "De instellingen ontvangen met Prinsjesdag de beschikkingen. Uw Kamer zal per brief
    geïnformeerd worden over de besluiten." - the letter reports what is done on Prinsjesdag.
    """
    if commitment.due is not None or commitment.due_text or earlier.due is None:
        return
    if found.block_index != before.block_index or found.context is not None:
        return
    if _main_firing(found.firings[: found.lead]).name not in _INFORM_RULES:
        return
    if _RECURRING.search(found.sentences[0].text):
        return  # "voortaan jaarlijks": a standing duty has no one date
    if found.sentences[0].start - before.sentences[-1].end > 2:
        return  # another sentence stands between them
    for name in ("due", "due_text", "due_precision", "period_start", "period_end", "edtf"):
        setattr(commitment, name, getattr(earlier, name))


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
        reference = clock.today()
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


def _analyse_exchange(
    exchange: Exchange, reference: date, read: Callable[[int], None] | None = None
) -> _Analysed:
    """Each answer block's sentences and what the rules say about them. `read` is told
    how many characters of the answer are read, now and then (a long block is slow)."""
    out = []
    read_before = 0
    for index, block in _answer_blocks(exchange):
        sentences = split_sentences(block.text)
        analyses = []
        for k, sentence in enumerate(sentences):
            analyses.append(analyse_sentence(sentence.text, reference))
            if read is not None and k % 64 == 63:
                read(read_before + sentence.end)
        out.append((index, sentences, analyses))
        read_before += len(block.text) + 2
        if read is not None:
            read(read_before)
    return out


def _find_commitments(exchange: Exchange, analysed: _Analysed, reference: date) -> list[_Found]:
    found: list[_Found] = []
    for index, sentences, analyses in analysed:
        routine: bool | None = None  # read when the block first holds a candidate
        i = 0
        while i < len(sentences):
            analysis = analyses[i]
            if analysis.is_commitment and _describes_routine(analysis):
                if routine is None:
                    routine = _ROUTINE.search(exchange.answer[index].text) is not None
                if routine:
                    i += 1
                    continue
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
                and _is_follow_up(sentences[j].text, analyses[j], reference, own[-1].text)
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
            last = found[-1] if found else None
            if (
                last is not None
                and last.block_index == index
                and last.sentences[-1] is sentences[i - 1]
                and _reports_on(last, sentences[i].text, analysis, reference)
                and sum(len(s.text) for s in last.sentences) + length < MAX_QUOTE
            ):
                # "Ik zal onderzoeken of ... Voor het kerstreces informeer ik uw Kamer over
                # de uitkomst van dit onderzoek.": one promise, due when the House hears
                last.report = len(last.sentences)
                last.sentences.extend(own)
                last.firings.extend(firings)
                i = j
                continue
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


def _describes_routine(analysis: SentenceAnalysis) -> bool:
    """In a paragraph about what happens every year, a present-tense event is the routine.

    "ATR publiceert tweemaal per jaar een rapport ... Dit betreft het jaarverslag en
    deze verschijnt in het voorjaar": no promise, however dated its words.
    """
    return all(
        f.name in _PRESENT_EVENT_RULES
        and not (f.time and any(_THIS_TIME.search(p) for p in f.time.phrases))
        for f in analysis.accepted
    )


def _is_follow_up(text: str, analysis: SentenceAnalysis, reference: date, before: str = "") -> bool:
    """Does this sentence continue the commitment before it?

    It must point back ("Bij deze evaluatie ...", "Deze module ...", or names again
    what the sentence `before` announced: "... worden in 2026 geëvalueerd. De
    evaluatie stuur ik ...") and either announce something itself or say when the
    promise will be kept ("Ik verwacht dat dit uiterlijk in september het geval zal zijn").
    """
    if analysis.sentence_blocker in ("vraag", "herhaling van de vraag"):
        return False
    # "dit najaar", "deze week" name a time, not what came before
    if not _BACK_REFERENCE_START.match(_TIME_DEMONSTRATIVE.sub("", text)):
        if not _names_again(text, before) or analysis.is_commitment:
            return False  # naming the thing again may add when, not a promise of its own
    elif analysis.is_commitment or analysis.weak:
        return True
    return (
        len(text) < 200
        and _TIMING.search(text) is not None
        and not _ALREADY.search(text)
        and time_hint(text, reference).future
    )


def _reports_on(earlier: _Found, text: str, analysis: SentenceAnalysis, reference: date) -> bool:
    """Does this sentence promise the House the outcome of the act before it?

    The act and the report on it are one promise (the specification's Praktijkleren
    evaluation "... Op basis van die evaluatie zal de Kamer geïnformeerd worden"): the
    sentence reports to the House, points to that act (at its start, by naming it
    again, or by "dit onderzoek", "die verkenning"), and is not due before the act.
    """
    if _main_firing(analysis.accepted).name not in _TO_THE_HOUSE:
        return False
    before = earlier.sentences[-1].text
    stems = {w[:6] for w in _PARTICIPLE_WORD.findall(before.lower()) if len(w) >= 5}
    points_back = (
        _BACK_REFERENCE_START.match(_TIME_DEMONSTRATIVE.sub("", text)) is not None
        or _names_again(text, before)
        or any(m.group(1).lower()[:6] in stems for m in _DEMONSTRATIVE_NOUN.finditer(text))
    )
    return points_back and not _reported_before_the_act(earlier, text, reference)


def _reported_before_the_act(earlier: _Found, text: str, reference: date) -> bool:
    """The report is due before the act's own time ends: two steps, not one promise."""
    act = [f.clause for f in earlier.firings[: earlier.lead]]
    if not any(time_hint(clause, reference).future for clause in act):
        return False
    acted = _dated(" ".join(act), reference)
    told = _dated(text, reference)
    return acted is not None and told is not None and told[1] < acted[1]


def _names_again(text: str, before: str) -> bool:
    """Does `text` open with "De/Het <noun>" for a thing the sentence `before` names?

    "De verruimde regeling gaat per 1 augustus in" after "... de subsidieregeling te
    verruimen"; "De evaluatie stuur ik ..." after "... worden in 2026 geëvalueerd".
    """
    m = _DEFINITE_START.match(text)
    if not m or not before:
        return False
    words = _PARTICIPLE_WORD.findall(before.lower())
    named = {lexicon.PARTICIPLE_NOUNS[w].lower() for w in words if w in lexicon.PARTICIPLE_NOUNS}
    stems = {w[:6] for w in words if len(w) >= 5}
    for word in m.group("words").lower().split():  # "De verruimde regeling": either word
        if len(word) < 5:
            continue
        if (
            word in named
            or word[:6] in stems  # "Het onderzoeksrapport" after "... laat ik onderzoeken"
            or re.search(rf"{re.escape(word)}\b", before, re.IGNORECASE)  # "subsidieregeling"
        ):
            return True
    return False


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
    titles: _Titles,
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
    # a promise to the House comes first: its time governs ("Op 26 september vindt een
    # bijeenkomst plaats en ik verwacht uw Kamer dit najaar te informeren": dit najaar);
    # otherwise the clauses in their order
    focus = [
        (lead_in + f.clause_start, lead_in + f.clause_start + len(f.clause))
        for f in sorted(found.firings[: found.lead], key=lambda f: f.name not in _TO_THE_HOUSE)
    ]
    expression = None
    if found.report is not None:
        report = found.sentences[found.report :]
        expression = due.resolve(" ".join(s.text for s in report), None, len(report[0].text))
    expression = expression or due.resolve(own_text, focus, len(first_text))
    commitment = Commitment(
        title="",  # made once the repeats are merged: see `_Titles`
        sources=[source],
        actor=actor,
        ministry=ministry,
        cue=_cue_text(main, actor),
        cues=_cue_list(found.firings),
    )
    titles.defer(
        commitment,
        found.sentences[0].text,
        main,
        found.context.text if found.context else "",
        preceding=_before_the_promise(before, first_text, main, found),
        question=found.exchange.question or "",
    )
    if expression is not None:
        commitment.due = expression.due
        commitment.due_text = expression.text
        commitment.due_precision = expression.precision
        commitment.period_start = expression.period_start
        commitment.period_end = expression.period_end
        commitment.edtf = expression.edtf
    return commitment


def _before_the_promise(before: str, first: str, main: Firing, found: _Found) -> str:
    """The answer before the promise's own clause: what its "daarvan", "de uitkomst" point at.

    "Ik heb de GD gevraagd tankmelk te onderzoeken, en ik informeer uw Kamer over de
    uitkomst": the clauses before the promise's own count as what came before it.
    """
    if not main.clause_start or main not in found.firings[: found.lead]:
        return before
    return f"{before} {first.lstrip()[: main.clause_start].rstrip(' ,;')}.".strip()


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


_TO_THE_HOUSE = frozenset(_RULE_PRIORITY[:6])  # toezegging ... terugkomen
# Rules that fire on a present tense that also tells what usually happens.
_PRESENT_EVENT_RULES = frozenset(
    {"evenement", "volgt", "tijd_en_handeling", "passief_met_termijn", "komt_beschikbaar"}
)
_ROUTINE = re.compile(
    r"\b(?:(?:een|één|twee|drie|vier|meerdere|enkele)maal\s+per\s+jaar|jaarlijks|halfjaarlijks|meestal|doorgaans|gebruikelijk|"
    r"(?:elk|ieder)\s+(?:jaar|voorjaar|najaar|kwartaal)|telkens|periodiek)\b",
    re.IGNORECASE,
)
# a time of one year, not of every year: "in het najaar van 2024", "dit jaar"
_THIS_TIME = re.compile(r"(?:19|20)\d\d|\b(?:dit|deze|volgend|komend|aanstaande)\b", re.IGNORECASE)
_INFORM_RULES = frozenset(_RULE_PRIORITY[1:5])  # kamer_informeren ... kamer_ontvangt
_RECURRING = re.compile(
    r"\b(?:voortaan|jaarlijks|halfjaarlijks|periodiek|telkens|structureel|steeds|"
    r"(?:elk|ieder)\s+(?:jaar|kwartaal|half\s+jaar)|(?:een|één|twee|drie|vier)maal\s+per\s+jaar)\b",
    re.IGNORECASE,
)


def _main_firing(firings: list[Firing]) -> Firing:
    def rank(f: Firing) -> int:
        try:
            return _RULE_PRIORITY.index(f.rule.name)
        except ValueError:
            return len(_RULE_PRIORITY)

    return min(firings, key=rank)


def _cue_text(firing: Firing, actor: str | None) -> str:
    if firing.actor_kind == ActorKind.NONE:
        return cue_text(firing.rule.label, firing.words, actor or "", passive=True)
    return cue_text(firing.rule.label, firing.words, actor or firing.actor_kind.value, False)


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
