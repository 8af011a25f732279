"""Recognising commitments in a corrected version of a document: plain functions, no database.

A corrected version (a "herdruk", a fixed typo, an inserted sentence) moves text
around, so the stored positions of its commitments no longer hold. `match_sources`
pairs the quotes stored for the old version with the quotes extracted from the new
one; `QuoteFinder` finds a quote again in the new text where the extractor gives
no pair (commitments made by hand, or ones it no longer finds).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from tracker.store.models import normalise_quote

# A quote this similar is the same quote, wherever it stands in the document.
SAME_ANYWHERE = 0.97
# A quote this similar is the same quote when it stands under the same question.
SAME_IN_CONTEXT = 0.8
# The only quote left under a question, on both sides, is the same one from this on.
LAST_LEFT = 0.5
# Questions (or sections) sharing this much of their words (Dice) are the same question,
# perhaps corrected; different questions of one document share less than half.
SAME_CONTEXT = 0.7
# A shorter quote contained in a longer one counts only from this many words on, so
# that a short stock phrase does not match every answer that contains it.
_MIN_CONTAINED_WORDS = 8

_SUP = re.compile(r"<sup>\s*[^<]{0,6}\s*</sup>", re.IGNORECASE)
_MARKUP = set("*")


@dataclass(frozen=True)
class QuoteAt:
    """A quote and where it stands: the question (or section) it answers, its offset."""

    quote: str
    question: str = ""
    section: str = ""
    start: int = 0


class _Words:
    """A normalised text as words, and as a bag of words (for quick upper bounds)."""

    __slots__ = ("text", "words", "bag", "size")

    def __init__(self, text: str) -> None:
        self.text = normalise_quote(text)
        self.words = self.text.split()
        self.bag = Counter(self.words)
        self.size = len(self.words)

    def shared(self, other: _Words) -> int:
        """Words the two have in common, counted with multiplicity."""
        return sum((self.bag & other.bag).values())


def _context(quote: QuoteAt) -> str:
    return normalise_quote(quote.question) or normalise_quote(quote.section)


def match_sources(old: Sequence[QuoteAt], new: Sequence[QuoteAt]) -> dict[int, int]:
    """Pairs {new index: old index}, each index used once.

    First the same quote (ignoring case and spacing) under the same question, in
    document order; then the best remaining pairs by similarity of the quote
    (difflib's ratio, or how much of the shorter quote the longer one holds),
    preferring the same question and the nearest position; last, under a question
    with one quote left on either side, those two if they are at all alike.
    """
    pairs: dict[int, int] = {}
    old_keys = [(normalise_quote(o.quote), _context(o)) for o in old]
    new_keys = [(normalise_quote(n.quote), _context(n)) for n in new]

    by_key: dict[tuple[str, str], list[int]] = {}
    for index in sorted(range(len(old)), key=lambda i: old[i].start):
        by_key.setdefault(old_keys[index], []).append(index)
    for index in sorted(range(len(new)), key=lambda i: new[i].start):
        waiting = by_key.get(new_keys[index])
        if waiting:
            pairs[index] = waiting.pop(0)

    taken = set(pairs.values())
    free_old = [i for i in range(len(old)) if i not in taken]
    free_new = [i for i in range(len(new)) if i not in pairs]
    if not free_old or not free_new:
        return pairs
    quotes = {key[0]: _Words(key[0]) for i in free_old for key in [old_keys[i]]}
    quotes.update({key[0]: _Words(key[0]) for i in free_new for key in [new_keys[i]]})
    bags = {key[1]: _Words(key[1]) for i in free_old for key in [old_keys[i]] if key[1]}
    bags.update({key[1]: _Words(key[1]) for i in free_new for key in [new_keys[i]] if key[1]})
    contexts: dict[tuple[str, str], float] = {}

    def context_similarity(a: str, b: str) -> float | None:
        """How alike two questions are (shared words, Dice); None if one is unknown."""
        if not a or not b:
            return None  # unknown: neither for nor against
        if a == b:
            return 1.0
        if (a, b) not in contexts:
            x, y = bags[a], bags[b]
            contexts[a, b] = 2 * x.shared(y) / (x.size + y.size)
        return contexts[a, b]

    old_length = max((o.start for o in old), default=0) or 1
    new_length = max((n.start for n in new), default=0) or 1
    candidates = []
    for ni in free_new:
        quote_new, context_new = new_keys[ni]
        for oi in free_old:
            quote_old, context_old = old_keys[oi]
            context = context_similarity(context_old, context_new)
            elsewhere = context is not None and context < SAME_CONTEXT
            at_least = SAME_ANYWHERE if elsewhere else SAME_IN_CONTEXT
            similarity = _similarity(quotes[quote_old], quotes[quote_new], at_least)
            if similarity < at_least:
                continue
            distance = abs(old[oi].start / old_length - new[ni].start / new_length)
            score = similarity + 0.25 * (0.5 if context is None else context)
            candidates.append((-score, distance, ni, oi))
    candidates.sort()
    used: set[int] = set()
    for _, _, ni, oi in candidates:
        if ni in pairs or oi in used:
            continue
        pairs[ni] = oi
        used.add(oi)

    # Last, a question with one quote left on each side: the same promise, reworded
    # more than a close match allows ("in de eerste helft" -> "in het tweede kwartaal").
    left_old: dict[str, list[int]] = {}
    left_new: dict[str, list[int]] = {}
    for oi in free_old:
        if oi not in used and old_keys[oi][1]:
            left_old.setdefault(old_keys[oi][1], []).append(oi)
    for ni in free_new:
        if ni not in pairs and new_keys[ni][1]:
            left_new.setdefault(new_keys[ni][1], []).append(ni)
    for context, olds in left_old.items():
        news = left_new.get(context, [])
        if len(olds) == 1 and len(news) == 1:
            a, b = quotes[old_keys[olds[0]][0]], quotes[new_keys[news[0]][0]]
            if _similarity(a, b, LAST_LEFT) >= LAST_LEFT:
                pairs[news[0]] = olds[0]
    return pairs


def quote_similarity(a: str, b: str, at_least: float = SAME_IN_CONTEXT) -> float:
    """How alike two quotes are, 0..1, word by word (ignoring case and spacing):
    difflib's ratio, or (a little less than) the share of the shorter quote that the
    longer one holds. Below `at_least` the answer is 0 (and quick)."""
    return _similarity(_Words(a), _Words(b), at_least)


def _similarity(a: _Words, b: _Words, at_least: float) -> float:
    if a.text == b.text:
        return 1.0
    if not a.size or not b.size:
        return 0.0
    shared = a.shared(b)
    shorter = min(a.size, b.size)
    contained = shorter >= _MIN_CONTAINED_WORDS
    # Upper bounds of the ratio and of the share held, from the words alone.
    if 2 * shared / (a.size + b.size) < at_least and (
        not contained or 0.9 * shared / shorter < at_least
    ):
        return 0.0
    matcher = SequenceMatcher(None, a.words, b.words, autojunk=False)
    ratio = matcher.ratio()
    if contained and ratio < SAME_ANYWHERE:
        held = sum(block.size for block in matcher.get_matching_blocks()) / shorter
        ratio = max(ratio, 0.9 * held)
    return ratio


class QuoteFinder:
    """Finds quotes in one text, ignoring case, spacing, emphasis and footnote markers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.where = _folded(text)

    def find(self, quote: str, near: int = 0) -> tuple[int, int] | None:
        """Where `quote` stands (offsets into the text); of several places the one
        nearest the offset `near`."""
        wanted, _ = _folded(quote)
        if not wanted:
            return None
        where = self.where
        best: int | None = None
        at = self.folded.find(wanted)
        while at >= 0:
            if best is None or abs(where[at] - near) < abs(where[best] - near):
                best = at
            at = self.folded.find(wanted, at + 1)
        if best is None:
            return None
        return where[best], where[best + len(wanted) - 1] + 1


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` lowercase, without emphasis marks and footnote markers, each run of
    whitespace one space; and for each character its offset in `text`."""
    skip = set()
    for match in _SUP.finditer(text):
        skip.update(range(match.start(), match.end()))
    chars: list[str] = []
    where: list[int] = []
    space = False
    for offset, char in enumerate(text):
        if offset in skip or char in _MARKUP:
            continue
        if char.isspace():
            space = bool(chars)
            continue
        if space:
            chars.append(" ")
            where.append(offset - 1)
            space = False
        chars.append(char.lower())
        where.append(offset)
    return "".join(chars), where
