"""What a pointing-back word in a commitment names, read from the text before it.

A title must name its object: "Kamer informeren hierover" says nothing in a list.
These helpers find what "hierover", "deze", "de voortgang" or "de bijbehorende
aansluitopties" stand for: the topic an answer sets ("Wat betreft de regionale
waterstofinfrastructuur, ..."), the thing the sentence before made or did, or
the talks the question asked about.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.title_words import MEETING_NOUNS, NOT_FIRST, PRONOUNS

_I = re.IGNORECASE
_PARENS = re.compile(r"(?<!\s)\s*\([^()]*\)")
_QUOTES = re.compile(r"[«»“”„\"]")

# Phrases that set the topic of what follows: "Wat betreft X, ...", "Ten aanzien van X ...",
# "... waarbij X centraal stond".
_TOPIC_SETTERS = (
    re.compile(
        r"\b(?:(?:voor\s+)?wat\s+betreft|ten\s+aanzien\s+van|met\s+betrekking\s+tot|"
        r"aangaande|inzake)\s+((?:de|het|een)\s+)?([^,.;:]{3,90}?)(?=\s*[,.;:]|\s+(?:verwijs|is|zijn|"
        r"wordt|worden|heb|heeft|ben|zal|zullen|kan)\b)",
        _I,
    ),
    re.compile(
        r"(?:^|[.!?]\s+)Over\s+(?:de|het|een)\s+([^,.;:]{3,60}?)\s+(?:moet|moeten|zal|zullen|wordt|"
        r"worden|is|zijn|heb|heeft|informeer|kan|kunnen)\b"
    ),
    re.compile(
        r"\b(?:de|het)\s+([^,.;:]{3,110}?)\s+centraal\s+(?:stond|stonden|staat|staan|stelde|stelt)\b",
        _I,
    ),
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«\"“(])")
# Where a main clause ends: a purpose clause, a relative or subordinate clause.
_CLAUSE_CUT = re.compile(
    r"[;:]|,\s+(?:die|dat|waar\w*|zodat|omdat|om|maar|want|wat|zoals|terwijl)\b|"
    r"\s(?:om|zodat|opdat|waarmee|waarbij)\s",
    _I,
)
_ACTOR_PHRASE = re.compile(
    r"\b(?:samen\s+met|in\s+overleg\s+met|in\s+samenwerking\s+met|met\s+behulp\s+van)\s+"
    r"(?:(?:de|het|een|mijn|onze)\s+)?[^\s,.;]+(?:\s+sector|\s+partners)?",
    _I,
)
# A noun phrase opened by an article or "er": "een cryptografie opleiding".
_NP = re.compile(
    r"\b(?:de|het|een|er)\s+((?:(?!(?:de|het|een)\s)[\wÀ-ÿ'’-]+\s+){0,3}?[\wÀ-ÿ'’-]{4,}"
    r"(?:\s+(?:van|voor|aan|op|met|over)\s+(?:(?:de|het|een)\s+)?[\wÀ-ÿ'’-]+"
    r"(?:\s+[a-zà-ÿ][\wÀ-ÿ'’-]+)?(?:\s+(?-i:[A-Z])[\w-]+)*){0,2})"
    r"(?=\s*$)",
    _I,
)
_CLOSERS = frozenset(
    """zijn is wordt worden zal zullen af op in uit door mee terug plaats bij nader verder ook nog
    te kan kunnen moet moeten""".split()
)
_NOT_A_THING = frozenset(
    """les punt vraag kwestie zaak geval manier wijze mening beeld idee antwoord brief
    laatste eerste tweede""".split()
)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def previous_sentences(preceding: str, count: int = 2) -> list[str]:
    """The last `count` sentences of `preceding`, nearest first."""
    return list(reversed(sentences(preceding)[-count:]))


def topic_of(preceding: str) -> str:
    """The last topic the text before sets: "Wat betreft de regionale waterstofinfrastructuur"."""
    text = _QUOTES.sub("", _PARENS.sub("", preceding))
    best, at = "", -1
    for pattern in _TOPIC_SETTERS:
        for m in pattern.finditer(text):
            if m.start() > at:
                best, at = m.group(m.lastindex or 1), m.start()
    return re.sub(r"\s+", " ", best).strip(" ,.")


def head_noun(phrase: str) -> str:
    """ "de regionale waterstofinfrastructuur" -> "waterstofinfrastructuur"."""
    words = re.split(
        r"\s+(?:van|voor|met|over|aan|op|in|bij)\s+", phrase.strip(), maxsplit=1, flags=_I
    )
    last = words[0].split()
    return last[-1] if last else ""


def last_np(sentence: str) -> str:
    """The thing a sentence is about, read as its last noun phrase in the main clause.

    "Voor dat laatste ontwikkel ik samen met de private sector een cryptografie opleiding
    om ..." -> "cryptografie opleiding".
    """
    text = _QUOTES.sub("", _PARENS.sub("", sentence)).strip(" .")
    cut = next((c for c in _CLAUSE_CUT.finditer(text) if c.start() > 15), None)
    if cut:
        text = text[: cut.start()]
    text = _ACTOR_PHRASE.sub(" ", text)
    # verbs and particles that close a Dutch clause: "... de voorstellen nader uitgewerkt"
    words = text.split()
    while words and (
        words[-1].lower() in _CLOSERS
        or words[-1].lower() in lexicon.INFINITIVES
        or lexicon.PARTICIPLE.fullmatch(words[-1])
    ):
        words.pop()
    text = " ".join(words) or text
    for candidate in (text, sentence):
        m = _NP.search(candidate.strip(" ."))
        if m:
            np = re.sub(r"\s+(?:zijn|is|wordt|worden|zal|zullen)\b", "", m.group(1), flags=_I)
            verbs = [i for i, w in enumerate(np.split()) if w.lower() in lexicon.INFINITIVES]
            if verbs:
                # "een toets uitvoeren op het programma X" -> "programma X"
                np = re.sub(
                    r"^(?:\S+\s+)(?:(?:de|het|een)\s+)?", "", " ".join(np.split()[verbs[-1] + 1 :])
                )
            np = re.sub(r"\s+", " ", np).strip()
            words = np.lower().split()
            if words and words[0] not in NOT_FIRST and words[-1] not in _NOT_A_THING:
                return np
    return ""


def meeting_phrase(noun: str, texts: list[str]) -> str:
    """What talks a bare "Deze overleggen" are: "gesprekken met alle regio's over data"."""
    if noun.lower() not in MEETING_NOUNS:
        return ""
    pattern = re.compile(
        r"(?:\bmet\s+([^,.;?]{3,50}?)\s+)?\b(overleg\w*|gesprek\w*|bijeenkomst\w*)"
        r"(?:\s+(?:plaatsvinden|plaatsvindt|gevoerd|gehouden))?"
        r"((?:\s+(?:met|over)\s+[^,.;?]{2,50}?)+)(?=\s*[,.;?]|\s+(?:plaats|gevoerd|gehouden|zijn|"
        r"worden|wordt|zal|zullen|te)\b|$)",
        _I,
    )
    for text in texts:
        found = list(pattern.finditer(_PARENS.sub("", text)))
        if found:
            m = found[-1]
            with_whom = f" met {m.group(1)}" if m.group(1) else ""
            return f"{m.group(2)}{with_whom}{m.group(3)}"
    return ""


def is_pronoun(word: str) -> bool:
    return word.lower() in PRONOUNS
