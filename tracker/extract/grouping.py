"""One promise, one row: merging repeats and linking answers that refer to other answers.

Decisions (the specification leaves them open):

* **Repeats.** Two commitments of one document whose sentences say nearly the
  same thing (the Praktijkleren evaluation promised to both CDA and D66) become
  one commitment with one `Source` per place. "Nearly the same" is measured on
  content words cut to six letters, so that a word matches a longer word it
  begins ("subsidie" ~ "subsidieregeling"), each weighted by how rare it is among
  the document's commitments: words every promise of the document shares ("uw
  Kamer", "informeren", "voor de zomer", "evaluatie") say little, the object says
  much. So "Ik zal uw Kamer voor de zomer informeren over de evaluatie van de Wet
  A" and "... van de Wet B" stay two promises: the same act on another object.
  Two commitments with different due dates are never merged. The first occurrence
  keeps its title, actor and due date.
* **Referrals.** An answer that only refers to another answer ("Hiervoor
  verwijs ik u naar de beantwoording van de vragen van de CDA-fractie", "Zie
  het antwoord op vraag 3") makes no new commitment. It is added as a `Source`
  of kind "referral" to the commitment(s) it points to: for a numbered question
  to every commitment in that answer; for a faction's answers to the one
  commitment whose question is most like the referring question (a faction
  answers many questions; linking all of them would bury the link). A referral
  whose target has no commitments is dropped.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable

from tracker.documents.model import Document, Exchange
from tracker.extract.model import Commitment, Source

SAME_PROMISE = 0.55  # share of content words two commitments must have in common
CONTAINED_PROMISE = (0.35, 0.9)  # or: this much in common, and the smaller one this much within
RELATED_QUESTION = 0.08  # least likeness between a referring question and its target

_STOPWORDS = frozenset(
    """
    aan al alle als bij dan dat de deze die dit door een en er het hier hij hun ik in is je
    kan kunnen maar met meer na naar niet nog nu of om onder ook op over te tot uit van veel
    voor wat we wel wij worden wordt zal zij zijn zullen zo zoals ze daar daarbij hierbij
    hoe welke waar wanneer leden fractie vragen vraagt staatssecretaris minister kabinet
    kom komt komen gaat gaan
    """.split()
)
_INFORMING = dict.fromkeys(
    (
        "inform",
        "terug",
        "kamer",
        "berich",
        "rappor",
        "stuur",
        "toestu",
        "toezen",
        "brief",
        "kamerb",
        "geïnfo",
    ),
    "kamer",
)
_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])-(?=[a-zà-ÿ])")
_WORD = re.compile(r"[a-zà-ÿ0-9]{3,}", re.IGNORECASE)
_FACTION_REF = re.compile(
    r"\bvan\s+de\s+(?:leden\s+van\s+de\s+)?([\w\-]+?)-?fractie\b", re.IGNORECASE
)
_QUESTION_REF = re.compile(
    r"\b(?:vraag|vragen|antwoord(?:en)?(?:\s+op\s+vra(?:ag|gen))?)\s+(\d+(?:\s*(?:,|en|t/m|tot\s+en\s+met|-)\s*\d+)*)",
    re.IGNORECASE,
)


def content_words(text: str) -> set[str]:
    """Content words cut to six letters: a cheap stem ("subsidie" ~ "subsidieregeling")."""
    text = _HYPHEN.sub("", text.lower())  # "techniek-keten" ~ "techniekketen"
    stems = {w[:6] for w in (m.group(0) for m in _WORD.finditer(text)) if w not in _STOPWORDS}
    # "kom ik ... op terug" and "informeer de Kamer" promise the same act
    return {_INFORMING.get(w, w) for w in stems}


def likeness(a: set[str], b: set[str]) -> float:
    """Jaccard likeness of two sets of stems."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def _own_text(commitment: Commitment) -> str:
    # without the sentence a quote reaches back to for context: that one is not the promise
    return " ".join(s.quote[s.lead_in :] for s in commitment.sources if s.kind == "quote")


def same_promise(a: set[str], b: set[str], weight: dict[str, float]) -> bool:
    """Nearly the same words, or one promise's words all within the other's.

    The second reading keeps a repeat with a few words of its own together ("Zoals
    aangegeven zal ik ... over de evaluatie van de Wet Bibob" and the promise it
    repeats); it still asks for a fair share in common, so that a short promise
    with no object of its own is not swallowed by a longer one.
    """
    if not a or not b:
        return False
    shared = sum(weight.get(w, 1.0) for w in a & b)
    if not shared:
        return False
    total_a = sum(weight.get(w, 1.0) for w in a)
    total_b = sum(weight.get(w, 1.0) for w in b)
    jaccard = shared / (total_a + total_b - shared)
    if jaccard >= SAME_PROMISE:
        return True
    smaller = min(total_a, total_b)
    return jaccard >= CONTAINED_PROMISE[0] and shared / smaller >= CONTAINED_PROMISE[1]


def _rarity(word_sets: list[set[str]]) -> dict[str, float]:
    """log(1 + N / df) squared: a stem in every commitment weighs 0.48, in one of ten 5.7."""
    count: dict[str, int] = {}
    for words in word_sets:
        for w in words:
            count[w] = count.get(w, 0) + 1
    n = len(word_sets)
    return {w: math.log(1 + n / df) ** 2 for w, df in count.items()}


def group_commitments(commitments: list[Commitment]) -> list[Commitment]:
    """Merge commitments that repeat the same promise; order of first occurrence is kept."""
    kept: list[Commitment] = []
    words: list[set[str]] = []
    all_words = [content_words(_own_text(c)) for c in commitments]
    weight = _rarity(all_words)
    for commitment, these in zip(commitments, all_words, strict=True):
        target = None
        for i, other in enumerate(kept):
            if commitment.due != other.due:
                continue
            if same_promise(these, words[i], weight):
                target = i
                break
        if target is None:
            kept.append(commitment)
            words.append(these)
            continue
        merged = kept[target]
        for source in commitment.sources:
            if all(source.start != s.start for s in merged.sources):
                merged.sources.append(source)
        for cue in commitment.cues:
            if cue not in merged.cues:
                merged.cues.append(cue)
    return kept


def link_referrals(
    commitments: list[Commitment], referrals: list[tuple[Exchange, Source]], document: Document
) -> None:
    """Attach each referral to the commitment(s) of the answer it points to."""
    if not referrals or not commitments:
        return
    by_number = _by_question_number(commitments, document)
    for exchange, referral in referrals:
        targets: list[Commitment] = []
        numbers = _referred_numbers(referral.quote)
        if numbers:
            for n in numbers:
                for c in by_number.get(n, []):
                    if c not in targets:
                        targets.append(c)
        else:
            m = _FACTION_REF.search(referral.quote)
            if m:
                targets = _best_for_faction(m.group(1), exchange, commitments)
        for commitment in targets:
            if all(s.start != referral.start for s in commitment.sources):
                commitment.sources.append(referral)


def _by_question_number(
    commitments: list[Commitment], document: Document
) -> dict[str, list[Commitment]]:
    """The commitments made in the answer to each numbered question."""
    by_number: dict[str, list[Commitment]] = {}
    exchange_of = _exchange_finder(document)
    for commitment in commitments:
        for source in commitment.sources:
            ex = exchange_of(source)
            if ex is not None and ex.number:
                for number in re.findall(r"\d+", ex.number):
                    if commitment not in by_number.setdefault(number, []):
                        by_number[number].append(commitment)
    return by_number


def merge_announced_repeats(commitments: list[Commitment], document: Document) -> list[Commitment]:
    """A promise that says it repeats another answer joins the promise made there.

    "Zoals in antwoord op vraag 5 aangegeven, wordt de wet binnen drie jaar na
    inwerkingtreding geëvalueerd." becomes a second source of the evaluation promised in
    answer 5 (the one with most words in common), not a new row; with no promise there
    it stays a row of its own.
    """
    repeats = [c for c in commitments if _REPEAT_OF.match(c.sources[0].quote)]
    if not repeats:
        return commitments
    by_number = _by_question_number(commitments, document)
    kept = []
    for commitment in commitments:
        m = _REPEAT_OF.match(commitment.sources[0].quote) if commitment in repeats else None
        words = content_words(_own_text(commitment))
        targets = [
            c
            for n in (_referred_numbers(m.group(0)) if m else [])
            for c in by_number.get(n, [])
            if c is not commitment and c not in repeats
        ]
        best = max(
            targets, key=lambda c: likeness(words, content_words(_own_text(c))), default=None
        )
        if best is None or not likeness(words, content_words(_own_text(best))):
            kept.append(commitment)
            continue
        best.sources.extend(s for s in commitment.sources if s not in best.sources)
    return kept


_REPEAT_OF = re.compile(
    r"^(?:Zoals|Als)\s+(?:reeds\s+|al\s+)?(?:(?:in|bij)\s+)?(?:het\s+|mijn\s+)?antwoord(?:en)?\s+"
    r"op\s+(?:de\s+)?vra(?:ag|gen)\s+\d+(?:\s*(?:,|en)\s*\d+)*",
    re.IGNORECASE,
)


def _referred_numbers(text: str) -> list[str]:
    out: list[str] = []
    for m in _QUESTION_REF.finditer(text):
        nums = [int(n) for n in re.findall(r"\d+", m.group(1))]
        if (
            re.search(r"t/m|tot\s+en\s+met|-", m.group(1))
            and len(nums) == 2
            and nums[1] - nums[0] < 30
        ):
            nums = list(range(nums[0], nums[1] + 1))
        out.extend(str(n) for n in nums)
    return out


def _best_for_faction(
    faction: str, exchange: Exchange, commitments: list[Commitment]
) -> list[Commitment]:
    question = content_words(exchange.question)
    best, best_score = None, 0.0
    for commitment in commitments:
        for source in commitment.sources:
            if source.kind != "quote" or not source.faction:
                continue
            if source.faction.lower() != faction.lower():
                continue
            score = likeness(question, content_words(source.question + " " + source.quote))
            if score > best_score:
                best, best_score = commitment, score
    return [best] if best is not None and best_score >= RELATED_QUESTION else []


def _exchange_finder(document: Document) -> Callable[[Source], Exchange | None]:
    """Which exchange's answer holds a source (its first block that does, in document
    order): the answer blocks are indexed once, so that finding stays fast in a long
    document (scanning them for each source was quadratic)."""
    spans: list[tuple[int, int, int, Exchange]] = []  # (start, order, end, exchange)
    for exchange in document.exchanges:
        for block in exchange.answer:
            if block.offsets:
                spans.append((block.start, len(spans), block.end, exchange))
    spans.sort(key=lambda span: (span[0], span[1]))
    starts = [span[0] for span in spans]
    # The longest end among the blocks up to each: where to stop looking back.
    reach: list[int] = []
    for _start, _order, end, _exchange in spans:
        reach.append(max(end, reach[-1]) if reach else end)

    def exchange_of(source: Source) -> Exchange | None:
        k = bisect_right(starts, source.start) - 1
        best: tuple[int, Exchange] | None = None
        while k >= 0 and reach[k] > source.start:
            _start, order, end, exchange = spans[k]
            if source.start < end and (best is None or order < best[0]):
                best = (order, exchange)
            k -= 1
        return best[1] if best else None

    return exchange_of
