"""Fulfilment hints: does a newly imported document keep promises made earlier?

Three rules (docs/hints.md has the detail and the thresholds):

* "zoals_toegezegd": a sentence of the document says it follows up a promise
  ("zoals toegezegd", "conform mijn toezegging", "hiermee doe ik de toezegging
  gestand", ...). A commitment is suggested when that sentence (or the document)
  cites the commitment's document ("Kamerstuk 32 637, nr. 448", or the date of
  the overleg) and the subjects match, or when the subjects match closely.
* "same_dossier_subject": the document is a later one in the dossier of the
  commitment's document, and its subject (title, "Onderwerp", the opening
  sentence's "over ...") matches the commitment's title or quote.

Subjects are compared on content words: folded to lower case without accents,
Dutch and parliamentary stop words removed, lightly stemmed, and matched also as
parts of compounds ("subsidie" in "subsidieregeling").

What is read of a document is a `Letter` (tracker/letters.py); what is kept of each
one, and how an import finds what to compare, is in docs/hints.md.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from tracker.documents.model import format_dossier
from tracker.letters import (
    ANSWER_KINDS,
    CueWords,
    Letter,
    Reference,
    cited,
    citing_terms,
    cue_words,
    folded,
    to_date,
)
from tracker.store import hint_queries, house_letters, suggestions, title_words
from tracker.store.hint_queries import stored_letter
from tracker.store.suggestions import Hint
from tracker.words import SPECIFIC, Matches, content_words, match_keys

log = logging.getLogger(__name__)

THRESHOLD = 0.6  # a candidate scoring below this is not suggested
MAX_PER_DOCUMENT = 5  # at most this many suggestions per document ...
STRONG = 0.9  # ... unless each of the others scores at least this
TITLED_BATCH = 50  # commitments linked by their title only, compared this many at a time


@dataclass
class Similarity:
    score: float  # 0..1
    words: list[str]  # the document's words that matched, as written there


def similarity(
    subject: dict[str, str],
    title: dict[str, str],
    quote: dict[str, str],
    matches: Matches | None = None,
) -> Similarity:
    """How well a document's subject words match a commitment's title and quote words.

    The better of: the share of the title's words the subject has, and (counting for
    less, a quote being long) the share of the subject's words the title or quote
    has. At least two words must be shared, or one long specific word that is the
    whole of the title's content. (`matches`: a `Matches` of `subject`, to reuse.)
    """
    if not subject:
        return Similarity(0.0, [])
    matches = matches if matches is not None else Matches(subject)
    in_title = {w for w in title if matches.of(w)}
    of_subject = matches.among(list(title) + list(quote))
    shared = matches.among(list(in_title) + list(quote))
    title_share = len(in_title) / len(title) if title else 0.0
    subject_share = len(of_subject) / len(subject)
    score = max(title_share, 0.8 * subject_share)
    count = max(len(in_title), len(of_subject))
    if count < 2:
        single = next(iter(in_title), "")
        if len(title) == 1 and len(single) >= SPECIFIC:
            score = 0.8 * title_share
        else:
            score = 0.0
    words = [subject[w] for w in subject if w in of_subject or w in shared]
    return Similarity(round(score, 3), words)


# -- the commitments ----------------------------------------------------------------------


@dataclass
class Origin:
    """A document a commitment was made in."""

    id: int
    dossier: str | None
    number: str | None
    official_id: str | None
    dates: tuple[dt.date, ...]  # its date and the date of its answers


@dataclass
class Candidate:
    id: int
    title: str
    quotes: list[str]
    origins: list[Origin]

    @cached_property
    def title_words(self) -> dict[str, str]:
        return _text_words(self.title)

    @cached_property
    def quote_words(self) -> dict[str, str]:
        return _text_words(" ".join(self.quotes))

    @cached_property
    def keys(self) -> frozenset[str]:
        """The match keys of its words: a letter sharing none can match no word of it."""
        return _keys_of(self.title, " ".join(self.quotes))

    def cited_by(self, refs: Iterable[Reference]) -> tuple[float, str]:
        """How firmly `refs` point at one of this commitment's documents: 1.0 by number
        or id, 0.7 by date only, 0 not at all, -1 when `refs` name other documents by
        number (and so not this one); and the reference that did."""
        refs = list(refs)
        numbered = [r for r in refs if (r.dossier and r.number) or r.official_id]
        for ref in numbered:
            for origin in self.origins:
                if ref.dossier and ref.number:
                    if _same_dossier(ref.dossier, origin.dossier) and ref.number == origin.number:
                        return 1.0, ref.label()
                elif ref.official_id == (origin.official_id or "").lower():
                    return 1.0, ref.label()
        if numbered:
            # The date of an overleg cited by number is that document's date, not this one's.
            return -1.0, ""
        for ref in refs:
            if ref.date and any(ref.date in origin.dates for origin in self.origins):
                return 0.7, ref.label()
        return 0.0, ""


def _same_dossier(a: str | None, b: str | None) -> bool:
    return bool(a and b) and folded(a) == folded(b)


def open_candidates(document_id: int, only: Iterable[int] | None = None) -> list[Candidate]:
    """Open, not rejected commitments made in documents other than `document_id` (and
    with no source in it); among `only`, when given."""
    if only is not None:
        only = sorted(set(only))
        if not only:
            return []
    rows = hint_queries.open_commitment_sources(document_id, only)
    out: dict[int, Candidate] = {}
    origins: dict[int, Origin] = {}  # one per document (many candidates share one)
    for cid, title, quote, did, dossier, number, official_id, date, answer in rows:
        entry = out.get(cid)
        if entry is None:
            entry = out[cid] = Candidate(cid, title, [], [])
        entry.quotes.append(quote)
        if all(o.id != did for o in entry.origins):
            origin = origins.get(did)
            if origin is None:
                dates = tuple(d for d in (to_date(date), to_date(answer)) if d)
                origin = origins[did] = Origin(did, dossier, number, official_id, dates)
            entry.origins.append(origin)
    return list(out.values())


# -- the rules ----------------------------------------------------------------------------


def _is_later(letter: Letter, candidate: Candidate) -> bool:
    """The letter does not predate every document the commitment was made in (unknown
    dates do not count against it)."""
    if letter.date is None:
        return True
    dates = [d for o in candidate.origins for d in o.dates]
    return not dates or letter.date >= min(dates)


def _said_as_promised(
    letter: Letter,
    candidate: Candidate,
    title: dict[str, str],
    quote: dict[str, str],
    cues: list[CueWords] | None = None,
) -> Hint | None:
    """Rule "zoals_toegezegd": a cue sentence that cites the commitment's document
    and/or matches its subject. (`cues`: `cue_words(letter)`, when worked out before.)"""
    best: Hint | None = None
    for sentence, in_sentence, words, matches in cue_words(letter) if cues is None else cues:
        link, label = candidate.cited_by(in_sentence)
        if link == 0.0:
            link, label = candidate.cited_by(letter.references)
            link = max(link, 0.0) * 0.6  # cited elsewhere in the document, not in the sentence
        sim = similarity(words, title, quote, matches)
        if link < 0:
            score = 0.5 * sim.score  # the sentence keeps a promise made in another document
        else:
            score = 0.4 * link + 0.6 * sim.score
        if best is None or score > best.score:
            best = Hint(
                commitment_id=candidate.id,
                reason="zoals_toegezegd",
                score=score,
                sentence=sentence,
                matched_words=tuple(sim.words),
                matched_reference=label,
                evidence=letter.evidence,
                document_date=letter.date,
                url=letter.url,
            )
    return best


def _same_dossier_subject(
    letter: Letter, candidate: Candidate, title: dict[str, str], quote: dict[str, str]
) -> Hint | None:
    """Rule "same_dossier_subject": a later letter in the commitment's dossier whose
    subject matches the commitment. Answers to questions (a verslag, Kamervragen) are
    not letters: their subject is the documents they ask about."""
    if letter.kind in ANSWER_KINDS:
        return None
    if not letter.dossier or not any(
        _same_dossier(letter.dossier, o.dossier) for o in candidate.origins
    ):
        return None
    sim = similarity(letter.subject_words(), title, quote, letter.subject_matches)
    return Hint(
        commitment_id=candidate.id,
        reason="same_dossier_subject",
        score=0.8 * sim.score,
        sentence=letter.subject,
        matched_words=tuple(sim.words),
        matched_reference=f"dossier {format_dossier(letter.dossier)}",
        evidence=letter.evidence,
        document_date=letter.date,
        url=letter.url,
    )


# What is kept of each document at import (`hint_queries.remember`) the hints read back
# with `hint_queries.stored_letter`.
_stored_letter = stored_letter


# -- choosing the commitments to compare ---------------------------------------------------


def _preselect(
    letter: Letter, document_id: int, only: Iterable[int] | None
) -> tuple[set[int] | None, list[int]]:
    """The open commitments that can get a suggestion from this letter, so that a large
    register is not compared with the letter commitment by commitment (`only`, when
    given, is compared whole: it is small).

    Only three kinds can: those made in a document the letter cites (by number, id or
    date: any rule, and `_identify_by_reference` needs all of that document's); those
    made in the letter's dossier ("same_dossier_subject"); and, for a cue sentence that
    cites nothing of theirs, those whose title's every content word the sentence (with
    the subject) has: 0.6 x similarity reaches THRESHOLD only at similarity 1. The
    documents are found through `DocumentFacts`, the titles through `title_words`.
    The rules then decide on these exactly as on all.

    Returns the first two kinds, and the third apart, in the order of their ids (those
    score 0.6 at best: `find_hints` needs only the first few that pass).
    """
    if only is not None:
        return set(only), []
    titled: list[int] = []
    numbers, ids, dates = (c := cited(letter)).numbers, c.ids, c.dates
    dossier = folded(letter.dossier) if letter.kind not in ANSWER_KINDS else None
    if not letter.cue_sentences:
        # Without a "zoals toegezegd" sentence only rule "same_dossier_subject" can
        # suggest: the documents it cites are not compared (in a large register a date
        # alone is the date of many documents), only those in a letter's own dossier.
        if not dossier:
            return set(), []
        numbers, ids, dates = set(), set(), set()
    dossiers = {d for d, _ in numbers} | ({dossier} if dossier else set())
    documents = set()
    rows = hint_queries.facts_citable_as(dossiers, ids, dates)
    for did, doc_dossier, number, official_id, date, answer in rows:
        if (
            (doc_dossier and (doc_dossier == dossier or (doc_dossier, number) in numbers))
            or (official_id or "") in ids
            or (dates and (to_date(date) in dates or to_date(answer) in dates))
        ):
            documents.add(did)
    documents.discard(document_id)
    chosen = hint_queries.commitments_made_in(documents)
    # `_identify_by_reference` counts the open commitments of every document a cited
    # commitment was made in (a merged one has several): those are needed too.
    others = hint_queries.documents_of(chosen)
    chosen |= hint_queries.commitments_made_in(others - documents - {document_id})
    # The titles all of whose words one cue sentence (with the subject's) matches.
    if cues := letter.cue_words:
        keys = {key for _, _, words, _ in cues for word in words for key in match_keys(word)}
        for cid, title in hint_queries.open_titles(title_words.covered(keys) - chosen):
            stems = _title_stems(title)
            if stems and any(all(m.of(stem_) for stem_ in stems) for *_, m in cues):
                titled.append(cid)
    return chosen, sorted(titled)


@lru_cache(maxsize=65536)
def _text_words(text: str) -> dict[str, str]:
    """`content_words` of a commitment's title or quotes, remembered: the same
    commitments are candidates import after import. (Not to be changed.)"""
    return content_words(text)


@lru_cache(maxsize=65536)
def _keys_of(title: str, quotes: str) -> frozenset[str]:
    """`Candidate.keys` of a commitment with this title and these quotes, remembered (the
    same commitments are candidates import after import)."""
    words = {**_text_words(title), **_text_words(quotes)}
    return frozenset(key for word in words for key in match_keys(word))


def _title_stems(title: str) -> tuple[str, ...]:
    """The content words of a commitment's title."""
    return tuple(_text_words(title))


# -- finding -------------------------------------------------------------------------------


def find_hints(document_id: int, only: set[int] | None = None) -> list[Hint]:
    """The commitments the document likely fulfils, best first, within the limits
    (among the commitments `only`, when given)."""
    letter = _stored_letter(document_id)
    if not letter.subject and not letter.cue_sentences:
        return []
    firm, titled = _preselect(letter, document_id, only)
    found = _hints_among(letter, open_candidates(document_id, firm))
    # A commitment only its title links to the letter scores 0.6 when it passes: on a
    # tie the lower id ranks first, so beyond MAX_PER_DOCUMENT of them none is kept.
    said: list[Hint] = []
    for i in range(0, len(titled), TITLED_BATCH):
        batch = titled[i : i + TITLED_BATCH]
        said += _hints_among(letter, open_candidates(document_id, batch))
        if len(said) >= MAX_PER_DOCUMENT:
            break
    found = sorted(found + said, key=lambda h: (-h.score, h.commitment_id))
    return _within_limits(document_id, found)


def _within_limits(document_id: int, found: list[Hint]) -> list[Hint]:
    """Of `found` (best first), what the document may still suggest: MAX_PER_DOCUMENT
    suggestions in all, counting those it made before (when an earlier import compared
    it with other commitments), and beyond that only strong ones."""
    if not found:
        return found
    ids = sorted({h.commitment_id for h in found})
    before = hint_queries.suggestions_made_except(document_id, ids)
    room = max(0, MAX_PER_DOCUMENT - before)
    return found[:room] + [h for h in found[room:] if h.score >= STRONG]


def _hints_among(letter: Letter, candidates: list[Candidate]) -> list[Hint]:
    """The rules applied to the letter and these candidates (open commitments made in
    other documents than the letter), best first (the limits not applied)."""
    if not letter.subject and not letter.cue_sentences:
        return []
    candidates = [c for c in candidates if _is_later(letter, c)]
    keys = letter.keys
    cues = letter.cue_words
    found: list[Hint] = []
    for candidate in candidates:
        # A document from the commitment's own dossier and number is the same document.
        if any(
            _same_dossier(letter.dossier, o.dossier) and letter.number == o.number
            for o in candidate.origins
            if letter.number
        ):
            continue
        if not keys & candidate.keys:
            continue  # no word of the letter's can match: similarity 0, no suggestion
        title, quote = candidate.title_words, candidate.quote_words
        hints = [
            _said_as_promised(letter, candidate, title, quote, cues),
            _same_dossier_subject(letter, candidate, title, quote),
        ]
        hints = [h for h in hints if h is not None and h.score >= THRESHOLD]
        if hints:
            # The better one; on a tie the explicit "zoals toegezegd".
            found.append(max(hints, key=lambda h: (h.score, h.reason == "zoals_toegezegd")))
    _identify_by_reference(letter, candidates, found)
    found.sort(key=lambda h: (-h.score, h.commitment_id))
    return found


def _identify_by_reference(letter: Letter, candidates: list[Candidate], found: list[Hint]) -> None:
    """A cue sentence citing a document with just one open commitment names it, even
    when the words differ ("zoals toegezegd in het debat van 3 april stuur ik u ...")."""
    have = {h.commitment_id for h in found}
    for sentence, in_sentence, _, _ in letter.cue_words:
        linked = [(c, *c.cited_by(in_sentence)) for c in candidates]
        firm = [(c, label) for c, link, label in linked if link >= 0.7]
        by_document: dict[int, list[tuple[Candidate, str]]] = {}
        for c, label in firm:
            for origin in c.origins:
                by_document.setdefault(origin.id, []).append((c, label))
        for document_id, entries in by_document.items():
            open_in_document = [
                c for c in candidates if any(o.id == document_id for o in c.origins)
            ]
            if len(open_in_document) != 1 or len(entries) != 1:
                continue
            candidate, label = entries[0]
            if candidate.id in have:
                continue
            found.append(
                Hint(
                    commitment_id=candidate.id,
                    reason="zoals_toegezegd",
                    score=0.75,
                    sentence=sentence,
                    matched_reference=label,
                    evidence=letter.evidence,
                    document_date=letter.date,
                    url=letter.url,
                )
            )
            have.add(candidate.id)


def _follow_ups(document_id: int, candidates: list[Candidate]) -> list[tuple[Letter, bool]]:
    """The documents already stored that may keep a promise of this one (the open
    commitments `candidates` made in it), as the hints know them: what `_preselect`
    would choose these commitments for, were each of them imported after it. (Files of
    a folder are imported in name order, so a letter can come in before the document
    whose promise it keeps.)

    That is: letters in its dossier; documents citing it by number, id or date; and
    documents one of whose "zoals toegezegd" sentences (with their subject) has every
    content word of one of the titles. With each, whether it is only the last kind
    (`_titles_said`).
    """
    doc = hint_queries.document_identity(document_id)
    documents: set[int] = set()
    if doc.dossier:
        documents |= hint_queries.letters_in_dossier(doc.dossier, ANSWER_KINDS)
    terms = citing_terms(
        doc.dossier, doc.number, doc.official_id, (doc.document_date, doc.answer_date)
    )
    documents |= hint_queries.documents_citing(terms)
    # A document that neither cites this one nor is a letter in its dossier can only
    # suggest a commitment whose title one of its sentences has whole, not cited: at
    # 0.6, below STRONG; one that suggests MAX_PER_DOCUMENT already can add none.
    covering = _covering(candidates) - documents
    covering -= _saturated(covering)
    # ... and only when it is not dated before the commitment was made (`_is_later`).
    dates = [min(d) if (d := [d for o in c.origins for d in o.dates]) else None for c in candidates]
    if covering and None not in dates:
        covering = hint_queries.not_dated_before(covering, min(dates))
    letters = hint_queries.stored_letters((documents | covering) - {document_id})
    return [(letter, letter.id in covering) for letter in letters]


def _titles_said(letter: Letter, candidates: list[Candidate]) -> list[Candidate]:
    """Of `candidates`, those the letter can suggest when it cites none of their
    documents and is no letter in their dossier (see `_follow_ups`): a "zoals
    toegezegd" sentence of it, with its subject, has every content word of the title.
    (One made in several documents is kept: the letter may cite another of them.)"""
    cues = letter.cue_words
    return [
        c
        for c in candidates
        if len(c.origins) > 1
        or (
            (stems := _title_stems(c.title))
            and any(all(m.of(stem_) for stem_ in stems) for *_, m in cues)
        )
    ]


def _saturated(documents: Iterable[int]) -> set[int]:
    """Those of `documents` that made MAX_PER_DOCUMENT suggestions or more."""
    return hint_queries.documents_suggesting_at_least(documents, MAX_PER_DOCUMENT)


def _covering(candidates: list[Candidate]) -> set[int]:
    """The documents one of whose "zoals toegezegd" sentences, with their subject, may
    have every content word of one of the candidates' titles (found through `CueWord`;
    every word must share a match key with a word of the sentence or subject)."""
    titles = {_title_stems(c.title) for c in candidates} - {()}
    # key -> the (title, word) it may match; and how many words each title has
    covers: dict[str, list[tuple[int, int]]] = {}
    sizes = []
    for t, stems in enumerate(titles):
        sizes.append(len(stems))
        for w, stem_ in enumerate(stems):
            for key in match_keys(stem_):
                covers.setdefault(key, []).append((t, w))
    found: dict[tuple[int, int], set[tuple[int, int]]] = {}  # (document, sentence) -> (t, w)
    for did, sentence, key in hint_queries.cue_words_with(covers):
        found.setdefault((did, sentence), set()).update(covers[key])
    out = set()
    fewest = min(sizes, default=0)  # no title is covered by fewer (title, word) pairs
    for (did, sentence), words in found.items():
        if did in out:
            continue
        if sentence >= 0:  # with the subject's (which alone goes with every sentence)
            words = words | found.get((did, -1), set())
        if len(words) < fewest:
            continue
        per_title = Counter(t for t, _ in words)
        if any(count == sizes[t] for t, count in per_title.items()):
            out.add(did)
    return out


def suggest_for_document(document_id: int, prune: bool = True) -> int:
    """Find the commitments a newly imported document likely fulfils, and the documents
    already stored that likely fulfil its own commitments, and store them as pending
    suggestions; returns how many new ones were made (0 when run again). What the hints
    know of the documents is what `hint_queries.remember` kept when each was imported
    (a document stored without it, e.g. when making it failed, gets it now).
    `prune`: first forget the suggestions of deleted commitments (`suggestions.prune`;
    a batch import does that once, before its first file)."""
    if prune:
        suggestions.prune()
    hint_queries.remember_missing()
    made = suggestions.create(document_id, find_hints(document_id))
    own = hint_queries.open_commitments_made_in(document_id)
    if own:
        candidates = open_candidates(-1, own)  # each follow-up leaves out its own below
        for letter, titles_only in _follow_ups(document_id, candidates):
            among = [c for c in candidates if all(o.id != letter.id for o in c.origins)]
            if titles_only:
                among = _titles_said(letter, among)
            if found := _within_limits(letter.id, _hints_among(letter, among)):
                made += suggestions.create(letter.id, found)
    # The House's register names this document as an oral commitment's fulfilment.
    made += house_letters.for_document(document_id)
    if made:
        log.info("document %s: %s fulfilment suggestion(s)", document_id, made)
    return made
