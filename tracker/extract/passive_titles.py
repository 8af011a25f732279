"""Titles of passive sentences and of informing the Kamer, the commonest forms of a
government commitment: "In 2022 wordt de subsidie geëvalueerd" -> "Evaluatie subsidie",
"Uw Kamer wordt hierover geïnformeerd" -> "Kamer informeren over ...".
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.antecedents import last_np
from tracker.extract.title_text import EXTRA_TIME, PARENS, clean_start, strip_words
from tracker.extract.title_words import EXTRA_PARTICIPLE_NOUNS, INFINITIVE_NOUNS, PREPOSITIONS

_I = re.IGNORECASE

_PARTICIPLE_KEYS = sorted(
    {*lexicon.PARTICIPLE_NOUNS, *EXTRA_PARTICIPLE_NOUNS, "gegeven", "gemaakt", "aangedrongen"},
    key=len,
    reverse=True,
)
PARTICIPLE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _PARTICIPLE_KEYS) + r")\b", _I
)
OVER = re.compile(r"\bover\s+(.+)$", _I)
ANAPHORIC = re.compile(r"^(?:deze|die|dit|dat|zij|ze|het)$", _I)
LEADING_ACTION = re.compile(
    r"^(?:de\s+)?(?:ontwikkeling|uitwerking|invoering|totstandkoming|voorbereiding|opzet|"
    r"inrichting)\s+van\s+",
    _I,
)
ADVERBIAL = re.compile(
    r"^(?:in|op|met|voor|na|bij|door|om|vanaf|tot|over|naar|uit|tijdens|binnen|via|volgens|"
    r"conform|zoals|ook|daarnaast|daarom|hier|daar|dan|nu|zo|wel|verder|bovendien|tevens|"
    r"uiteraard|inmiddels|momenteel|nog|ja|nee|eind|begin|medio|\d+)\b",
    _I,
)


def inform_title(clause: str) -> str:
    m = OVER.search(clause)
    if m:
        about = re.split(
            r"\b(?:informeer|informeert|informeren|geïnformeerd|blijven|blijf|blijft|stuur|stuurt|zal|"
            r"zullen|wordt|ontvangt|houd|"
            r"houdt|uw\s+kamer|de\s+kamer)\b",
            m.group(1),
            maxsplit=1,
            flags=_I,
        )[0]
        about = strip_words(about)
        if about:
            return "Kamer informeren over " + about
    return "Kamer informeren"


def passive_title(clause: str, sentence: str, context: str) -> str:
    clause = EXTRA_TIME.sub(" ", clean_start(_USE_OF.sub(" gebruik van ", clause)))
    clause = re.sub(r",\s*zoals\s[^,]*,", " ", clause, flags=_I)
    found = list(PARTICIPLE_RE.finditer(clause))
    if not found:
        return ""
    m = found[0]
    # "Alle ontwerpen waarvoor een fiche zal worden opgesteld, worden aan ATR doorgestuurd"
    relative = re.search(r"\b(?:waar\w+|die|dat)\b[^,]*$", clause[: m.start()], _I)
    if len(found) > 1 and relative and relative.start() > 0:
        m = found[1]
    key = re.sub(r"\s+", " ", m.group(0).lower())
    noun = PARTICIPLE_NOUNS.get(key, "")
    infinitive = ""
    if noun and noun[0].islower():
        noun, infinitive = "", noun
    auxes = [
        f
        for f in re.finditer(r"\b(?:wordt|worden|zal|zullen|moet|moeten)\b", clause, _I)
        if f.start() < m.start()
    ]
    fin = auxes[-1] if auxes else re.search(r"\b(?:wordt|worden|zal|zullen)\b", clause, _I)
    for f in reversed(auxes[:-1]):
        # "zal in de praktijk ook worden toegevoegd": the finite verb is "zal", unless a
        # participle of its own stands between ("waarvoor een fiche zal worden opgesteld")
        if lexicon.PARTICIPLE.search(clause[f.end() : fin.start()]):
            break
        fin = f
    after = re.sub(
        r"^\s*(?:(?:zal|zullen|kunnen|worden|wordt|word)\b\s*)+", "", clause[m.end() :], flags=_I
    )
    after = drop_agent(after)
    tail = strip_words(_HOW_WE_DEAL.sub(r"omgang met \1", after))
    allowed = r"(?:met|over|naar|van|voor|aan|tegen|in|bij|waar|hoe|of|welke|wat|omgang)\b"
    if noun.endswith((" op", " aan", " over")):
        allowed = r"\w"
    tail = tail if re.match(allowed, tail, _I) else ""
    front = re.match(r"\s*voor\s+(?:het|de)\s+([^,]+?)\s+(?:zal|zullen|wordt|worden)\b", clause, _I)
    if front and tail:
        tail = f"{tail} voor {strip_words(front.group(1))}"
    if noun == "Kamer informeren":
        return inform_title(clause)
    if noun.endswith(" op") and tail:
        return f"{noun} {tail}"
    if fin is None or m.start() < fin.start():
        # participle first: "Nagegaan zal worden waar ..."
        return f"{noun or infinitive.capitalize()} {tail}".strip()
    between = clause[fin.end() : m.start()]
    between = re.sub(
        r"\b(?:zal|zullen|worden|wordt|word|er|kunnen|moeten)\b", " ", between, flags=_I
    )
    between = drop_agent(
        re.sub(r"\b(?:aan|bij|naar)\s+(?:uw|de)\s+kamer\b", " ", between, flags=_I)
    )
    if re.match(r"\s*(?:aan|naar)\s+\S+(?:\s+\S+)?\s*$", between, _I) and not tail:
        # "worden aan ATR doorgestuurd"
        tail, between = strip_words(between), ""
    pp = ""
    patient = strip_words(between)
    lead = re.match(r"(?:bij|in|op|na|tijdens|binnen|voorafgaand\s+aan)\s+.+\s(\S+)$", patient, _I)
    if lead and len(patient.split()) >= 3 and not noun.startswith(("Gesprek", "Start")):
        # "zal bij de inwerkingtreding van dit wetsvoorstel voorlichting worden gegeven",
        # "wordt binnen het Techniepact onderzoeksbudget beschikbaar gemaakt"
        pp = patient[: patient.rfind(lead.group(1))].strip()
        patient = lead.group(1)
    asked = (
        re.match(r"\s*(?:om\s+)?te\s+([\wÀ-ÿ]+)\s*(.*)$", after, _I)
        if key in ("gevraagd", "verzocht")
        else None
    )
    if asked:
        # "De commissie wordt gevraagd te adviseren over X" -> "Commissie vragen om advies over X"
        who = patient or strip_words(
            re.split(r"\s+(?:die|dat)\s+", clause[: fin.start()], maxsplit=1)[0]
        )
        act = INFINITIVE_NOUNS.get(asked.group(1).lower())
        rest = strip_words(asked.group(2))
        what = f"om {act.lower()} {rest}" if act else f"{asked.group(1)} {rest}"
        return f"{who} vragen {what}".strip()
    if noun.startswith(("Start", "Gesprek", "Verkenning", "Nagaan", "Bezien", "Kijken")) and tail:
        return f"{noun} {patient} {tail}".strip() if len(patient) < 40 else f"{noun} {tail}"
    talks = noun.startswith(("Start", "Gesprek", "Verkenning", "Nagaan", "Bezien", "Kijken"))
    if (
        patient.split()
        and patient.split()[0].lower() in PREPOSITIONS
        and not infinitive
        and not talks
    ):
        patient = ""  # "zal in de praktijk ook worden toegevoegd": no patient in between
    if not patient:
        left = clause[: fin.start()].strip(" ,") or first_np(sentence)
        that = list(
            re.finditer(
                r"\b(?:is|zijn|mening|verwacht\w*|betekent|blijkt|aangegeven|gemeld|toegezegd|afgesproken|"
                r"besloten|aangekondigd|geconstateerd)\s+dat\s+",
                left,
                _I,
            )
        )
        if that:
            # "De vervolgprocedure is dat de consultatiereacties (zullen worden meegenomen)"
            left = left[that[-1].end() :]
        else:
            left = re.split(r"\s+(?:die|dat|waarvoor|waarmee|waarbij)\s+", left, maxsplit=1)[0]
        both = re.match(r"\s*((?:de|het|een)\s+\S+)\s+.*\ben\s*$", left, _I)
        if both:
            left = both.group(1)  # "de pilot loopt tot medio 2024 en (wordt daarna geëvalueerd)"
        if len(left.split()) > 6 and not re.match(r"\s*(?:de|het|een)\s", left, _I):
            left = last_np(left) or left
        if not ADVERBIAL.match(left):
            patient = strip_words(left)
    if patient and ANAPHORIC.match(patient) and context:
        patient = np_of(context)
    patient = LEADING_ACTION.sub("", patient)
    if infinitive:
        return " ".join(w for w in (patient, infinitive, tail, pp) if w)
    if tail and not patient and re.match(r"(?:aan|naar)\b", tail, _I):
        return f"{noun} {tail}"
    if not patient:
        return f"{noun} {tail}".strip()
    if tail and re.match(r"(?:aan|tegen|in|bij)\b", tail, _I):
        return f"{noun} {patient} {tail}"
    return f"{noun} {patient} {pp}".strip()


_USE_OF = re.compile(
    r"\s+dat\s+(?:er\s+)?gebruik\s+(?:wordt|zal\s+worden|gemaakt\s+wordt)\s+(?:gemaakt\s+)?van\s+",
    _I,
)
_HOW_WE_DEAL = re.compile(
    r"\b(?:op\s+welke\s+(?:manier|wijze)|hoe)\s+(?:we|wij|ik|het\s+kabinet|zij|ze)\s+met\s+([^,]+?)"
    r"\s*(?:,[^,]*,\s*)?om(?:gaan|gaat)\b",
    _I,
)
PARTICIPLE_NOUNS = {
    **lexicon.PARTICIPLE_NOUNS,
    **EXTRA_PARTICIPLE_NOUNS,
    "gegeven": "geven",
    "gemaakt": "maken",
    "aangedrongen": "Aandringen op",
}


def drop_agent(text: str) -> str:
    return re.sub(r"\bdoor\s+(?:de|het|een)?\s*[^,;]*$", "", text, flags=_I)


def np_of(context: str) -> str:
    """What a pointing-back subject most likely names: the noun phrase the context is about."""
    context = PARENS.sub("", context)
    m = re.search(
        r"\b(?:zijn|is|wordt|worden)\s+(?:ook\s+|onder\s+meer\s+|onder\s+andere\s+)?(.+)$",
        context,
        _I,
    )
    phrase = m.group(1) if m else context
    phrase = re.split(
        r"\b(?:gericht|bedoeld|waarmee|waarbij|die|dat)\b", phrase, maxsplit=1, flags=_I
    )[0]
    return LEADING_ACTION.sub("", strip_words(phrase))


def first_np(sentence: str) -> str:
    return re.split(r"[,;:]|\b(?:wordt|worden|is|zijn|zal|zullen)\b", sentence, maxsplit=1)[0]
