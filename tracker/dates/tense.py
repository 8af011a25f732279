"""Past or future: does the clause around a time phrase describe the past?

A phrase in a past-tense clause ("in 2019 werd de regeling ingevoerd") is a
fact, never a commitment's deadline.  This reads the sentence and the clause
around a phrase: the finite verb next to it, strong and weak past forms,
perfect tenses (auxiliary + participle), and future markers ("zal", "beoogd").
When the verbs do not say, the calendar does: a period that ended well before
the reference date is past.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from tracker.dates.periods import Period

# Simple past forms that are not regular -de/-te verbs, and other past markers.
_STRONG_PAST = frozenset(
    """was waren werd werden had hadden kwam kwamen ging gingen stond stonden lag lagen
    bleef bleven gaf gaven nam namen vond vonden zag zagen kreeg kregen liep liepen hield
    hielden bracht brachten dacht dachten zocht zochten kocht kochten deed deden begon
    begonnen sprak spraken schreef schreven trok trokken bedroeg bedroegen betrof betroffen
    verscheen besloot sloot koos kozen wees bood boden steeg stegen daalde daalden ontstond
    ontstonden moest moesten mocht mochten kon konden wilde wilden bleek bleken heette
    sinds geleden destijds toentertijd jongstleden jl onlangs""".split()
)
# Future markers that hold whatever the period.
_STRONG_FUTURE = frozenset(
    """zal zullen zult beoogd beoogt beogen voorzien gepland ingepland voornemens
    voornemen streven streeft streef verwachting aanstaande binnenkort straks""".split()
)
# Present-tense forms that announce the future only when the period lies ahead
# ("In 2022 wordt de subsidie geëvalueerd").
_WEAK_FUTURE = frozenset(
    "wordt worden word gaat gaan ga komt komen volgt volgen verwacht verwachten".split()
)
_PERFECT_AUX = frozenset("heeft hebben heb hebt is zijn ben bent".split())
_SEPARABLE = (
    "aan af bij door in mee na om onder op over terug toe uit vast voor weg samen tegen "
    "thuis vrij los neer voort rond dicht open kennis plaats deel stop tot"
).split()
_PARTICIPLE_RE = re.compile(
    rf"(?:{'|'.join(_SEPARABLE)})?ge\w{{2,}}(?:d|t|en)|(?:be|ver|ont|her|er)\w{{2,}}(?:d|t)"
)
_STRONG_PARTICIPLES = frozenset(
    """besloten ontvangen verschenen vergeten begonnen verkregen bevonden ontstaan verloren
    beschreven verzonden vertrokken ontworpen verstrekt besproken""".split()
)
_NOT_PARTICIPLES = frozenset(
    """gebied gemeenten gevallen gevolgen gesprekken gedachten gebieden gebouwen getallen
    gewoonten gezinnen gewicht geest gezond geschikt gericht gelegen gemiddeld geldt gelden
    geeft gebeurt gebeuren gebruiken geloven genieten gezien gewend gegadigden genoemd
    bekend beleid bereid verband verschillend verwacht voorzien beoogd gepland ingepland
    eerstvolgend""".split()
)
# "-de/-te" words that are not simple past verbs ("de volgende", "hybride").
_NOT_WEAK_PAST = frozenset(
    """beide gehele hele grote goede volgende eerste tweede derde vierde vijfde laatste
    grootste andere hybride beste meeste hoogte ruimte diepte lengte breedte mate
    verschillende bepaalde genoemde bedoelde gemiddelde lopende komende afgelopen""".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_PAST_MARGIN = relativedelta(months=1)


@lru_cache(maxsize=4096)
def _is_participle(word: str) -> bool:
    if word in _NOT_PARTICIPLES:
        return False
    if word in _STRONG_PARTICIPLES:
        return True
    if not _PARTICIPLE_RE.fullmatch(word):
        return False
    if word.startswith(("be", "ver", "ont", "her", "er")) and word.endswith("t"):
        # Present "ontwikkelt" vs participle "verstrekt": the participle takes -t
        # only after a voiceless consonant (the "'t kofschip" rule).
        return word[-2] in "kfsp" or word.endswith("cht")
    return True


def _is_weak_past(word: str) -> bool:
    return (
        len(word) >= 5
        and word.endswith(("de", "te", "den", "ten"))
        and word not in _NOT_WEAK_PAST
        and not word.startswith("ge")
    )


def _tense_cues(words: list[str], ended: bool) -> tuple[bool, bool]:
    past = future = has_aux = has_participle = False
    for w in words:
        if w in _STRONG_FUTURE:
            future = True
        elif w in _WEAK_FUTURE:
            future = future or not ended
        elif w in _STRONG_PAST:
            past = True
        if w in _PERFECT_AUX:
            has_aux = True
        elif _is_participle(w):
            has_participle = True
    return past or (has_aux and has_participle), future


_ABBREVIATIONS = frozenset(
    """jl j.l a.s o.a nr nrs blz art e.d m.b.t t.a.v i.v.m bijv resp ca d.w.z m.i.v e.a c.s
    zgn vs mr dr drs prof ir ing mw dhr p zie""".split()
)
_SENTENCE_END = re.compile(r"[.!?;](?=[\s*_»\"')\]]*\s)|\n[ \t]*\n")
_CLAUSE_SEP = re.compile(r",(?!\d)|;|:(?=\s)")
_CONJUNCTIONS = frozenset("en maar want dus of ook toen".split())
_CONTEXT = 300  # characters of a sentence read either side of a phrase


class _Sentences:
    """Sentence boundaries of one text, computed once."""

    def __init__(self, low: str) -> None:
        self.low = low
        ends: list[int] = []
        for m in _SENTENCE_END.finditer(low):
            if m.group().startswith("."):
                word = re.search(r"[\w.]*\Z", low[max(0, m.start() - 8) : m.start()])
                if word and word.group().lower() in _ABBREVIATIONS:
                    continue
            ends.append(m.end())
        self.ends = ends

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding [start, end), cut to _CONTEXT characters either
        side so that text without full stops stays linear."""
        i = bisect.bisect_right(self.ends, start)
        s = self.ends[i - 1] if i > 0 else 0
        j = bisect.bisect_left(self.ends, end)
        e = self.ends[j] if j < len(self.ends) else len(self.low)
        return max(s, start - _CONTEXT), min(max(e, end), end + _CONTEXT)


def _clause(low: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The comma-, semicolon- or colon-delimited part of [s, e) around a phrase."""
    cs, i = s, start
    while i > s:
        j = max(low.rfind(",", s, i), low.rfind(";", s, i), low.rfind(":", s, i))
        if j < 0:
            break
        nxt = low[j + 1 : j + 2]
        if (low[j] == "," and nxt.isdigit()) or (low[j] == ":" and not nxt.isspace()):
            i = j  # "10,6" or "t:m": not a clause boundary
            continue
        cs = j + 1
        break
    m = _CLAUSE_SEP.search(low, end, e)
    return cs, (m.start() if m else e)


def _adjacent_verdict(
    low: str, cs: int, ce: int, start: int, end: int, ended: bool, clause_words: list[str]
) -> bool | None:
    """Dutch puts the finite verb right after a fronted adverbial ("Begin 2021
    heeft ...", "Eind juli 2020 zochten ...") or right before it ("Deze zullen
    begin 2021 ..."): that verb decides."""
    before = _WORD_RE.findall(low, max(cs, start - 40), start)
    after_m = _WORD_RE.search(low, end, ce)
    candidates: list[str] = []
    initial = not before or (len(before) == 1 and before[0] in _CONJUNCTIONS)
    if initial and start - 40 > cs:
        initial = not _WORD_RE.search(low, cs, start - 40)
    if initial and after_m:
        candidates.append(after_m.group())
    if before:
        candidates.append(before[-1])
    for word in candidates:
        if word in _STRONG_FUTURE or (word in _WEAK_FUTURE and not ended):
            return False
        if word in _STRONG_PAST:
            return True
        if word in _PERFECT_AUX and any(_is_participle(w) for w in clause_words):
            return True
    if initial and after_m and _is_weak_past(after_m.group()):
        return True
    return None


def _phrase_tense(p: Period, low_phrase: str) -> str | None:
    if p.tense:
        return p.tense
    if low_phrase.startswith("sinds"):
        return "past"
    return None


class TenseReader:
    """One text's sentences and words, shared by all phrases in it."""

    def __init__(self, low: str, reference: date) -> None:
        self.low = low
        self.reference = reference
        try:
            self.long_ago = reference - _PAST_MARGIN
        except (ValueError, OverflowError):
            self.long_ago = date.min
        self.sentences = _Sentences(low)
        self._words: dict[tuple[int, int], list[str]] = {}

    def words(self, a: int, b: int) -> list[str]:
        key = (a, b)
        if key not in self._words:
            self._words[key] = _WORD_RE.findall(self.low, a, b)
        return self._words[key]

    def is_past(self, start: int, end: int, p: Period) -> tuple[bool, bool]:
        """Whether the phrase at [start, end), resolved to `p`, describes the past:
        (past, decided by the verbs rather than by the calendar)."""
        low = self.low
        tense = _phrase_tense(p, low[start:end])
        if tense:
            return tense == "past", True
        ended_well = p.end is not None and p.end < self.long_ago
        ended = p.end is not None and p.end < self.reference
        s, e = self.sentences.around(start, end)
        cs, ce = _clause(low, s, e, start, end)
        clause_words = self.words(cs, ce)
        verdict = _adjacent_verdict(low, cs, ce, start, end, ended_well, clause_words)
        if verdict is not None:
            return verdict, True
        for a, b in ((cs, ce), (s, e)):
            past, future = _tense_cues(self.words(a, b), ended_well)
            if past and future:
                return ended, True
            if past or future:
                return past, True
        return ended_well, False
