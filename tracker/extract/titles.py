"""Short Dutch titles a person can scan in a list.

Built from the commitment's main verb and the words it governs, in the clipped
style of Dutch headings: "Evaluatie subsidie Praktijkleren", "Kamer informeren
over uitkomsten gesprekken", "Inrichting landelijk portaal".
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.actors import ActorKind
from tracker.extract.antecedents import (
    head_noun,
    last_np,
    meeting_phrase,
    previous_sentences,
    topic_of,
)
from tracker.extract.cues import Firing
from tracker.extract.title_text import (
    EXTRA_TIME,
    MAX_TITLE,
    PARENS,
    acceptable,
    clean_start,
    participle_infinitive,
    repair,
    strip_words,
    tidy,
    to_infinitive,
)
from tracker.extract.title_words import (
    EXTRA_PARTICIPLE_NOUNS,
    INFINITIVE_NOUNS,
    MEETING_NOUNS,
    NOT_FIRST,
    POINTING_ADJECTIVES,
    PREPOSITIONS,
    VAGUE_NOUNS,
)
from tracker.extract.verb_phrases import verb_phrase_title

_I = re.IGNORECASE

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
    clause = PARENS.sub("", firing.clause)
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
        rule == "gepland"
        and re.search(r"\b(?:wordt|worden)\s+er\b", clause, _I)
        and _PARTICIPLE_RE.search(clause)
    ):
        title = _passive_title(clause, sentence, context)
    elif rule in ("volgt", "verwachte_levering", "gepland", "inwerkingtreding", "in_voorbereiding"):
        title = _subject_title(clause, rule, sentence)
    elif rule == "werkt_aan":
        m = re.search(r"\baan\s+(.+)$", clause, _I)
        title = _LEADING_ACTION.sub(_action_noun, strip_words(m.group(1))) if m else ""
    elif rule == "voornemen":
        m = re.search(
            r"\b(?:voornemens|van\s+plan|bereid|voornemen(?:\s+is)?|ernaar|streven\s+is|intentie"
            r"(?:\s+is)?|bedoeling(?:\s+is)?|inzet\s+is)\s+(?:om\s+)?(.+)$",
            clause,
            _I,
        )
        wish = re.sub(_SPLIT_TE, r"\1\2", m.group(1)) if m else ""
        title = re.sub(r"\bte\s+", "", strip_words(wish), flags=_I)
    elif rule == "advies_uitbrengen":
        who = firing.actor_text if firing.actor_kind == ActorKind.UNKNOWN else ""
        title = "Advies uitbrengen" + (f" ({_clip_name(who)})" if _clip_name(who) else "")
    if firing.actor_kind == ActorKind.ANAPHOR and rule == "evenement":
        title = _event_title(firing, context) or title
    if not title and firing.actor_kind in (ActorKind.ANAPHOR, ActorKind.UNKNOWN, ActorKind.AGENCY):
        title = _event_title(firing, context)
    if not title:
        title = verb_phrase_title(_focus(sentence, firing), firing) or _active_title(clause, firing)
    return tidy(title)


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


# "in te stellen" -> "instellen": a separable verb after "te" is one word again in a title
_SPLIT_TE = re.compile(
    r"\b(in|op|uit|af|aan|mee|door|terug|voort|bij|toe|na|vast)\s+te\s+([a-zà-ÿ]+en)\b", re.I
)


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
            words[-1] = to_infinitive(last)
    return strip_words(" ".join(words))


def _request_title(clause: str, firing: Firing) -> str:
    """ "Ik zal Rijkswaterstaat vragen om samen met X ... een hinderaanpak op te stellen"."""
    m = re.search(r"\b(?:vragen|verzoeken|vraag|verzoek)\b\s*(.+)$", clause, _I)
    who = firing.actor_text if firing.actor_kind != ActorKind.GOVERNMENT else ""
    head = re.search(
        r"\b(?:zal|zullen|ga|gaan|wil|willen)\s+(?:ik|wij|we)\s+(.+?)\s+(?:vragen|verzoeken)\b",
        clause,
        _I,
    )
    head = head or re.search(
        r"\b(?:ik|wij|we)\s+(?:zal|zullen|wil|willen|ga|gaan)\s+(.+?)\s+(?:vragen|verzoeken)\b",
        clause,
        _I,
    )
    party = strip_words(head.group(1)) if head else strip_words(who)
    if not m:
        return ""
    rest = (
        m.group(1)
        if not re.search(r"\bte\b", m.group(1), _I)
        else re.sub(r"^\s*om\s+", "", m.group(1), flags=_I)
    )
    todo = re.search(r"\b(?:een|de|het)\s+(\S+)\s+((?:(?!te\b)\w+\s+)?te\s+\w+en)\b", rest, _I)
    if todo and re.search(r"\bsamen\s+met\b", rest, _I):
        # "om samen met X en Y voor de zomer een hinderaanpak op te stellen"
        rest = f"om {todo.group(1)} {todo.group(2)}"
    rest = re.sub(
        r"\bsamen\s+met\s+.*?(?=\s(?:een|de|het)\s(?!\S+\s+(?:en|van)\b))",
        "",
        rest,
        count=1,
        flags=_I,
    )
    if not rest.startswith("om "):
        rest = re.sub(r"\bte\s+", "", rest, flags=_I)
    if rest.startswith("om ") and not re.search(r"\bte\b", rest):
        rest = "om " + strip_words(rest[3:])  # "vragen om een nulmeting"
    rest = strip_words(rest) if not rest.startswith("om ") else re.sub(r"\s+", " ", rest)
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
            thing = strip_words(m.group(1))
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
        about = strip_words(about)
        if about:
            return "Kamer informeren over " + about
    return "Kamer informeren"


def _passive_title(clause: str, sentence: str, context: str) -> str:
    clause = EXTRA_TIME.sub(" ", clean_start(_USE_OF.sub(" gebruik van ", clause)))
    clause = re.sub(r",\s*zoals\s[^,]*,", " ", clause, flags=_I)
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
    after = _drop_agent(after)
    tail = strip_words(_HOW_WE_DEAL.sub(r"omgang met \1", after))
    allowed = r"(?:met|over|naar|van|voor|aan|tegen|in|bij|waar|hoe|of|welke|wat|omgang)\b"
    if noun.endswith((" op", " aan", " over")):
        allowed = r"\w"
    tail = tail if re.match(allowed, tail, _I) else ""
    front = re.match(r"\s*voor\s+(?:het|de)\s+([^,]+?)\s+(?:zal|zullen|wordt|worden)\b", clause, _I)
    if front and tail:
        tail = f"{tail} voor {strip_words(front.group(1))}"
    if noun == "Kamer informeren":
        return _inform_title(clause)
    if noun.endswith(" op") and tail:
        return f"{noun} {tail}"
    if fin is None or m.start() < fin.start():
        # participle first: "Nagegaan zal worden waar ..."
        return f"{noun or infinitive.capitalize()} {tail}".strip()
    between = clause[fin.end() : m.start()]
    between = re.sub(
        r"\b(?:zal|zullen|worden|wordt|word|er|kunnen|moeten)\b", " ", between, flags=_I
    )
    between = _drop_agent(
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
        left = clause[: fin.start()].strip(" ,") or _first_np(sentence)
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
        if len(left.split()) > 6:
            left = last_np(left) or left
        if not _ADVERBIAL.match(left):
            patient = strip_words(left)
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
    r"\s+dat\s+(?:er\s+)?gebruik\s+(?:wordt|zal\s+worden|gemaakt\s+wordt)\s+(?:gemaakt\s+)?van\s+",
    _I,
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
    return _LEADING_ACTION.sub("", strip_words(phrase))


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
        left = PARENS.sub("", sentence[:at])
    parts = [p for p in re.split(r"[,;]", left) if p.strip()]
    # "De eerste programma-aanbesteding, voor de renovatie van ..., gaat": the subject leads
    left = parts[0] if parts and not _ADVERBIAL.match(parts[0].strip()) else (parts or [""])[-1]
    after = clause[fin.end() :] if fin else clause
    subject = left
    pp = ""
    if (
        not strip_words(left)
        or _ADVERBIAL.match(left.strip())
        or re.match(r"^\s*(?:er)\b", left, _I)
    ):
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
    words = strip_words(subject)
    if pp:
        words = f"{words} {strip_words(pp)}"
    if rule == "in_voorbereiding":
        worked = re.search(r"\bgewerkt\s+aan\s+(.+)$", clause, _I)
        if worked:
            words = strip_words(worked.group(1))
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
    words = strip_words(subject)
    if _ANAPHORIC.match(words) and context:
        words = _np_of(context)
    verb = firing.words.split()[-1] if firing.words else ""
    if verb in (
        "plaatsvinden",
        "komen",
        "volgen",
        "starten",
        "verschijnen",
        "beginnen",
        "verschijnt",
        "volgt",
        "komt",
        "start",
        "begint",
        "vindt",
        "plaats",
    ):
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
    return strip_words(text)


def _first_np(sentence: str) -> str:
    return re.split(r"[,;:]|\b(?:wordt|worden|is|zijn|zal|zullen)\b", sentence, maxsplit=1)[0]


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
    if not acceptable(title):
        title = repair(title)
    if not acceptable(title):
        other = tidy(verb_phrase_title(PARENS.sub("", sentence), firing))
        title = other if acceptable(other) else repair(title) or other
    if not acceptable(title):
        np = last_np(sentence)
        title = tidy(strip_words(np)) if np and len(strip_words(np).split()) > 1 else title
    if not title:
        title = repair(tidy(strip_words(clean_start(PARENS.sub("", sentence))))) or "Toezegging"
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
            nominal = tidy(_passive_title(PARENS.sub("", text), text, ""))
            if nominal and acceptable(nominal) and len(nominal) <= 50:
                return nominal[:1].lower() + nominal[1:]
            np = strip_words(last_np(text))
            if len(np) > 3:
                return np
        topic = topic_of(self.preceding)
        if topic:
            return strip_words(topic)
        np = strip_words(last_np(self.question.split("?")[0])) if self.question else ""
        return np

    def topic(self) -> str:
        """The topic the answer set ("Wat betreft X"), else what the question was about."""
        return strip_words(topic_of(self.preceding))


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


def _focus(sentence: str, firing: Firing) -> str:
    """The sentence from the firing clause on: a clause may be cut before its object."""
    clause = PARENS.sub("", firing.clause).strip()
    text = PARENS.sub("", sentence)
    at = text.find(clause[:40]) if clause else -1
    return text[at:] if at >= 0 else clause or text


def _construction_title(sentence: str, firing: Firing, before: Before) -> str:
    """Titles for the turns of phrase every ministry uses, whatever rule fired."""
    focus = clean_start(_focus(sentence, firing))
    whole = clean_start(PARENS.sub("", sentence))
    if _CONTENTLESS.match(whole) and before.previous():
        # "Ik verwacht dit begin juli": the act is the sentence before
        prev = clean_start(PARENS.sub("", before.previous()[0]))
        return tidy(verb_phrase_title(prev, None) or _passive_title(prev, prev, ""))
    m = _AVAILABLE.match(whole)
    if m:
        thing = before.thing()
        if thing:
            return tidy(f"{thing} {m.group(1).lower()}")
    informs = firing.rule.name.startswith("kamer_") or firing.rule.name == "passief_met_termijn"
    title = _present_inquiry(focus) or _talks(focus)
    if title:
        return title
    # the Kamer is informed in the rule's own clause (not in a clause added after ";")
    for text in (focus, whole) if informs else (clean_start(PARENS.sub("", firing.clause)),):
        inform = _KAMER_INFORM.search(text)
        if inform:
            start = text.rfind(" en ", 0, inform.start())
            part = text[start + 4 :] if start >= 0 and not _OVER.search(text[:start]) else text
            if start >= 0 and part is not text and _POINTER.search(part) and not informs:
                break  # "bezie ik of X en informeer ik uw Kamer daarover": the act is X
            about = _inform_title(part)
            if about == "Kamer informeren" and _POINTER.search(part):
                thing = before.thing()
                about = f"Kamer informeren over {thing}" if thing else about
            how = re.search(
                r"\bhoe\s+(?:de\s+|het\s+)?(.+?)\s+(?:zijn|is|wordt|worden)\s+([\wÀ-ÿ]+)\b",
                part,
                _I,
            )
            act = _PARTICIPLE_NOUNS.get(how.group(2).lower(), "") if how else ""
            if how and act[:1].isupper() and " over " in about:
                # "..., waarmee ook in beeld is hoe de subsidies over het land zijn gespreid"
                about = f"{about} en {act.lower()} {strip_words(how.group(1))}"
            return tidy(about)
    m = re.search(
        r"\b(\w+)\s+(?:zullen|zal|worden|wordt)\s+(?:[^,.;]+?\s+)?op\s+de\s+hoogte\s+(?:worden\s+)?"
        r"(?:gesteld|gebracht|gehouden)\s+(?:worden\s+)?(?:van|over)\s+(.+)$",
        whole,
        _I,
    )
    if m and m.group(1).lower() not in NOT_FIRST:
        return tidy(
            f"{m.group(1)} informeren over {strip_words(_pointer_free(m.group(2), before))}"
        )
    title = _coming_back(whole, before) or _decision(focus, before)
    if title:
        return title
    m = re.search(r"\bin\s+gesprek\s+(?:gaan|treden|blijven|gaat|ga)\s+met\s+(.+)$", focus, _I)
    if m:
        return tidy(f"Gesprek met {strip_words(m.group(1))}")
    m = re.search(
        r"\b(?:span|spant|spannen|zet|zetten|zette)\s+(?:mij|me|ons|zich)\s+(?:\S+\s+){0,3}?in\s+voor\s+(.+)$"
        r"|\b(?:mij|me|ons|zich)\s+(?:\S+\s+){0,4}?(?:blijven\s+)?(?:inzetten|inspannen)\s+voor\s+(.+)$"
        r"|\b(?:mij|me|ons|zich)\s+(?:daar|hier)\s+(?:\S+\s+){0,4}?voor\s+(?:blijven\s+)?"
        r"(?:inzetten|inspannen)\b()",
        focus,
        _I,
    )
    if m:
        what = strip_words(m.group(1) or m.group(2) or "") or before.thing()
        return tidy(f"Inzet voor {what}") if what else ""
    if not informs and re.match(
        r"\s*(?:waarbij|waarmee|waardoor|zodat|en|maar|die|dat)\b", firing.clause, _I
    ):
        # the rule fired in a subordinate clause: the act is the main clause's
        at = PARENS.sub("", sentence).find(PARENS.sub("", firing.clause).strip()[:30])
        main = PARENS.sub("", sentence)[:at] if at > 0 else ""
        title = tidy(verb_phrase_title(main, None)) if main else ""
        if acceptable(title):
            return title
    return ""


_INQUIRY_VERBS = {
    "bezie": "Bezien",
    "beziet": "Bezien",
    "onderzoek": "Onderzoek",
    "onderzoekt": "Onderzoek",
    "verken": "Verkennen",
    "verkent": "Verkennen",
    "inventariseer": "Inventariseren",
    "inventariseert": "Inventariseren",
}


def _present_inquiry(text: str) -> str:
    """ "Daarnaast onderzoek ik samen met X hoe Y" -> "Onderzoek hoe Y"."""
    m = re.search(
        r"\b(bezie|beziet|onderzoek|onderzoekt|verken|verkent|inventariseer|inventariseert)\s+"
        r"(?:ik|wij|we|het\s+kabinet|de\s+minister)\b(?:\s+\S+){0,12}?\s+(of|hoe|welke|wat|waar)\s+(.+)$",
        text,
        _I,
    )
    if not m:
        return ""
    asked = re.split(r"\s+en\s+(?:informeer|stuur|kom|zal)\b|[;:]", m.group(3), maxsplit=1)[0]
    asked = re.sub(r"\s+die\s[^,]+,", "", asked)  # "verzekeringsartsen die met pensioen zijn, ..."
    asked = re.sub(r"\b(?:momenteel|nu|op\s+dit\s+moment)\b", " ", asked, flags=_I)
    return tidy(f"{_INQUIRY_VERBS[m.group(1).lower()]} {m.group(2).lower()} {strip_words(asked)}")


def _talks(text: str) -> str:
    """ "Ik ga met de VNG en de NVVK in gesprek over de manier waarop ..." -> "Gesprek met VNG en
    NVVK over manier waarop ..."."""
    m = re.search(
        r"\bmet\s+(.+?)\s+in\s+gesprek\b(?:\s+(?:gaan|treden|blijven|gegaan|getreden))?(?:\s*(?:over|om)\s+(.+))?",
        text,
        _I,
    )
    if not m or re.search(r"\b(?:ben|is|zijn|was|waren)\s*$", text[: m.start()], _I):
        return ""
    about = f" over {strip_words(m.group(2))}" if m.group(2) else ""
    return tidy(f"Gesprek met {strip_words(m.group(1))}{about}")


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
        how = " ".join(
            w for w in p.group(2).split() if w.lower() in ("verder", "niet", "wel", "anders")
        )
        act = " ".join(w for w in (how, participle_infinitive(p.group(3))) if w)
        thing = before.thing()
        return tidy(f"Besluit over {act} {p.group(1)} {thing}") if thing else ""
    nominal = tidy(_passive_title(asked, asked, ""))
    return tidy(f"Besluit over {nominal[:1].lower()}{nominal[1:]}") if acceptable(nominal) else ""


def _pointer_free(text: str, before: Before) -> str:
    """ "deze mogelijkheid" -> "mogelijkheid"; "dit" alone -> what it names."""
    words = strip_words(text)
    if not words or _ANAPHORIC.match(words):
        return before.thing()
    return words


def _coming_back(text: str, before: Before) -> str:
    """ "Op X kom ik na de zomer terug" / "ik kom terug op X" -> "Terugkomen op X"."""
    m = re.match(
        r"\s*op\s+(.+?)\s+(?:kom|komt|komen|zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b.*\bterug\b",
        text,
        _I,
    )
    if m:
        return tidy(f"Terugkomen op {strip_words(m.group(1))}")
    m = re.search(r"\bterug(?:\s+te)?(?:\s+komen)?\s+op\s+(?!het\s+moment)(.+)$", text, _I)
    if m and re.search(r"\b(?:kom|komt|komen|zal|zullen)\b", text, _I):
        return tidy(f"Terugkomen op {strip_words(m.group(1))}")
    return ""


def _concrete(title: str, sentence: str, firing: Firing, before: Before) -> str:
    """A title whose object only points back gets what it points at."""
    if title.endswith("op deze kwestie") or " op deze kwestie " in title:
        thing = before.thing()
        if thing:
            title = title.replace("deze kwestie", thing, 1)
    words = title.split()
    lead = re.match(r"\s*(?:daar|hier)(over|op|aan)\b", clean_start(sentence), _I)
    if lead and words and words[0].lower().endswith("en") and f" {lead.group(1)} " not in title:
        # "Daarover zal ik in de volgende voortgangsbrief rapporteren"
        thing = before.thing()
        if thing:
            title = " ".join([words[0], lead.group(1).lower(), thing, *words[1:]])
            words = title.split()
    # "de bijbehorende aansluitopties": belonging to the topic the answer set
    if POINTING_ADJECTIVES.search(PARENS.sub("", sentence)) and before.topic():
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
    if re.fullmatch(r"(?:deze|die)\s+\w+", clean_start(firing.actor_text or ""), _I) or (
        len(words) == 1 and words[0].lower() in MEETING_NOUNS
    ):
        noun = (firing.actor_text.split() or [""])[-1] if firing.actor_text else words[0]
        talks = meeting_phrase(noun, [*before.previous(), before.question])
        if talks and len(words) <= 2:
            title = strip_words(talks)
    return tidy(title)


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


def _sentence_case(title: str, sentence: str) -> str:
    """A word capitalised only because it opened the sentence: "Inwerkingtreding wetgeving"."""
    first = re.match(r"\s*([A-Z][a-zà-ÿ]+)\b(\s+[A-Z])?", clean_start(sentence))
    if first and not first.group(2) and len(title) > len(first.group(1)):
        title = title[:1] + re.sub(rf"\b{first.group(1)}\b", first.group(1).lower(), title[1:])
    return title[:1].upper() + title[1:] if title else title
