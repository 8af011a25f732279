"""A Dutch main clause read as finite verb, subject, middle field and verb cluster.

"Na de zomer zal ik samen met X mogelijk kansrijke gebieden verder uitwerken"
-> "Uitwerking kansrijke gebieden"; "zal onderzoeken welke N het Rijk kan inzetten"
-> "Onderzoek naar N die het Rijk kan inzetten"; "De raad brengt advies uit over de
aanvragen" -> "Advies uitbrengen over aanvragen".
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.cues import Firing
from tracker.extract.timeframes import TIME_PHRASE
from tracker.extract.title_text import (
    EXTRA_TIME,
    PARENS,
    clean_start,
    phrase_end,
    strip_words,
    to_infinitive,
)
from tracker.extract.title_words import INFINITIVE_NOUNS, PREPOSITIONS

_I = re.IGNORECASE

_FINITE = re.compile(
    r"\b(?:zal|zullen|ga|gaat|gaan|wil|willen|blijf|blijft|blijven|kom|komt|komen|maak|maken|"
    r"besluit|besluiten|ben|is|zijn|moet|moeten|kan|kunnen|laat|laten)\b",
    _I,
)
_SUBJECT = re.compile(
    r"^\s*(?:ik(?:zelf)?|wij|we|het\s+kabinet|de\s+regering|mijn\s+ministerie|(?:het\s+)?ministerie"
    r"(?:\s+van\s+[\w,]+)?|de\s+(?:minister|staatssecretaris)(?:\s+(?:van|voor)\s+[\w,]+(?:\s+en\s+\w+)?)?"
    r"|(?-i:[A-Z]{2,})\w*)\b(?:\s+en\s+(?:ik(?:zelf)?|wij|de\s+\w+(?:\s+van\s+\w+)?))?",
    _I,
)
_ACTORS_WITH = re.compile(
    r"\b(?:samen\s+met|in\s+overleg\s+met|in\s+samenwerking\s+met|in\s+afstemming\s+met|"
    r"vanuit\s+(?:mijn|onze|zijn|haar)\s+rol(?:\s+als\s+[^,]+)?)\s+(?:.*?)(?=\s(?:mogelijk|verder|"
    r"nader|ook|nog|(?:de|het|een)\s(?!\S+\s+(?:en|van)\b))|$)",
    _I,
)
_REFLEXIVE = re.compile(r"\b(?:mij|me|ons|zich|ikzelf)\b", _I)


def verb_phrase_title(text: str, firing: Firing | None) -> str:
    """ "Na de zomer zal ik samen met X mogelijk kansrijke gebieden verder uitwerken"
    -> "Uitwerking kansrijke gebieden"; "zal onderzoeken welke N ..." -> "Onderzoek naar N ..."."""
    text = EXTRA_TIME.sub(" ", clean_start(PARENS.sub("", text))).strip(" .")
    text = re.sub(
        r"^(?:\S+\s+){0,3}?(?:vinden|vind|is|acht|achten)\s+(?:het\s+)?(?:van\s+belang|belangrijk)"
        r"\s+om\s+",
        "",
        text,
        flags=_I,
    )
    infinitives = [
        m
        for m in re.finditer(r"\b[\wÀ-ÿ]+en\b", text)
        if m.group(0).lower() in lexicon.INFINITIVES
        or m.group(0).lower() in INFINITIVE_NOUNS
        or m.group(0).lower() in ("nadenken", "zoeken", "stimuleren", "werken")
    ]
    # "op het afhandelen van de oudste zaken": an infinitive after an article is a noun
    infinitives = [
        m for m in infinitives if not re.search(r"\b(?:het|de|een)\s*$", text[: m.start()])
    ]
    if firing is not None and firing.words:
        last = firing.words.split()[-1].lower()
        named = [m for m in infinitives if m.group(0).lower() == last]
        infinitives = named or infinitives
    if not infinitives or (firing is None and not _FINITE.search(text) and _separable_title(text)):
        return _separable_title(text)
    verb = infinitives[0]
    head = text[: verb.start()]
    post = text[verb.end() :]
    fin = None
    for m in _FINITE.finditer(head):
        fin = m
        break
    front, middle = (head[: fin.start()], head[fin.end() :]) if fin else ("", head)
    subject = _SUBJECT.match(middle)
    if subject:
        middle = middle[subject.end() :]
    elif firing is not None and firing.actor_text and middle.strip().startswith(firing.actor_text):
        middle = middle.strip()[len(firing.actor_text) :]
    # "blijven", "gaan", "laten" close the middle field before the main infinitive
    aspect = ""
    m = re.search(r"\b(blijven|gaan|laten)\s*$", middle, _I)
    if m:
        aspect, middle = m.group(1).lower(), middle[: m.start()]
    middle = _ACTORS_WITH.sub(" ", middle)
    # "met de provincie en de gemeente verkennen of X": the partners, not the object
    partners = re.fullmatch(r"\s*(?:in\s+\d{4}\s+)?met\s+(.+?)\s*", middle, _I)
    if partners and re.match(r"\s*(?:welke|of|hoe|wat|waar)\b", post, _I):
        middle = ""
    middle = re.sub(r"^\s*met\s+[^,]+?\s+(?=(?:de|het|een)\s)", " ", middle, flags=_I)
    middle = _REFLEXIVE.sub(" ", middle)
    middle = re.sub(r"\bdoor\s+(?:een|de|het)\s+[^,]+$", " ", middle, flags=_I)  # the agent
    middle = re.sub(
        r"\b(?:te|mogelijk|wellicht|daarom|verder|nader|ook|nog|graag|inhoudelijk)\b",
        " ",
        middle,
        flags=_I,
    )
    obj = strip_words(middle)
    infinitive = verb.group(0).lower()
    noun = INFINITIVE_NOUNS.get(infinitive, "")
    if infinitive == "brengen" and re.search(r"\bin\s+(?:kaart|beeld)\s*$", middle, _I):
        noun = "Inventarisatie"
        obj = strip_words(re.sub(r"\bin\s+(?:kaart|beeld)\s*$", "", middle, flags=_I))
    question = re.match(
        r"\s*(welke|of|hoe|wat|waar|op\s+welke\s+(?:manier|wijze))\s+(.+)$", post, _I
    )
    if question and not obj:
        asked = _indirect_question(question.group(1).lower(), question.group(2))
        if asked:
            lead = noun or infinitive.capitalize()
            if lead != "Onderzoek" and asked.startswith("naar "):
                asked = "van " + asked[5:]  # "Inventarisatie van ...", "Onderzoek naar ..."
            return f"{lead} {asked}"
    tail = ""
    pp = re.match(r"\s*((?:aan|op|over|naar|met|voor|bij|tegen|in|uit|tot|binnen)\s+.+)$", post, _I)
    if pp:
        tail = strip_words(pp.group(1))
    front_pp = re.match(r"\s*voor\s+(?:het|de)\s+(?!\w+\s*$)(.+)$", front.strip(" ,"), _I)
    extra = (
        f" voor {strip_words(front_pp.group(1))}"
        if front_pp and not TIME_PHRASE.fullmatch(front.strip())
        else ""
    )
    if obj.split() and obj.split()[0].lower() in PREPOSITIONS and not noun:
        # "zal ik in de volgende voortgangsbrief rapporteren" -> "Rapporteren in volgende ..."
        words = obj.split()
        end = phrase_end(words, 1)
        pp, rest = " ".join(words[:end]), " ".join(words[end:])
        return " ".join(w for w in (rest, aspect, infinitive, tail, pp) if w) + extra
    if noun and obj and not aspect:
        return f"{noun} {obj}{' ' + tail if tail else ''}{extra}"
    words = " ".join(w for w in (obj, aspect, infinitive, tail) if w)
    return f"{words}{extra}" if obj or tail else ""


_PRESENT = re.compile(rf"\b(?:{lexicon.PRESENT_ACTION_VERBS})\b", _I)


def _separable_title(text: str) -> str:
    """ "De raad brengt vervolgens advies aan mij uit over de aanvragen" -> "Advies uitbrengen over
    aanvragen"."""
    fin = _PRESENT.search(text)
    if not fin:
        return ""
    rest = text[fin.end() :]
    part = re.search(
        r"\b(uit|op|af|terug|mee|door|toe|voort|bij|in)\b"
        r"(?=\s+(?:over|aan|op|voor|met|naar|bij|in|die|dat|om|zodat|waarmee)\b|\s*$)",
        rest,
        _I,
    )
    if not part:
        return ""
    middle = re.sub(
        r"\b(?:aan|voor|met|bij)\s+(?:mij|ons|u|uw\s+kamer)\b", " ", rest[: part.start()], flags=_I
    )
    middle = _SUBJECT.sub("", middle.strip(), count=1)
    obj = strip_words(_REFLEXIVE.sub(" ", middle))
    verb = fin.group(0).lower()
    stems = [verb[:-1], verb] if verb.endswith("t") else [verb]
    forms = [to_infinitive(s) for s in stems]
    known = [f for f in forms if f in lexicon.INFINITIVES]
    infinitive = part.group(1).lower() + (known or forms)[0]
    post = rest[part.end() :]
    post = "" if re.match(r"\s*(?:die|dat|om|zodat|waarmee)\b", post, _I) else strip_words(post)
    return " ".join(w for w in (obj, infinitive, post) if w) if obj or post else ""


def _indirect_question(word: str, rest: str) -> str:
    """ "welke instrumenten het Rijk kan inzetten" -> "naar instrumenten die het Rijk kan
    inzetten"; "of er alternatieven zijn voor X" -> "naar alternatieven voor X"."""
    purpose = re.search(r"\s+om\s+([^,]+?)\s*\.?$", rest, _I)
    rest = re.split(r"\s+(?:om|zodat|omdat)\s+|,\s+", rest, maxsplit=1)[0]
    rest = re.sub(
        r"\b(?:nog|ook|verder|nader|wel|daarbij|eventueel)\b\s*", "", rest, flags=_I
    ).strip(" .")
    if word == "welke":
        m = re.match(
            r"(.+?)\s+((?:nodig|mogelijk|haalbaar|wenselijk|effectief)\s+(?:zijn|is))$", rest, _I
        )
        if m and purpose:
            # "welke stappen nodig zijn om de AIO automatisch toe te kennen"
            return f"van {m.group(1)} om {strip_words(purpose.group(1))}"
        if m:
            # "welke wettelijke en praktische stappen nodig zijn"
            return f"van {m.group(1)} die {m.group(2)}"
        m = re.match(
            r"([\wÀ-ÿ'-]+(?:\s+[\wÀ-ÿ'-]+)??)\s+((?:de|het|een|zij|ze|we|wij|ik|hij)\b.+)$",
            rest,
            _I,
        )
        if m:
            return f"naar {m.group(1)} die {m.group(2)}"
        m = re.match(
            r"(.+?)\s+((?:kan|kunnen|moet|moeten|zal|zullen|wordt|worden)\s+.+)$", rest, _I
        ) or re.match(r"(\S+)\s+(.+\s(?:\w+en|kan|moet|heeft|is|wil))$", rest, _I)
        if m:
            # "welke instrumenten gemeenten nodig hebben"
            return f"naar {m.group(1)} die {m.group(2)}"
        return f"naar {strip_words(rest)}"
    if word == "of":
        m = re.match(r"er\s+(.+?)\s+(?:zijn|is|bestaan|bestaat)\b\s*(.*)$", rest, _I)
        if m:
            return f"naar {strip_words(m.group(1))} {strip_words(m.group(2))}".strip()
    return f"{word} {strip_words(rest)}"
