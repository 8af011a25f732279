"""Content words of Dutch parliamentary text, and when two of them name the same thing.

Used by the fulfilment hints (tracker/hints.py) to compare a document's subject with a
commitment's title (`Matches`), and by the store's index of title words
(tracker/store/title_words.py) to find, without comparing every title, the titles a
sentence can match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


class _WithoutMarks(dict):
    """For `str.translate`: a combining mark (an accent, once decomposed) maps to None,
    every other character to itself; each character is looked up in `unicodedata` once."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str | None) -> str:
    """Lowercase without accents: "Coördinatie" -> "coordinatie"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    if decomposed.isascii():  # most text: no accent to take off (and much faster)
        return decomposed
    return decomposed.translate(_WITHOUT_MARKS)


# Function words, and words every parliamentary letter uses whatever its subject.
STOP_WORDS = frozenset(
    """
    aan al alle alleen als alsmede andere ben bij bijvoorbeeld binnen daar daarbij daarin
    daarmee daarnaast daarom daartoe dan dat de deze die dit doen door dus een eens en er
    ermee eerder evenals ge geen gehad geweest had hadden heb hebben heeft hem hen het hier
    hierbij hiermee hierin hierop hiervan hij hoe hun ik in is je jij kan kon kunnen la
    laat maar me meer met mij mijn moet moeten na naar niet nog nu of om omdat onder ons
    onze ook op over per reeds samen te tegen ten ter toe tot u uit uw van vanuit veel
    voor waar waarbij waarin waarmee wanneer want was wat we wel welk welke werd werden
    wie wij wil willen word wordt worden zal ze zelf zich zij zijn zo zoals zou zouden
    zullen
    kamer tweede eerste staten generaal voorzitter leden lid fractie fracties minister
    ministers staatssecretaris staatssecretarissen kabinet ministerie regering brief
    brieven kamerbrief kamerstuk kamerstukken nr nrs vergaderjaar den haag datum onderwerp
    informeer informeren informeert geinformeerd stuur stuurt sturen zend zenden toezend
    treft bijgaand bijlage bijlagen hierover inmiddels toegezegd toezegging toezeggingen
    toezeggen gestand invulling uitvoering conform schriftelijk overleg overleggen
    debat commissiedebat notaoverleg wetgevingsoverleg plenair plenaire algemeen vragen
    vraag antwoord antwoorden beantwoording aanhangsel handelingen graag nader nadere
    stand zaken volgende nieuwe verdere verder jaar jaren maand maanden week weken
    januari februari maart april mei juni juli augustus september oktober november
    december voorjaar najaar zomer winter eind begin halverwege kwartaal
    gaan gaat komen komt kom geven geeft geef doe doet gedaan maken maakt gemaakt
    laten zien zie ziet gaat wil heeft hebt namens mede
    """.split()
)
_WORD = re.compile(r"[a-z][a-z]+")
MIN_COMPOUND = 5  # a word this long may match as the start of a compound
MIN_HEAD = 6  # ... and this long as its end ("regeling" in "subsidieregeling")
SPECIFIC = 10  # one shared word this long is enough (a specific compound)


def stem(word: str) -> str:
    """A light Dutch stem: plural and inflection endings off, so that "evaluaties",
    "regelingen" and "praktijkleren" meet "evaluatie", "regeling" and "praktijkleer"."""
    if word.endswith("heden"):
        return word[:-5] + "heid"
    if word.endswith("ingen"):
        return word[:-2]
    if word.endswith("en") and len(word) > 5:
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
            word = word[:-1]  # "plannen" -> "plan"
    elif word.endswith("s") and len(word) > 4 and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def content_words(text: str) -> dict[str, str]:
    """stem -> the word as it first occurs, for the content words of `text`."""
    out: dict[str, str] = {}
    for word in _WORD.findall(fold(text)):
        if len(word) < 3 or word in STOP_WORDS:
            continue
        out.setdefault(stem(word), word)
    return out


def words_match(a: str, b: str) -> bool:
    """Two stems name the same thing: equal, or one is the start (the modifier) or the
    end (the head) of the other as a compound, or they differ only in their ending."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= MIN_COMPOUND and long.startswith(short):
        return True
    if len(short) >= MIN_HEAD and long.endswith(short):
        return True
    common = 0
    for x, y in zip(short, long, strict=False):
        if x != y:
            break
        common += 1
    return common >= 6 and common >= 0.8 * len(short)


def match_keys(stem_: str) -> tuple[str, ...]:
    """Pieces of a stem that every stem it matches (`words_match`) shares with it: its
    first five letters (the whole of a shorter stem), and the last six of a longer one.
    Two stems with no key in common never match, so an index of keys finds every
    possible match of a word without comparing it with each."""
    keys = ["p:" + stem_[:MIN_COMPOUND]]
    if len(stem_) >= MIN_HEAD:
        keys.append("s:" + stem_[-MIN_HEAD:])
    return tuple(keys)


class Matches:
    """The words of a subject that match a given word, remembered: the subject of a
    letter is compared with many commitments that share most of their words. Only the
    subject's words that share a match key with the word (`match_keys`) are compared:
    no other can match it."""

    def __init__(self, subject: Iterable[str]):
        self._by_key: dict[str, list[str]] = {}
        for word in dict.fromkeys(subject):
            for key in match_keys(word):
                self._by_key.setdefault(key, []).append(word)
        self._seen: dict[str, frozenset[str]] = {}

    def of(self, other: str) -> frozenset[str]:
        found = self._seen.get(other)
        if found is None:
            near = {w for key in match_keys(other) for w in self._by_key.get(key, ())}
            found = frozenset(w for w in near if words_match(w, other))
            self._seen[other] = found
        return found

    def among(self, others: Iterable[str]) -> set[str]:
        """The subject's words that match one of `others`."""
        out: set[str] = set()
        for other in others:
            out |= self.of(other)
        return out
