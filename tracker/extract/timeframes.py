"""Does a clause name a time frame, and does it lie ahead or behind?

This is a quick screen used to decide whether a statement announces something;
the due date itself comes from `tracker.dates`, which reads the phrase fully.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker import clock

_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
)
_SEASON = (
    r"(?:voorjaar|najaar|zomer|winter|lente|herfst|zomerreces|kerstreces|meireces|herfstreces)"
)
_ORD = r"(?:eerste|tweede|derde|vierde|1e|2e|3e|4e|1ste|2de|3de|4de)"
_YEAR = r"(?:19|20)\d\d"

# A phrase naming a period; the year (if any) is group "year".
_TIME_PATTERN = (
    r"(?<![\w-])(?:"
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+(?P<year1>{_YEAR}))?)"
    rf"|(?:(?:begin|medio|eind|half|midden|halverwege|uiterlijk|vanaf|per|in|vóór|voor|na|tot)\s+"
    rf"(?:(?:het|de)\s+)?(?:{_MONTH}|{_SEASON}|(?:dit|volgend|komend)\s+jaar)(?:\s+(?:van\s+)?(?P<year2>{_YEAR}))?)"
    rf"|(?:(?:(?:in|voor|tot)\s+)?(?:de\s+)?(?:periode|jaren)\s+{_YEAR}\s*[–—-]\s*(?P<year9>{_YEAR}))"
    rf"|(?:(?:in|vóór|voor|na|tot|uiterlijk|eind|begin|medio|per|rond|vanaf|sinds|halverwege|midden)\s+(?P<year3>{_YEAR}))"
    rf"|(?:{_MONTH}\s+(?P<year4>{_YEAR}))"
    rf"|(?:(?:het\s+|de\s+)?(?:{_SEASON})(?:\s+(?:van\s+)?(?P<year5>{_YEAR}))?)"
    rf"|(?:Q[1-4](?:\s+(?P<year6>{_YEAR}))?)"
    rf"|(?:{_ORD}\s+(?:kwartaal|helft|halfjaar|jaarhelft)(?:\s+van\s+(?:het\s+jaar\s+)?(?P<year7>{_YEAR}))?)"
    r"|(?:(?:dit|volgend|komend|aankomend|het\s+komende|het\s+volgende)\s+(?:jaar|kwartaal|halfjaar|najaar|voorjaar))"
    r"|(?:deze\s+(?:zomer|winter|herfst|maand|week|kabinetsperiode))"
    r"|(?:(?:de\s+)?komende\s+(?:maanden|weken|jaren|periode|tijd|maand|week|jaar|twee|drie|vier|vijf)\b)"
    r"|(?:binnen\s+(?:een|twee|drie|vier|zes|acht|twaalf|\d+)\s+(?:dagen|weken|maanden|jaar|jaren|week|maand))"
    r"|(?:(?:aan\s+)?het\s+einde?\s+van\s+(?:het|dit|volgend)\s+jaar)"
    r"|(?:(?:voor|vóór|rond|bij|na|met|op)\s+(?:Prinsjesdag|de\s+Miljoenennota|de\s+Voorjaarsnota|de\s+begroting|de\s+jaarwisseling|de\s+kerst|de\s+verkiezingen|het\s+einde\s+van\s+(?:het|dit)\s+jaar|het\s+eind\s+van))"
    r"|(?:(?:school|studie|collegejaar)\s*(?P<year8>20\d\d)\s*[/–-])"
    r"|(?:(?:op\s+)?korte\s+termijn|binnenkort|zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|spoedig|te\s+zijner\s+tijd|later\s+dit\s+jaar|nog\s+dit\s+jaar|in\s+de\s+loop\s+van)"
    r")(?![\w-])"
)
# The first two characters any phrase above can start with: at a word start the
# lookahead rules most words out before the long alternation is tried (same matches).
_TIME_START = (
    r"(?=\d|a[apu]|b[eij]|co|d[ei]|e[ei]|fe|h[ae]|in|j[au]|k[eo]|l[ae]|m[aeir]|n[ao]|o[kp]|pe|"
    r"q[1-4]|ro|s[ceipt]|t[eow]|ui|v[aioó]|wi|zo)"
)
_TIME = re.compile(
    _TIME_PATTERN.replace(r"(?<![\w-])", r"(?<![\w-])" + _TIME_START, 1), re.IGNORECASE
)

# Words that put a clause in the past even without a date.
_PAST_WORDS = re.compile(
    r"\b(?:vorig(?:e)?\s+(?:jaar|maand|week)|afgelopen\s+(?:jaar|jaren|maanden|periode|weken)"
    # "recent(elijk)" as an adverb; "recente berichtgeving" says nothing of the clause's time
    r"|jl\.|eerder\s+dit\s+jaar|in\s+het\s+verleden|destijds|toentertijd|onlangs|recent(?:elijk)?\b)",
    re.IGNORECASE,
)
# the lookahead (the first letters of the words below) lets the scan skip most positions fast
_PAST_HINT = re.compile(
    r"(?=[vaejdtor])(?:vorig|afgelopen|jl\.|eerder|verleden|destijds|toentertijd|onlangs|recent)",
    re.I,
)
_RELATIVE_PAST = re.compile(r"\b(?:vorig|afgelopen|jl\.|eerder)", re.IGNORECASE)


@dataclass(frozen=True)
class TimeHint:
    """What the time phrases of a clause say about when."""

    future: bool  # a phrase that lies ahead (or a vague future like "binnenkort")
    past: bool  # a phrase that lies behind, and none ahead
    phrases: tuple[str, ...]


# Every phrase above has a digit or one of these words: a cheap screen before the regex.
_TIME_WORDS = frozenset(
    """
    januari februari maart april mei juni juli augustus september oktober november december jan
    feb mrt apr jun jul aug sep sept okt nov dec voorjaar najaar zomer winter lente herfst
    zomerreces kerstreces meireces herfstreces kwartaal helft halfjaar jaarhelft jaar maand week
    komende binnen prinsjesdag miljoenennota voorjaarsnota begroting jaarwisseling kerst
    verkiezingen einde eind termijn binnenkort spoedig snel zijner loop q1 q2 q3 q4 schooljaar
    studiejaar collegejaar kabinetsperiode periode tijd maanden weken jaren vorig vorige afgelopen
    jl eerder verleden destijds toentertijd onlangs recent recentelijk
    """.split()
)
_WORDS = re.compile(r"[a-zà-ÿ0-9]+")
_DIGIT = re.compile(r"\d")
_NO_TIME = TimeHint(future=False, past=False, phrases=())


# After an event still to come: "na advies van de Raad van State", "na afronding van het
# onderzoek". It says the act lies ahead, though not when (no due date: tracker/dates/).
_EVENT_AHEAD = re.compile(
    r"(?<!direct\s)(?<!meteen\s)(?<!telkens\s)(?<!steeds\s)(?<!altijd\s)(?<!onmiddellijk\s)"
    r"\bna\s+(?:ontvangst|afronding|advies|vaststelling|publicatie|oplevering|"
    r"(?:de|het)\s+(?:evaluatie|consultatie|internetconsultatie|uitspraak|advies))\b",
    re.IGNORECASE,
)
_EVENT_WORDS = frozenset(
    "ontvangst afronding advies vaststelling publicatie oplevering evaluatie consultatie "
    "internetconsultatie uitspraak".split()
)


def might_have_time(text: str, words: set[str] | None = None) -> bool:
    """False when `text` certainly names no time (no digit, no time word).

    `words` may hold the lower-cased words of `text` when the caller has them.
    """
    if _DIGIT.search(text):
        return True
    words = words if words is not None else set(_WORDS.findall(text.lower()))
    return not _TIME_WORDS.isdisjoint(words) or (
        "na" in words and not _EVENT_WORDS.isdisjoint(words)
    )


def time_hint(text: str, reference: date | None) -> TimeHint:
    """Screen `text` for time phrases and say whether they point ahead or back."""
    return SentenceTimes(text, reference).hint(0, len(text))


class SentenceTimes:
    """The time phrases of one sentence, read once; hints for any of its clauses."""

    def __init__(self, text: str, reference: date | None, words: set[str] | None = None) -> None:
        self.text = text
        self.ref_year = (reference or clock.today()).year
        self.found: list[tuple[int, int, str, bool | None]] = []  # start, end, phrase, ahead?
        self.past_words: list[int] = []  # where words like "vorig jaar", "jl." stand
        if might_have_time(text, words):
            for m in _TIME.finditer(text):
                self.found.append((m.start(), m.end(), m.group(0), self._ahead(m)))
            for m in _EVENT_AHEAD.finditer(text):
                self.found.append((m.start(), m.end(), m.group(0), True))
            if _PAST_HINT.search(text):
                self.past_words = [m.start() for m in _PAST_WORDS.finditer(text)]

    def _ahead(self, m: re.Match[str]) -> bool | None:
        """True: lies ahead; False: lies behind; None: says nothing about direction."""
        years = [int(y) for y in m.groupdict().values() if y]
        lowered = m.group(0).lower()
        if years:
            if max(years) >= self.ref_year:
                return True
            return None if lowered.startswith(("tot ", "sinds ", "vanaf ")) else False
        if lowered.startswith("sinds"):
            return None
        return True  # no year: phrases without a year look forward by convention

    def hint(self, start: int, end: int, past_words: bool = True) -> TimeHint:
        """The hint for text[start:end]; without `past_words` only dated phrases count."""
        inside = [f for f in self.found if f[0] >= start and f[1] <= end]
        has_past_words = past_words and any(start <= p < end for p in self.past_words)
        if not inside and not has_past_words:
            return _NO_TIME
        future = any(f[3] is True for f in inside)
        past_only = not any(f[3] is not False for f in inside)
        past = (bool(inside) and past_only) or (has_past_words and not future)
        return TimeHint(future=future, past=past, phrases=tuple(f[2] for f in inside))


def has_time_phrase(text: str) -> bool:
    return _TIME.search(text) is not None


# The same phrases with a leading preposition and article, for cutting them out of titles.
TIME_PHRASE = re.compile(
    r"(?:\b(?:in|vóór|voor|na|per|op|tot|rond|uiterlijk|gedurende|vanaf)\s+)?(?:(?:de|het)\s+)?(?:"
    + _TIME_PATTERN
    + r")",
    re.IGNORECASE,
)
