"""The words of a title: what is dropped from them, where they are cut, and when
a title reads as a heading rather than a fragment.

Shared by `titles.py` (titles per rule and the constructions every ministry uses)
and `verb_phrases.py` (a main clause read as verb cluster and middle field).
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.timeframes import TIME_PHRASE, might_have_time
from tracker.extract.title_words import NOT_FIRST, NOT_LAST, PREPOSITIONS

MAX_TITLE = 80

_I = re.IGNORECASE
# `(?<!\s)`: entered at the first space of a run only (from every space of a long run
# `\s*` would scan the rest of it, quadratic time).
PARENS = re.compile(r"(?<!\s)\s*\([^()]*\)")
_FILLER = re.compile(
    r"\b(?:ook|nog|nader|verder|graag|daarnaast|bovendien|momenteel|op\s+dit\s+moment|inderdaad|"
    r"uiteraard|zeker|eerst|dan|nu|wel|tevens|reeds|al|inmiddels|daar|hier|daarbij|hierbij|"
    r"immers|echter|vervolgens|zo|bijvoorbeeld|mede|er|naar\s+verwachting|hierover|daarover|"
    r"hiervoor|daarvoor|hiermee|daarmee|hierop|daarop|hieraan|daaraan|hierin|daarin|daarna|hierna|voorts|tot\s+slot|allereerst|concreet|actief|"
    r"opnieuw|alsnog|spoedig|binnenkort|zo\s+spoedig\s+mogelijk|op\s+korte\s+termijn|"
    r"in\s+(?:het|de)(?=\s*$)|ja|nee|enerzijds|anderzijds|(?<!st\s)mogelijke|eventuele|precieze|erop|eraan|ervoor|erover|ermee)\b",
    _I,
)
_DEMONSTRATIVE_OF = re.compile(r"\bvan\s+(?:deze|die|dit|dat)\s+", _I)
_ARTICLES = re.compile(r"\b(?:de|het|een|deze|die|dit|dat|onze|mijn|haar|hun)\s+(?=[\wÀ-ÿ«])", _I)
_RELATIVE = re.compile(
    r"(?<=\w)\s+(?:die|dat)\s+(?:zich\s+)?(?:[^\s,]+\s+){0,6}[^\s,]+(?:en|t|d)\b(?=\s*[,.;]|\s*$)"
    r"|(?<=\w)\s+(?:die|dat)\s+(?:zich\s+)?(?:[^\s,]+\s+){0,5}?[^\s,]+(?:en|t|d)\b(?=[\s,]|$)",
    _I,
)
# Where the words of a title end: a subordinate clause, a purpose clause, a colon.
_SUBCLAUSE = re.compile(
    r"[;:]|,\s+(?=(?:die|dat|waar\w*|zodat|omdat|om|maar|want|wat|zoals|terwijl|en\s+\w+\s+"
    r"(?:wordt|is|zal|zijn))\b)|(?<!manier\s)(?<!manieren\s)(?<!wijze\s)\b(?:waarop)\b|\b(?:waarmee|waarbij|waarin|waarna|waardoor|zodat|omdat|"
    # "de mogelijkheden om de aannemer aansprakelijk te stellen": the noun's own complement
    r"(?<!mogelijkheid\s)(?<!mogelijkheden\s)(?<!manier\s)(?<!manieren\s)(?<!stappen\s)"
    r"(?<!maatregelen\s)(?<!plannen\s)(?<!ruimte\s)(?<!opties\s)"
    r"om|terwijl|opdat|want|maar|doordat|voordat|nadat|zodra|totdat|indien)\b",
    _I,
)
_TRAILING = re.compile(
    r"(?:\s+(?:en|of|van|voor|over|met|in|op|aan|bij|naar|om|te|door|die|dat|de|het|een|als|"
    r"tot|uit|zoals|waarbij|hoe|waar|wat|welke|wie))+\s*$",
    _I,
)
EXTRA_TIME = re.compile(
    r"(?:\b(?:voor|vóór|na|tegen|aan)\s+(?:het\s+)?)?\b(?:begin|eind|einde)\s+van\s+(?:het|dit|volgend)"
    r"\s+jaar\b|\bmet\s+ingang\s+van\s+(?:\d{1,2}\s+\w+\s+)?\d{4}\b|"
    r"\b(?:voor|op|op\s+de)\s+(?:de\s+)?(?:lange|korte|middellange)\s+termijn\b|"
    r"\bin\s+de\s+loop\s+van\s+(?:\d{4}|het\s+jaar|dit\s+jaar)\b|\bvan\s+dit\s+jaar\b|"
    r"\b(?:op|per)\s+korte\s+termijn\b|\b\d{4}-{2,}\d{4}\b",
    _I,
)


_EXTRA_TIME_WORD = re.compile(r"\b(?:begin|eind|einde|ingang|termijn|loop|jaar)\b", _I)


def strip_words(text: str) -> str:
    """Drop time phrases, fillers, articles and subordinate clauses."""
    text = PARENS.sub("", text)
    cut = _SUBCLAUSE.search(text)
    if cut and len(_ARTICLES.sub("", text[: cut.start()]).strip()) > 3:
        text = text[: cut.start()]
    if might_have_time(text) or _EXTRA_TIME_WORD.search(text):  # most titles name no time
        text = EXTRA_TIME.sub(" ", text)
        text = TIME_PHRASE.sub(" ", text)
    text = _DEMONSTRATIVE_OF.sub("", text)
    text = _RELATIVE.sub("", text)
    text = _FILLER.sub(" ", text)
    text = _ARTICLES.sub("", text)
    return _SPACES.sub(" ", text).strip(" ,.;:–-")


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:])")
_TRAILING_PARTICIPLE_PHRASE = re.compile(r",\s+\S+(?:d|t)(?:\s+\S+){0,3}$")
_STAND_VAN_ZAKEN = re.compile(
    r"\bstand\s+van\s+zaken\s+van\s+(?:de\s+)?(?:problematiek|situatie)\s+(?:rond|van|omtrent|bij)\s+",
    _I,
)
_REKENING_MEE = re.compile(r"\brekening\s+mee\s+houden\b", _I)


def lower_first(text: str) -> str:
    """`text` with its first letter in lower case, to go inside a title ("De regeling
    wordt geëvalueerd" -> "de regeling ..."), unless it opens with a name: a word
    followed by another capitalised word ("Thea Koster", "Stichting Techniekpact"),
    or one with capitals inside ("COA", "NWO-regeling", "McKinsey")."""
    words = text.split()
    if not words:
        return text
    first = words[0]
    if any(c.isupper() for c in first[1:]):
        return text
    if len(words) > 1 and words[1][:1].isupper():
        return text
    return text[:1].lower() + text[1:]


def tidy(title: str) -> str:
    title = _SPACES.sub(" ", title)
    title = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", title).strip(" ,.;:–-")
    # ", toegespitst naar regio": a trailing participle phrase adds nothing to scan
    title = _TRAILING_PARTICIPLE_PHRASE.sub("", title) if len(title) > 50 else title
    if "stand" in title.lower():
        title = _STAND_VAN_ZAKEN.sub("stand van zaken ", title)
    if "rekening" in title.lower():
        title = _REKENING_MEE.sub("rekening houden", title)
    if title.split() and title.split()[0].lower() in PREPOSITIONS:
        title = " ".join(front_phrase_last(title.split()))
    if len(title) > MAX_TITLE and title.startswith("Kamer informeren over "):
        title = "Kamerbrief over " + title[len("Kamer informeren over ") :]
    if len(title) > MAX_TITLE:
        title = _without_adjectives(title)
    if len(title) > MAX_TITLE:
        title = _shorten(title)
    for _ in range(3):
        title = _TRAILING.sub("", title).strip(" ,.;:–-")
    words = title.split()
    if len(words) > 3 and words[-2].lower() == "en" and words[-1].lower() in lexicon.INFINITIVES:
        # "Planningen integreren en kijken": a second verb whose object was cut off
        title = " ".join(words[:-2])
    if title:
        title = title[0].upper() + title[1:]
    return title


# Adjectives a title can lose before it loses a phrase: "wettelijke en uitvoeringstechnische
# stappen", "hoogspecialistische eetstoornisbehandeling".
_ADJECTIVES = re.compile(
    r"\b(?:[a-zà-ÿ-]{3,}(?:ische|ieve|ele|ale|lijke|bare|ende|ige|ieke)\s+en\s+)?"
    r"[a-zà-ÿ-]{3,}(?:ische|ieve|ele|ale|lijke|bare|ende|ige|ieke)\s+(?=[a-zà-ÿ-]{3,})"
)


def _without_adjectives(title: str) -> str:
    """The longest adjectives out, one by one, until the title fits (never its first word)."""
    while len(title) > MAX_TITLE:
        found = [m for m in _ADJECTIVES.finditer(title) if m.start() > 0]
        if not found:
            break
        longest = max(found, key=lambda m: len(m.group(0)))
        title = title[: longest.start()] + title[longest.end() :]
    return title


def _shorten(title: str) -> str:
    """At most MAX_TITLE characters, cut before a preposition or conjunction, not in a phrase."""
    cut = title[: MAX_TITLE + 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut[:MAX_TITLE]
    bounds = [
        m.start()
        for m in re.finditer(
            r"\s(?:van|voor|met|over|in|op|aan|bij|naar|vanuit|via|tot|tussen|en|of|,)\b|,", cut, _I
        )
        if m.start() > 20
    ]
    return cut[: bounds[-1]] if bounds else cut


_ACRONYM = re.compile(r"\s\(((?-i:[A-Z]{2,6}))\)")


def short_names(text: str) -> str:
    """ "het Centraal Orgaan opvang asielzoekers (COA)" -> "het COA": a list reads shorter with
    the abbreviation the answer itself gives, when the name's letters spell it."""
    if "(" not in text:
        return text  # no abbreviation given
    out, pos = [], 0
    for m in _ACRONYM.finditer(text):
        words = list(re.finditer(r"[\wÀ-ÿ'-]+", text[pos : m.start()]))
        for k in range(1, min(8, len(words)) + 1):
            span = words[-k:]
            first = span[0].group(0)
            letters = "".join(w.group(0) for w in span).upper()
            if first[:1] == m.group(1)[0] and first[:1].isupper() and _spells(m.group(1), letters):
                out.append(text[pos : pos + span[0].start()] + m.group(1))
                pos = m.end()
                break
    return "".join(out) + text[pos:]


def _spells(acronym: str, letters: str) -> bool:
    it = iter(letters)
    return all(ch in it for ch in acronym)


def clean_start(text: str) -> str:
    """Without the answer's label and a footnote number: "Antwoord ...", "4 Op dit moment"."""
    return _LABEL_START.sub("", text).strip()


_LABEL_START = re.compile(r"^\s*(?:antwoord\s+(?:op\s+vraag\s+\d+\s*)?|\d{1,3}\s+(?=[A-Z]))", _I)


def to_infinitive(word: str) -> str:
    """First-person present to infinitive: "maak" -> "maken", "stuur" -> "sturen"."""
    low = word.lower()
    if low.endswith("en"):
        return low
    if low in ("kom", "neem", "geef", "lees"):
        return {"kom": "komen", "neem": "nemen", "geef": "geven", "lees": "lezen"}[low]
    m = re.match(r"^(.*?)(aa|ee|oo|uu)([^aeiou])$", low)
    if m:
        return f"{m.group(1)}{m.group(2)[0]}{m.group(3)}en"
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", low):
        return low + low[-1] + "en"  # "zet" -> "zetten", "stel" -> "stellen"
    return low + "en"


_SEPARABLE = (
    "op",
    "af",
    "uit",
    "in",
    "aan",
    "mee",
    "door",
    "terug",
    "voort",
    "bij",
    "toe",
    "na",
    "vast",
)


def participle_infinitive(participle: str) -> str:
    """ "gewerkt" -> "werken", "opgesteld" -> "opstellen" (for the regular verbs titles meet)."""
    low = participle.lower()
    for prefix in _SEPARABLE:
        if low.startswith(prefix + "ge") and len(low) > len(prefix) + 4:
            return prefix + participle_infinitive(low[len(prefix) :])
    if low.startswith("ge") and len(low) > 4:
        low = low[2:]
    if low.endswith("en"):
        return low
    stem = low[:-1] if low[-1:] in ("d", "t") else low
    if re.search(r"[^aeiou][aeiou]l$", stem):
        stem += stem[-1]  # "stel" -> "stellen"
    return to_infinitive(stem)


def acceptable(title: str) -> bool:
    words = title.split()
    if len(words) < 2 or len(title) > MAX_TITLE:
        return False
    if words[0].lower() in NOT_FIRST and words[0] != "Kamer":
        return False
    last = words[-1].lower().strip(",.")
    asks = _ASKS.search(title)
    if last in NOT_LAST and not (
        asks and last in ("is", "zijn", "wordt", "worden", "kan", "kunnen", "heeft", "hebben")
    ):
        return False
    return not _FIRST_PERSON.search(title)


_ASKS = re.compile(r"\b(?:of|hoe|welke|wat|waar|die)\b", _I)
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|mij|me|uw)\b", _I)


def phrase_end(words: list[str], i: int) -> int:
    """Where the noun phrase starting at words[i] ends: adjectives in -e, a noun (a name of
    capitalised words counts as one), then "van"/"voor"/"en" and the next phrase."""
    while i < len(words):
        while i < len(words) - 1 and (words[i].endswith("e") and words[i][:1].islower()):
            i += 1  # "eerstvolgende", "sociale"
        if words[i][:1].isupper():
            while i + 1 < len(words) and words[i + 1][:1].isupper():
                i += 1  # "Ter Apel", "Staat"
        i += 1
        if i + 1 < len(words) and words[i].lower().strip(",") in ("van", "voor", "en", "der"):
            i += 1
            continue
        break
    return i


def front_phrase_last(words: list[str]) -> list[str]:
    """A title may not open with a preposition: its phrase goes after the act."""
    if words and words[0].lower() in PREPOSITIONS:
        # "Bij vaststellen agenda rekening houden" -> "Rekening houden bij vaststellen agenda"
        end = phrase_end(words, 1)
        if end < len(words) - 1:
            words = words[end:] + [words[0].lower()] + words[1:end]
    return words


def repair(title: str) -> str:
    """Drop leading function words; a leading prepositional phrase goes to the end."""
    words = title.split()
    while words and words[0].lower() in (NOT_FIRST - PREPOSITIONS) and words[0] != "Kamer":
        words.pop(0)
    if len(words) > 2 and words[0].lower() == "samen" and words[1].lower() == "met":
        # "Samen met Duitsland en Denemarken bijeenkomst ...": the partners are not the act
        end = phrase_end(words, 2)
        words = words[end:] if end < len(words) - 1 else words
    words = front_phrase_last(words)
    words = [w for w in words if not re.fullmatch(r"(?:ik|wij|we|mij|me|uw|zich)", w, _I)]
    while len(words) > 2 and words[-1].lower().strip(",.") in NOT_LAST:
        words.pop()
    return tidy(" ".join(words))
