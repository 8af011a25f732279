"""Short Dutch titles a person can scan in a list.

Built from the commitment's main verb and the words it governs, in the clipped
style of Dutch headings: "Evaluatie subsidie Praktijkleren", "Kamer informeren
over uitkomsten gesprekken", "Inrichting landelijk portaal".
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.actors import ActorKind
from tracker.extract.antecedents import head_noun, last_np, meeting_phrase, previous_sentences, topic_of
from tracker.extract.cues import Firing
from tracker.extract.timeframes import TIME_PHRASE
from tracker.extract.title_words import (
    EXTRA_PARTICIPLE_NOUNS,
    INFINITIVE_NOUNS,
    MEETING_NOUNS,
    NOT_FIRST,
    NOT_LAST,
    POINTING_ADJECTIVES,
    PREPOSITIONS,
    VAGUE_NOUNS,
)

MAX_TITLE = 80

_I = re.IGNORECASE
# `(?<!\s)`: entered at the first space of a run only (from every space of a long run
# `\s*` would scan the rest of it, quadratic time).
_PARENS = re.compile(r"(?<!\s)\s*\([^()]*\)")
_FILLER = re.compile(
    r"\b(?:ook|nog|nader|verder|graag|daarnaast|bovendien|momenteel|op\s+dit\s+moment|inderdaad|"
    r"uiteraard|zeker|eerst|dan|nu|wel|tevens|reeds|al|inmiddels|daar|hier|daarbij|hierbij|"
    r"immers|echter|vervolgens|zo|bijvoorbeeld|mede|er|naar\s+verwachting|hierover|daarover|"
    r"hiervoor|daarvoor|hiermee|daarmee|hierop|daarop|hieraan|daaraan|hierin|daarin|voorts|tot\s+slot|allereerst|concreet|actief|"
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
    r"(?:wordt|is|zal|zijn))\b)|\b(?:waarop|waarmee|waarbij|waarin|waarna|waardoor|zodat|omdat|"
    r"om|terwijl|opdat|want|maar|doordat|voordat|nadat|zodra|totdat|indien)\b",
    _I,
)
_TRAILING = re.compile(
    r"(?:\s+(?:en|of|van|voor|over|met|in|op|aan|bij|naar|om|te|door|die|dat|de|het|een|als|"
    r"tot|uit|zoals|waarbij|hoe|waar|wat|welke|wie))+\s*$",
    _I,
)
_PARTICIPLE_KEYS = sorted(
    {*lexicon.PARTICIPLE_NOUNS, *EXTRA_PARTICIPLE_NOUNS, "gegeven", "gemaakt", "aangedrongen"},
    key=len,
    reverse=True,
)
_PARTICIPLE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _PARTICIPLE_KEYS) + r")\b", _I
)
_OVER = re.compile(r"\bover\s+(.+)$", _I)
_ANAPHORIC = re.compile(r"^(?:deze|die|dit|dat|zij|ze|het)$", _I)
_LEADING_ACTION = re.compile(
    r"^(?:de\s+)?(?:ontwikkeling|uitwerking|invoering|totstandkoming|voorbereiding|opzet|"
    r"inrichting)\s+van\s+",
    _I,
)
_ADVERBIAL = re.compile(
    r"^(?:in|op|met|voor|na|bij|door|om|vanaf|tot|over|naar|uit|tijdens|binnen|via|volgens|"
    r"conform|zoals|ook|daarnaast|daarom|hier|daar|dan|nu|zo|wel|verder|bovendien|tevens|"
    r"uiteraard|inmiddels|momenteel|nog|ja|nee|eind|begin|medio|\d+)\b",
    _I,
)


def _rule_title(sentence: str, firing: Firing, context: str = "") -> str:
    """The title the firing rule suggests, before its object is made concrete."""
    clause = _PARENS.sub("", firing.clause)
    rule = firing.rule.name
    title = ""
    if rule in ("kamer_informeren", "kamer_informeren_nu", "kamer_geinformeerd", "kamer_ontvangt"):
        title = _inform_title(clause)
        if title == "Kamer informeren":
            title = _sent_title(clause, sentence, context) or title
    elif rule == "toezegging":
        title = _promise_title(clause)
    elif rule == "verkenning_nu":
        verb = _INFINITIVE_OF.get(firing.words.split()[0].lower(), "Verkennen")
        title = f"{verb} {_active_title(clause, firing)}"
    elif rule == "verzoek" or (
        rule in ("toekomst", "willen") and re.search(r"\b(?:vragen|verzoeken)\b", clause, _I)
    ):
        title = _request_title(clause, firing)
    elif rule in ("passief_handeling", "toekomst_passief", "passief_met_termijn"):
        title = _passive_title(_focus(sentence, firing), sentence, context)
    elif rule == "terugkomen":
        m = re.search(
            r"\b(?:in|bij)\s+(?:(?:de|het|een)\s+)?([^,.;]+?)\s+(?:(?:hier|daar|er)?op\s+)?terug",
            clause,
            _I,
        )
        if not m:
            m = re.search(
                r"\bterug(?:\s*(?:te\s+)?komen)?\s+(?:in|bij)\s+(?:(?:de|het|een)\s+)?([^,.;]+)",
                clause,
                _I,
            )
        title = "Terugkomen op deze kwestie" + (
            f" {'bij' if m and ' bij ' in m.group(0).lower() else 'in'} {m.group(1)}" if m else ""
        )
    elif (rule == "verwachte_levering" and _PARTICIPLE_RE.search(clause)) or (
        rule == "gepland" and re.search(r"\b(?:wordt|worden)\s+er\b", clause, _I) and _PARTICIPLE_RE.search(clause)
    ):
        title = _passive_title(clause, sentence, context)
    elif rule in ("volgt", "verwachte_levering", "gepland", "inwerkingtreding", "in_voorbereiding"):
        title = _subject_title(clause, rule, sentence)
    elif rule == "werkt_aan":
        m = re.search(r"\baan\s+(.+)$", clause, _I)
        title = _LEADING_ACTION.sub(_action_noun, _strip(m.group(1))) if m else ""
    elif rule == "voornemen":
        m = re.search(
            r"\b(?:voornemens|van\s+plan|bereid|voornemen(?:\s+is)?|ernaar|streven\s+is|intentie"
            r"(?:\s+is)?|bedoeling(?:\s+is)?|inzet\s+is)\s+(?:om\s+)?(.+)$",
            clause,
            _I,
        )
        title = re.sub(r"\bte\s+", "", _strip(m.group(1)), flags=_I) if m else ""
    elif rule == "advies_uitbrengen":
        who = firing.actor_text if firing.actor_kind == ActorKind.UNKNOWN else ""
        title = "Advies uitbrengen" + (f" ({_clip_name(who)})" if _clip_name(who) else "")
    if firing.actor_kind == ActorKind.ANAPHOR and rule == "evenement":
        title = _event_title(firing, context) or title
    if not title and firing.actor_kind in (ActorKind.ANAPHOR, ActorKind.UNKNOWN, ActorKind.AGENCY):
        title = _event_title(firing, context)
    if not title:
        title = verb_phrase_title(_focus(sentence, firing), firing) or _active_title(clause, firing)
    return _tidy(title)


_INFINITIVE_OF = {
    "verken": "Verkennen",
    "verkent": "Verkennen",
    "verkennen": "Verkennen",
    "bezie": "Bezien",
    "beziet": "Bezien",
    "onderzoek": "Onderzoeken",
    "onderzoekt": "Onderzoeken",
    "inventariseer": "Inventariseren",
    "inventariseert": "Inventariseren",
    "inventariseren": "Inventariseren",
}
_MODALS = re.compile(r"\b(?:zal|zullen|ga|gaan|gaat)\b\s*", _I)


def _infinitive(word: str) -> str:
    """First-person present to infinitive: "maak" -> "maken", "stuur" -> "sturen"."""
    low = word.lower()
    if low.endswith("en"):
        return low
    m = re.match(r"^(.*?)(aa|ee|oo|uu)([^aeiou])$", low)
    if m:
        return f"{m.group(1)}{m.group(2)[0]}{m.group(3)}en"
    return low + "en"


def _promise_title(clause: str) -> str:
    """ "Ik zeg uw Kamer toe dat ik X openbaar maak" -> "X openbaar maken"."""
    m = re.search(
        r"\btoe\b\s*,?\s*(?:dat|om)\s+(?:(?:ik|wij|we|het\s+kabinet)\s+)?(.+)$", clause, _I
    )
    if not m:
        return ""
    text = _MODALS.sub("", m.group(1)).strip(" .")
    words = text.split()
    if words and not re.search(r"\b(?:zal|zullen)\b", m.group(1), _I):
        last = words[-1].strip(".,;")
        if re.fullmatch(r"[a-zà-ÿ]{3,}", last) and not last.endswith("en"):
            words[-1] = _infinitive(last)
    return _strip(" ".join(words))


def _request_title(clause: str, firing: Firing) -> str:
    """ "Ik zal Rijkswaterstaat vragen om samen met X ... een hinderaanpak op te stellen"."""
    m = re.search(r"\b(?:vragen|verzoeken|vraag|verzoek)\b\s*(.+)$", clause, _I)
    who = firing.actor_text if firing.actor_kind != ActorKind.GOVERNMENT else ""
    head = re.search(
        r"\b(?:zal|zullen|ga|gaan|wil|willen)\s+(?:ik|wij|we)\s+(.+?)\s+(?:vragen|verzoeken)\b", clause, _I
    )
    head = head or re.search(
        r"\b(?:ik|wij|we)\s+(?:zal|zullen|wil|willen|ga|gaan)\s+(.+?)\s+(?:vragen|verzoeken)\b", clause, _I
    )
    party = _strip(head.group(1)) if head else _strip(who)
    if not m:
        return ""
    rest = m.group(1) if not re.search(r"\bte\b", m.group(1), _I) else re.sub(r"^\s*om\s+", "", m.group(1), flags=_I)
    rest = re.sub(
        r"\bsamen\s+met\s+.*?(?=\s(?:een|de|het)\s(?!\S+\s+(?:en|van)\b))",
        "",
        rest,
        count=1,
        flags=_I,
    )
    rest = re.sub(r"\bte\s+", "", rest, flags=_I)
    rest = _strip(rest)
    return f"{party} vragen {rest}".strip() if party else ""


def _sent_title(clause: str, sentence: str, context: str) -> str:
    """ "Uw Kamer ontvangt de evaluatie van de pilots" -> "Evaluatie van pilots naar Kamer"."""
    for text in (clause, sentence):
        m = re.search(
            rf"\b(?:(?:de|het|een|mijn|onze)\s+)((?:[a-zà-ÿ]+e\s+)?\w*(?:{lexicon.DELIVERABLES})\b"
            r"(?:\s+(?:van|per)\s+(?:de\s+|het\s+)?(?!(?:de|het|een|dit|dat|deze|die)\b)"
            r"(?:[^\s,.;]*e\s+[a-zà-ÿ][^\s,.;]*|[^\s,.;]+))?)",
            text,
            _I,
        )
        if m and not re.match(r"(?:volgende|eerstvolgende)\b", m.group(1), _I):
            thing = _strip(m.group(1))
            if thing and not _ANAPHORIC.match(thing):
                return f"{thing} naar Kamer"
    return ""


def _action_noun(m: re.Match[str]) -> str:
    return m.group(0).split()[-2].capitalize() + " " if m.group(0).split() else ""


def _inform_title(clause: str) -> str:
    m = _OVER.search(clause)
    if m:
        about = re.split(
            r"\b(?:informeer|informeert|informeren|geïnformeerd|stuur|stuurt|zal|zullen|wordt|ontvangt|houd|"
            r"houdt|uw\s+kamer|de\s+kamer)\b",
            m.group(1),
            maxsplit=1,
            flags=_I,
        )[0]
        about = _strip(about)
        if about:
            return "Kamer informeren over " + about
    return "Kamer informeren"


def _passive_title(clause: str, sentence: str, context: str) -> str:
    clause = _EXTRA_TIME.sub(" ", _clean_start(_USE_OF.sub(" gebruik van ", clause)))
    found = list(_PARTICIPLE_RE.finditer(clause))
    if not found:
        return ""
    m = found[0]
    # "Alle ontwerpen waarvoor een fiche zal worden opgesteld, worden aan ATR doorgestuurd"
    relative = re.search(r"\b(?:waar\w+|die|dat)\b[^,]*$", clause[: m.start()], _I)
    if len(found) > 1 and relative and relative.start() > 0:
        m = found[1]
    key = re.sub(r"\s+", " ", m.group(0).lower())
    noun = _PARTICIPLE_NOUNS.get(key, "")
    infinitive = ""
    if noun and noun[0].islower():
        noun, infinitive = "", noun
    auxes = [
        f for f in re.finditer(r"\b(?:wordt|worden|zal|zullen|moet|moeten)\b", clause, _I)
        if f.start() < m.start()
    ]
    fin = auxes[-1] if auxes else re.search(r"\b(?:wordt|worden|zal|zullen)\b", clause, _I)
    for f in reversed(auxes[:-1]):
        # "zal in de praktijk ook worden toegevoegd": the finite verb is "zal", unless a
        # participle of its own stands between ("waarvoor een fiche zal worden opgesteld")
        if lexicon.PARTICIPLE.search(clause[f.end() : fin.start()]):
            break
        fin = f
    after = re.sub(r"^\s*(?:(?:zal|zullen|kunnen|worden|wordt|word)\b\s*)+", "", clause[m.end() :], flags=_I)
    after = _drop_agent(after)
    tail = _strip(_HOW_WE_DEAL.sub(r"omgang met \1", after))
    allowed = r"(?:met|over|naar|van|voor|aan|tegen|in|bij|waar|hoe|of|welke|wat|omgang)\b"
    if noun.endswith((" op", " aan", " over")):
        allowed = r"\w"
    tail = tail if re.match(allowed, tail, _I) else ""
    front = re.match(r"\s*voor\s+(?:het|de)\s+([^,]+?)\s+(?:zal|zullen|wordt|worden)\b", clause, _I)
    if front and tail:
        tail = f"{tail} voor {_strip(front.group(1))}"
    if noun == "Kamer informeren":
        return _inform_title(clause)
    if noun.endswith(" op") and tail:
        return f"{noun} {tail}"
    if fin is None or m.start() < fin.start():
        # participle first: "Nagegaan zal worden waar ..."
        return f"{noun or infinitive.capitalize()} {tail}".strip()
    between = clause[fin.end() : m.start()]
    between = re.sub(r"\b(?:zal|zullen|worden|wordt|word|er|kunnen|moeten)\b", " ", between, flags=_I)
    between = _drop_agent(between)
    if re.match(r"\s*(?:aan|naar)\s+\S+(?:\s+\S+)?\s*$", between, _I) and not tail:
        # "worden aan ATR doorgestuurd"
        tail, between = _strip(between), ""
    pp = ""
    patient = _strip(between)
    lead = re.match(r"(?:bij|in|op|na|tijdens|binnen|voorafgaand\s+aan)\s+.+\s(\S+)$", patient, _I)
    if lead and len(patient.split()) >= 3 and not noun.startswith(("Gesprek", "Start")):
        # "zal bij de inwerkingtreding van dit wetsvoorstel voorlichting worden gegeven",
        # "wordt binnen het Techniepact onderzoeksbudget beschikbaar gemaakt"
        pp = patient[: patient.rfind(lead.group(1))].strip()
        patient = lead.group(1)
    asked = re.match(r"\s*(?:om\s+)?te\s+([\wÀ-ÿ]+)\s*(.*)$", after, _I) if key in ("gevraagd", "verzocht") else None
    if asked:
        # "De commissie wordt gevraagd te adviseren over X" -> "Commissie vragen om advies over X"
        who = patient or _strip(re.split(r"\s+(?:die|dat)\s+", clause[: fin.start()], maxsplit=1)[0])
        act = INFINITIVE_NOUNS.get(asked.group(1).lower())
        rest = _strip(asked.group(2))
        what = f"om {act.lower()} {rest}" if act else f"{asked.group(1)} {rest}"
        return f"{who} vragen {what}".strip()
    if noun.startswith(("Start", "Gesprek", "Verkenning", "Nagaan", "Bezien", "Kijken")) and tail:
        return f"{noun} {patient} {tail}".strip() if len(patient) < 40 else f"{noun} {tail}"
    talks = noun.startswith(("Start", "Gesprek", "Verkenning", "Nagaan", "Bezien", "Kijken"))
    if patient.split() and patient.split()[0].lower() in PREPOSITIONS and not infinitive and not talks:
        patient = ""  # "zal in de praktijk ook worden toegevoegd": no patient in between
    if not patient:
        left = clause[: fin.start()].strip(" ,") or _first_np(sentence)
        that = list(re.finditer(r"\b(?:is|zijn|mening|verwacht\w*|betekent|blijkt|aangegeven|gemeld|toegezegd|afgesproken|"
            r"besloten|aangekondigd|geconstateerd)\s+dat\s+", left, _I))
        if that:
            # "De vervolgprocedure is dat de consultatiereacties (zullen worden meegenomen)"
            left = left[that[-1].end() :]
        else:
            left = re.split(r"\s+(?:die|dat|waarvoor|waarmee|waarbij)\s+", left, maxsplit=1)[0]
        if len(left.split()) > 6:
            left = last_np(left) or left
        if not _ADVERBIAL.match(left):
            patient = _strip(left)
    if patient and _ANAPHORIC.match(patient) and context:
        patient = _np_of(context)
    patient = _LEADING_ACTION.sub("", patient)
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
    r"\s+dat\s+(?:er\s+)?gebruik\s+(?:wordt|zal\s+worden|gemaakt\s+wordt)\s+(?:gemaakt\s+)?van\s+", _I
)
_HOW_WE_DEAL = re.compile(
    r"\b(?:op\s+welke\s+(?:manier|wijze)|hoe)\s+(?:we|wij|ik|het\s+kabinet|zij|ze)\s+met\s+([^,]+?)"
    r"\s*(?:,[^,]*,\s*)?om(?:gaan|gaat)\b",
    _I,
)
_PARTICIPLE_NOUNS = {
    **lexicon.PARTICIPLE_NOUNS,
    **EXTRA_PARTICIPLE_NOUNS,
    "gegeven": "geven",
    "gemaakt": "maken",
    "aangedrongen": "Aandringen op",
}


def _drop_agent(text: str) -> str:
    return re.sub(r"\bdoor\s+(?:de|het|een)?\s*[^,;]*$", "", text, flags=_I)


def _np_of(context: str) -> str:
    """What a pointing-back subject most likely names: the noun phrase the context is about."""
    context = _PARENS.sub("", context)
    m = re.search(
        r"\b(?:zijn|is|wordt|worden)\s+(?:ook\s+|onder\s+meer\s+|onder\s+andere\s+)?(.+)$",
        context,
        _I,
    )
    phrase = m.group(1) if m else context
    phrase = re.split(
        r"\b(?:gericht|bedoeld|waarmee|waarbij|die|dat)\b", phrase, maxsplit=1, flags=_I
    )[0]
    return _LEADING_ACTION.sub("", _strip(phrase))


def _subject_title(clause: str, rule: str, sentence: str = "") -> str:
    verbs = {
        "volgt": r"volgt|volgen|verschijnt|verschijnen",
        "verwachte_levering": r"wordt|worden|gaat|gaan",
        "gepland": r"is|zijn|wordt|worden|staat|staan",
        "inwerkingtreding": r"is|zijn|wordt|worden|treedt|treden",
        "in_voorbereiding": r"is|zijn|wordt|worden",
    }[rule]
    fin = re.search(rf"\b(?:{verbs})\b", clause, _I)
    left = clause[: fin.start()] if fin else ""
    at = sentence.find(clause.strip()) if sentence and clause.strip() else -1
    if not left.strip() and at > 0:
        # the clause was cut off its subject: "De aanbesteding, voor ..., | gaat ... de markt op"
        left = _PARENS.sub("", sentence[:at])
    parts = [p for p in re.split(r"[,;]", left) if p.strip()]
    # "De eerste programma-aanbesteding, voor de renovatie van ..., gaat": the subject leads
    left = parts[0] if parts and not _ADVERBIAL.match(parts[0].strip()) else (parts or [""])[-1]
    after = clause[fin.end() :] if fin else clause
    subject = left
    pp = ""
    if not _strip(left) or _ADVERBIAL.match(left.strip()) or re.match(r"^\s*(?:er)\b", left, _I):
        if re.match(r"^\s*voor\s", left, _I):
            pp = " ".join(left.split()[:7]).lower()
        m = (
            re.search(r"\b(?:een|de|het|er)\s+(.+)$", after, _I)
            if not re.match(r"\s*(?:er\s+)?\w+", after)
            else re.match(r"\s*(?:er\s+)?(.+)$", after)
        )
        subject = m.group(1) if m else after
        subject = re.split(
            r"\b(?:in\s+de\s+maak|in\s+voorbereiding|in\s+ontwikkeling|verwacht|voorzien|gepland)\b",
            subject,
            flags=_I,
        )[0]
    words = _strip(subject)
    if pp:
        words = f"{words} {_strip(pp)}"
    if rule == "in_voorbereiding":
        worked = re.search(r"\bgewerkt\s+aan\s+(.+)$", clause, _I)
        if worked:
            words = _strip(worked.group(1))
        return f"Voorbereiding {words}" if words else ""
    if rule == "inwerkingtreding":
        if words.lower().startswith("inwerkingtreding"):
            return words
        return f"Inwerkingtreding {words}" if words else "Inwerkingtreding"
    return words


def _event_title(firing: Firing, context: str) -> str:
    """A title for something another body does or that takes place: its subject."""
    subject = firing.actor_text
    if not subject:
        return ""
    both = re.search(r"^(.+?)\s+en\s+(?:deze|die|dit|dat|het)\s*$", subject, _I)
    if both:
        # "Dit betreft het jaarverslag over het afgelopen jaar en deze (verschijnt ...)"
        subject = last_np(both.group(1)) or both.group(1)
    words = _strip(subject)
    if _ANAPHORIC.match(words) and context:
        words = _np_of(context)
    verb = firing.words.split()[-1] if firing.words else ""
    if verb in ("plaatsvinden", "komen", "volgen", "starten", "verschijnen", "beginnen", "verschijnt",
                "volgt", "komt", "start", "begint", "vindt", "plaats"):
        if len(words.split()) == 1 and verb.endswith("t"):
            return f"{words} {verb}"  # "Jaarverslag verschijnt"
        return words
    return ""


def _active_title(clause: str, firing: Firing) -> str:
    """Everything after the subject and the finite verb: "de Kamer nader informeren over ..."."""
    text = clause
    fin_word = firing.words.split()[0] if firing.words else ""
    fin = re.search(rf"\b{re.escape(fin_word)}\b", text, _I) if fin_word else None
    if fin:
        after = text[fin.end() :]
        subject = firing.actor_text
        if subject and after.lstrip().lower().startswith(subject.lower()):
            after = after.lstrip()[len(subject) :]
        text = after
    text = re.sub(r"^\s*(?:graag|ook|nog|verder|zelf)\b", "", text, flags=_I)
    return _strip(text)


def _first_np(sentence: str) -> str:
    return re.split(r"[,;:]|\b(?:wordt|worden|is|zijn|zal|zullen)\b", sentence, maxsplit=1)[0]


def _strip(text: str) -> str:
    """Drop time phrases, fillers, articles and subordinate clauses."""
    text = _PARENS.sub("", text)
    cut = _SUBCLAUSE.search(text)
    if cut and len(_ARTICLES.sub("", text[: cut.start()]).strip()) > 3:
        text = text[: cut.start()]
    text = _EXTRA_TIME.sub(" ", text)
    text = TIME_PHRASE.sub(" ", text)
    text = _RELATIVE.sub("", text)
    text = _FILLER.sub(" ", text)
    text = _DEMONSTRATIVE_OF.sub("", text)
    text = _ARTICLES.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:–-")


def _tidy(title: str) -> str:
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"\s+([,.;:])", r"\1", title).strip(" ,.;:–-")
    # ", toegespitst naar regio": a trailing participle phrase adds nothing to scan
    title = re.sub(r",\s+\S+(?:d|t)(?:\s+\S+){0,3}$", "", title) if len(title) > 50 else title
    title = re.sub(r"\bstand\s+van\s+zaken\s+van\s+(?:de\s+)?(?:problematiek|situatie)\s+(?:rond|van|omtrent|bij)\s+",
                   "stand van zaken ", title, flags=_I)
    title = re.sub(r"\brekening\s+mee\s+houden\b", "rekening houden", title, flags=_I)
    if len(title) > MAX_TITLE:
        title = _shorten(title)
    for _ in range(3):
        title = _TRAILING.sub("", title).strip(" ,.;:–-")
    if title:
        title = title[0].upper() + title[1:]
    return title


def _shorten(title: str) -> str:
    """At most MAX_TITLE characters, cut before a preposition or conjunction, never inside a phrase."""
    cut = title[: MAX_TITLE + 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut[:MAX_TITLE]
    bounds = [
        m.start()
        for m in re.finditer(r"\s(?:van|voor|met|over|in|op|aan|bij|naar|vanuit|via|tot|tussen|en|of|,)\b|,", cut, _I)
        if m.start() > 20
    ]
    return cut[: bounds[-1]] if bounds else cut


def _clip_name(name: str) -> str:
    words = []
    for w in name.split():
        if not (w[:1].isupper() or w.lower() in ("van", "de", "der", "den")):
            break
        words.append(w)
    return " ".join(words)[:40]


# --- making the object concrete, and the constructions every rule shares ------------------


def make_title(
    sentence: str,
    firing: Firing,
    context: str = "",
    *,
    preceding: str = "",
    question: str = "",
) -> str:
    """A title for the commitment whose first sentence is `sentence`.

    `context` is the sentence before it, used when the subject only points back
    ("Deze zullen begin 2021 ... worden gelanceerd"); `preceding` is the answer's
    text before the sentence and `question` the question it answers, read when the
    object only points back ("Uw Kamer wordt hierover ... geïnformeerd").
    """
    before = Before(context, preceding, question)
    title = _construction_title(sentence, firing, before)
    if not title:
        title = _rule_title(sentence, firing, context)
    title = _concrete(title, sentence, firing, before)
    if not _acceptable(title):
        title = _repair(title)
    if not _acceptable(title):
        other = _tidy(verb_phrase_title(_PARENS.sub("", sentence), firing))
        title = other if _acceptable(other) else _repair(title) or other
    if not _acceptable(title):
        np = last_np(sentence)
        title = _tidy(_strip(np)) if np and len(_strip(np).split()) > 1 else title
    if not title:
        title = _repair(_tidy(_strip(_clean_start(_PARENS.sub("", sentence))))) or "Toezegging"
    return _sentence_case(title, sentence)


class Before:
    """The text before a commitment: the sentence it leans on, the answer so far, the question."""

    def __init__(self, context: str, preceding: str, question: str) -> None:
        self.context = context
        self.preceding = preceding or context
        self.question = question

    def previous(self) -> list[str]:
        found = previous_sentences(self.preceding, 2)
        if self.context and (not found or found[0] != self.context.strip()):
            found.insert(0, self.context)
        return found

    def thing(self) -> str:
        """What "hierover", "daaraan", "deze" most likely name: the act or thing just before."""
        for text in self.previous()[:1]:
            nominal = _tidy(_passive_title(_PARENS.sub("", text), text, ""))
            if nominal and _acceptable(nominal) and len(nominal) <= 50:
                return nominal[:1].lower() + nominal[1:]
            np = _strip(last_np(text))
            if len(np) > 3:
                return np
        topic = topic_of(self.preceding)
        if topic:
            return _strip(topic)
        np = _strip(last_np(self.question.split("?")[0])) if self.question else ""
        return np

    def topic(self) -> str:
        """The topic the answer set ("Wat betreft X"), else what the question was about."""
        return _strip(topic_of(self.preceding))


_POINTER = re.compile(
    r"\b(?:hier|daar)(?:over|op|aan|voor|mee|in|van)\b|\b(?:hier|daar)\s+(?:\S+\s+){0,6}?"
    r"(?:op|over|aan|voor|mee|van)\s+(?:terug|blijven|in\b|uit\b)|\b(?:hier|daar)\s+(?:\S+\s+){0,6}?"
    r"(?:voor|op|aan)\s+\w+en\b",
    _I,
)
_KAMER_INFORM = re.compile(
    r"\b(?:uw|de)\s+kamer\b(?:(?!\ben\s+(?:ik|wij|we)\b).)*?\b(?:geïnformeerd|informeren|informeer|"
    r"informeert|op\s+de\s+hoogte\s+(?:houden|stellen|brengen|gehouden|gesteld|gebracht))\b"
    r"|\b(?:informeer|informeert|informeren)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:uw|de)\s+kamer\b",
    _I,
)
_CONTENTLESS = re.compile(
    r"^\s*(?:ik|wij|we)\s+verwacht(?:en)?\s+(?:dit|dat|deze|die|het)\b|^\s*(?:dit|dat|deze|die)\s+"
    r"(?:gebeurt|gebeuren|zal|zullen|verwacht)\b",
    _I,
)
_AVAILABLE = re.compile(
    r"^\s*(?:deze|dit|die|dat|het|zij|ze)\s+(?:komt|komen|wordt|worden|is|zijn|zal|zullen)\b.*?"
    r"\b(beschikbaar|gereed|klaar|operationeel|online|van\s+start)\b",
    _I,
)
_EXTRA_TIME = re.compile(
    r"\b(?:aan\s+het\s+)?(?:begin|eind|einde)\s+van\s+(?:het|dit|volgend)\s+jaar\b|"
    r"\bin\s+de\s+loop\s+van\s+(?:\d{4}|het\s+jaar|dit\s+jaar)\b|\bvan\s+dit\s+jaar\b|"
    r"\b(?:op|per)\s+korte\s+termijn\b|\b\d{4}-{2,}\d{4}\b",
    _I,
)


def _focus(sentence: str, firing: Firing) -> str:
    """The sentence from the firing clause on: a clause may be cut before its object."""
    clause = _PARENS.sub("", firing.clause).strip()
    text = _PARENS.sub("", sentence)
    at = text.find(clause[:40]) if clause else -1
    return text[at:] if at >= 0 else clause or text


def _construction_title(sentence: str, firing: Firing, before: Before) -> str:
    """Titles for the turns of phrase every ministry uses, whatever rule fired."""
    focus = _clean_start(_focus(sentence, firing))
    whole = _clean_start(_PARENS.sub("", sentence))
    if _CONTENTLESS.match(whole) and before.previous():
        # "Ik verwacht dit begin juli": the act is the sentence before
        prev = _clean_start(_PARENS.sub("", before.previous()[0]))
        return _tidy(verb_phrase_title(prev, None) or _passive_title(prev, prev, ""))
    m = _AVAILABLE.match(whole)
    if m:
        thing = before.thing()
        if thing:
            return _tidy(f"{thing} {m.group(1).lower()}")
    for text in (focus, whole):
        inform = _KAMER_INFORM.search(text)
        if inform:
            start = text.rfind(" en ", 0, inform.start())
            part = text[start + 4 :] if start >= 0 and not _OVER.search(text[:start]) else text
            about = _inform_title(part)
            if about == "Kamer informeren" and _POINTER.search(part):
                thing = before.thing()
                about = f"Kamer informeren over {thing}" if thing else about
            how = re.search(r"\bhoe\s+(?:de\s+|het\s+)?(.+?)\s+(?:zijn|is|wordt|worden)\s+([\wÀ-ÿ]+)\b", part, _I)
            act = _PARTICIPLE_NOUNS.get(how.group(2).lower(), "") if how else ""
            if how and act[:1].isupper() and " over " in about:
                # "..., waarmee ook in beeld is hoe de subsidies over het land zijn gespreid"
                about = f"{about} en {act.lower()} {_strip(how.group(1))}"
            return _tidy(about)
    m = re.search(
        r"\b(\w+)\s+(?:zullen|zal|worden|wordt)\s+(?:[^,.;]+?\s+)?op\s+de\s+hoogte\s+(?:worden\s+)?"
        r"(?:gesteld|gebracht|gehouden)\s+(?:worden\s+)?(?:van|over)\s+(.+)$",
        whole,
        _I,
    )
    if m and m.group(1).lower() not in NOT_FIRST:
        return _tidy(f"{m.group(1)} informeren over {_strip(_pointer_free(m.group(2), before))}")
    title = _coming_back(whole, before) or _decision(focus, before)
    if title:
        return title
    m = re.search(r"\bin\s+gesprek\s+(?:gaan|treden|blijven|gaat|ga)\s+met\s+(.+)$", focus, _I)
    if m:
        return _tidy(f"Gesprek met {_strip(m.group(1))}")
    m = re.search(
        r"\b(?:span|spant|spannen|zet|zetten|zette)\s+(?:mij|me|ons|zich)\s+(?:\S+\s+){0,3}?in\s+voor\s+(.+)$"
        r"|\b(?:mij|me|ons|zich)\s+(?:\S+\s+){0,4}?(?:blijven\s+)?(?:inzetten|inspannen)\s+voor\s+(.+)$"
        r"|\b(?:mij|me|ons|zich)\s+(?:daar|hier)\s+(?:\S+\s+){0,4}?voor\s+(?:blijven\s+)?"
        r"(?:inzetten|inspannen)\b()",
        focus,
        _I,
    )
    if m:
        what = _strip(m.group(1) or m.group(2) or "") or before.thing()
        return _tidy(f"Inzet voor {what}") if what else ""
    if re.match(r"\s*(?:waarbij|waarmee|waardoor|zodat|en|maar)\b", firing.clause, _I):
        # the rule fired in a subordinate clause: the act is the main clause's
        at = _PARENS.sub("", sentence).find(_PARENS.sub("", firing.clause).strip()[:30])
        main = _PARENS.sub("", sentence)[:at] if at > 0 else ""
        title = _tidy(verb_phrase_title(main, None)) if main else ""
        if _acceptable(title):
            return title
    return ""


def _decision(text: str, before: Before) -> str:
    """ "besluiten of hieraan verder gewerkt zal worden" -> "Besluit over verder werken aan X"."""
    m = re.search(r"\bbesluiten\s+of\s+(.+)$", text, _I)
    if not m:
        return ""
    asked = m.group(1)
    p = re.match(
        r"\s*(?:hier|daar)(aan|op|over|mee|voor|in)\s+((?:[\wÀ-ÿ]+\s+)*?)([\wÀ-ÿ]+)\s+"
        r"(?:zal\s+|zullen\s+)?(?:worden|wordt)\b",
        asked,
        _I,
    )
    if p:
        how = " ".join(w for w in p.group(2).split() if w.lower() in ("verder", "niet", "wel", "anders"))
        act = " ".join(w for w in (how, _participle_infinitive(p.group(3))) if w)
        thing = before.thing()
        return _tidy(f"Besluit over {act} {p.group(1)} {thing}") if thing else ""
    nominal = _tidy(_passive_title(asked, asked, ""))
    return _tidy(f"Besluit over {nominal[:1].lower()}{nominal[1:]}") if _acceptable(nominal) else ""


_SEPARABLE = ("op", "af", "uit", "in", "aan", "mee", "door", "terug", "voort", "bij", "toe", "na", "vast")


def _participle_infinitive(participle: str) -> str:
    """ "gewerkt" -> "werken", "opgesteld" -> "opstellen" (for the regular verbs titles meet)."""
    low = participle.lower()
    for prefix in _SEPARABLE:
        if low.startswith(prefix + "ge") and len(low) > len(prefix) + 4:
            return prefix + _participle_infinitive(low[len(prefix) :])
    if low.startswith("ge") and len(low) > 4:
        low = low[2:]
    if low.endswith("en"):
        return low
    stem = low[:-1] if low[-1:] in ("d", "t") else low
    if re.search(r"[^aeiou][aeiou]l$", stem):
        stem += stem[-1]  # "stel" -> "stellen"
    return _infinitive(stem)


def _clean_start(text: str) -> str:
    """Without the answer's label and a footnote number: "Antwoord ...", "4 Op dit moment"."""
    text = re.sub(r"^\s*(?:antwoord\s+(?:op\s+vraag\s+\d+\s*)?|\d{1,3}\s+(?=[A-Z]))", "", text, flags=_I)
    return text.strip()


def _pointer_free(text: str, before: Before) -> str:
    """ "deze mogelijkheid" -> "mogelijkheid"; "dit" alone -> what it names."""
    words = _strip(text)
    if not words or _ANAPHORIC.match(words):
        return before.thing()
    return words


def _coming_back(text: str, before: Before) -> str:
    """ "Op X kom ik na de zomer terug" / "ik kom terug op X" -> "Terugkomen op X"."""
    m = re.match(r"\s*op\s+(.+?)\s+(?:kom|komt|komen|zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b.*\bterug\b", text, _I)
    if m:
        return _tidy(f"Terugkomen op {_strip(m.group(1))}")
    m = re.search(r"\bterug(?:\s+te)?(?:\s+komen)?\s+op\s+(?!het\s+moment)(.+)$", text, _I)
    if m and re.search(r"\b(?:kom|komt|komen|zal|zullen)\b", text, _I):
        return _tidy(f"Terugkomen op {_strip(m.group(1))}")
    return ""


def _concrete(title: str, sentence: str, firing: Firing, before: Before) -> str:
    """A title whose object only points back gets what it points at."""
    if title.endswith("op deze kwestie") or " op deze kwestie " in title:
        thing = before.thing()
        if thing:
            title = title.replace("deze kwestie", thing, 1)
    words = title.split()
    # "de bijbehorende aansluitopties": belonging to the topic the answer set
    if POINTING_ADJECTIVES.search(_PARENS.sub("", sentence)) and before.topic():
        topic = before.topic()
        bare = POINTING_ADJECTIVES.sub("", title)
        extra = topic if len(bare) + len(topic) < MAX_TITLE else head_noun(topic)
        if extra.lower() not in title.lower() and len(bare) + len(extra) < MAX_TITLE:
            title = f"{bare} {extra}"
    elif words and words[-1].lower() in VAGUE_NOUNS and len(words) <= 5:
        # "Kamer informeren over voortgang": the progress of what the answer is about
        topic = before.topic()
        if topic and topic.lower() not in title.lower():
            title = _fit(title, topic)
    if re.fullmatch(r"(?:deze|die)\s+\w+", _clean_start(firing.actor_text or ""), _I) or (
        len(words) == 1 and words[0].lower() in MEETING_NOUNS
    ):
        noun = (firing.actor_text.split() or [""])[-1] if firing.actor_text else words[0]
        talks = meeting_phrase(noun, [*before.previous(), before.question])
        if talks and len(words) <= 2:
            title = _strip(talks)
    return _tidy(title)


def _fit(title: str, topic: str) -> str:
    """ "voortgang" + a long topic: as much of the topic as fits, from a preposition on."""
    if len(title) + 1 + len(topic) <= MAX_TITLE:
        return f"{title} {topic}"
    parts = re.split(r"\s+(?:van|met|voor|over|rond|bij)\s+", topic)
    for k in range(1, len(parts)):
        rest = " ".join(parts[k:]) if k == len(parts) - 1 else None
        if rest and len(title) + 6 + len(rest) <= MAX_TITLE:
            return f"{title} rond {rest}"
    return title


def _acceptable(title: str) -> bool:
    words = title.split()
    if len(words) < 2 or len(title) > MAX_TITLE:
        return False
    if words[0].lower() in NOT_FIRST and words[0] != "Kamer":
        return False
    if words[-1].lower().strip(",.") in NOT_LAST:
        return False
    return not re.search(r"\b(?:ik|wij|we|mij|me|uw)\b", title, _I)


def _repair(title: str) -> str:
    """Drop leading function words; a leading prepositional phrase goes to the end."""
    words = title.split()
    while words and words[0].lower() in (NOT_FIRST - PREPOSITIONS) and words[0] != "Kamer":
        words.pop(0)
    if words and words[0].lower() in PREPOSITIONS:
        # "Bij vaststellen van agenda rekening houden" -> "Rekening houden bij vaststellen van agenda"
        i = 2
        while i + 1 < len(words) and words[i].lower() in ("van", "voor", "der", "de"):
            i += 2
        if i < len(words) - 1:
            words = words[i:] + [words[0].lower()] + words[1:i]
    words = [w for w in words if not re.fullmatch(r"(?:ik|wij|we|mij|me|uw|zich)", w, _I)]
    while len(words) > 2 and words[-1].lower().strip(",.") in NOT_LAST:
        words.pop()
    return _tidy(" ".join(words))


def _sentence_case(title: str, sentence: str) -> str:
    """A word capitalised only because it opened the sentence: "Inwerkingtreding wetgeving"."""
    first = re.match(r"\s*([A-Z][a-zà-ÿ]+)\b(\s+[A-Z])?", _clean_start(sentence))
    if first and not first.group(2) and len(title) > len(first.group(1)):
        title = title[:1] + re.sub(rf"\b{first.group(1)}\b", first.group(1).lower(), title[1:])
    return title[:1].upper() + title[1:] if title else title


# --- a main clause read as verb cluster + middle field ---------------------------------------

_FINITE = re.compile(
    r"\b(?:zal|zullen|ga|gaat|gaan|wil|willen|blijf|blijft|blijven|kom|komt|komen|maak|maken|"
    r"besluit|besluiten|ben|is|zijn|moet|moeten|kan|kunnen)\b",
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
    text = _EXTRA_TIME.sub(" ", _clean_start(_PARENS.sub("", text))).strip(" .")
    text = re.sub(r"^(?:\S+\s+){0,3}?(?:vinden|vind|is|acht|achten)\s+(?:het\s+)?(?:van\s+belang|belangrijk)"
                  r"\s+om\s+", "", text, flags=_I)
    infinitives = [
        m for m in re.finditer(r"\b[\wÀ-ÿ]+en\b", text)
        if m.group(0).lower() in lexicon.INFINITIVES or m.group(0).lower() in INFINITIVE_NOUNS
        or m.group(0).lower() in ("nadenken", "zoeken", "stimuleren", "werken")
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
    middle = _REFLEXIVE.sub(" ", middle)
    middle = re.sub(r"\b(?:te|mogelijk|wellicht|daarom|verder|nader|ook|nog|graag|inhoudelijk)\b", " ", middle, flags=_I)
    obj = _strip(middle)
    infinitive = verb.group(0).lower()
    noun = INFINITIVE_NOUNS.get(infinitive, "")
    question = re.match(r"\s*(welke|of|hoe|wat|waar|op\s+welke\s+(?:manier|wijze))\s+(.+)$", post, _I)
    if question and not obj:
        asked = _indirect_question(question.group(1).lower(), question.group(2))
        if asked:
            lead = noun or infinitive.capitalize()
            return f"{lead} {asked}"
    tail = ""
    pp = re.match(r"\s*((?:aan|op|over|naar|met|voor|bij|tegen|in|uit|tot|binnen)\s+.+)$", post, _I)
    if pp:
        tail = _strip(pp.group(1))
    front_pp = re.match(r"\s*voor\s+(?:het|de)\s+(?!\w+\s*$)(.+)$", front.strip(" ,"), _I)
    extra = f" voor {_strip(front_pp.group(1))}" if front_pp and not TIME_PHRASE.fullmatch(front.strip()) else ""
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
        r"\b(uit|op|af|terug|mee|door|toe|voort|bij|in)\b(?=\s+(?:over|aan|op|voor|met|naar|bij|in)\b|\s*$)",
        rest,
        _I,
    )
    if not part:
        return ""
    middle = re.sub(r"\b(?:aan|voor|met|bij)\s+(?:mij|ons|u|uw\s+kamer)\b", " ", rest[: part.start()], flags=_I)
    middle = _SUBJECT.sub("", middle.strip(), count=1)
    obj = _strip(_REFLEXIVE.sub(" ", middle))
    verb = fin.group(0).lower()
    verb = verb[:-1] if verb.endswith("t") and not verb.endswith("dt") else verb
    infinitive = part.group(1).lower() + _infinitive(verb.rstrip("d") if verb.endswith("dt") else verb)
    post = _strip(rest[part.end() :])
    return " ".join(w for w in (obj, infinitive, post) if w) if obj or post else ""


def _indirect_question(word: str, rest: str) -> str:
    """ "welke sturingsinstrumenten het Rijk (aanvullend) kan inzetten" -> "naar sturingsinstrumenten
    die het Rijk kan inzetten"; "of er alternatieven zijn voor X" -> "naar alternatieven voor X"."""
    rest = re.split(r"\s+(?:om|zodat|omdat)\s+|,\s+", rest, maxsplit=1)[0]
    rest = re.sub(r"\b(?:nog|ook|verder|nader|wel|daarbij|eventueel)\b\s*", "", rest, flags=_I).strip(" .")
    if word == "welke":
        m = re.match(r"([\wÀ-ÿ'-]+(?:\s+[\wÀ-ÿ'-]+)??)\s+((?:de|het|een|zij|ze|we|wij|ik|hij)\b.+)$", rest, _I)
        if m:
            return f"naar {m.group(1)} die {m.group(2)}"
        return f"naar {_strip(rest)}"
    if word == "of":
        m = re.match(r"er\s+(.+?)\s+(?:zijn|is|bestaan|bestaat)\b\s*(.*)$", rest, _I)
        if m:
            return f"naar {_strip(m.group(1))} {_strip(m.group(2))}".strip()
    return f"{word} {rest}"
