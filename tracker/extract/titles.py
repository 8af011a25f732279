"""Short Dutch titles a person can scan in a list.

Built from the commitment's main verb and the words it governs, in the clipped
style of Dutch headings: "Evaluatie subsidie Praktijkleren", "Kamer informeren
over uitkomsten gesprekken", "Inrichting landelijk portaal".
"""

from __future__ import annotations

import re

from tracker.extract import lexicon
from tracker.extract.actors import ActorKind
from tracker.extract.cues import Firing
from tracker.extract.timeframes import TIME_PHRASE

MAX_TITLE = 80

_I = re.IGNORECASE
# `(?<!\s)`: entered at the first space of a run only (from every space of a long run
# `\s*` would scan the rest of it, quadratic time).
_PARENS = re.compile(r"(?<!\s)\s*\([^()]*\)")
_FILLER = re.compile(
    r"\b(?:ook|nog|nader|verder|graag|daarnaast|bovendien|momenteel|op\s+dit\s+moment|inderdaad|"
    r"uiteraard|zeker|eerst|dan|nu|wel|tevens|reeds|al|inmiddels|daar|hier|daarbij|hierbij|"
    r"immers|echter|vervolgens|zo|bijvoorbeeld|mede|er|naar\s+verwachting|hierover|daarover|"
    r"hiervoor|daarvoor|hiermee|daarmee|voorts|tot\s+slot|allereerst|concreet|actief|"
    r"opnieuw|alsnog|spoedig|binnenkort|zo\s+spoedig\s+mogelijk|op\s+korte\s+termijn|"
    r"in\s+(?:het|de)(?=\s*$)|ja|nee|enerzijds|anderzijds)\b",
    _I,
)
_DEMONSTRATIVE_OF = re.compile(r"\bvan\s+(?:deze|die|dit|dat)\s+", _I)
_ARTICLES = re.compile(r"\b(?:de|het|een|deze|die|dit|dat|onze|mijn)\s+(?=[\wÀ-ÿ«])", _I)
_RELATIVE = re.compile(
    r"(?<=\w)\s+(?:die|dat)\s+(?:zich\s+)?(?:[^\s,]+\s+){0,6}[^\s,]+(?:en|t|d)\b(?=\s*[,.;]|\s*$)"
    r"|(?<=\w)\s+(?:die|dat)\s+(?:zich\s+)?(?:[^\s,]+\s+){0,5}?[^\s,]+(?:en|t|d)\b(?=[\s,]|$)",
    _I,
)
# Where the words of a title end: a subordinate clause, a purpose clause, a colon.
_SUBCLAUSE = re.compile(
    r"[;:]|,\s+(?=(?:die|dat|waar\w*|zodat|omdat|om|maar|want|wat|zoals|terwijl|en\s+\w+\s+"
    r"(?:wordt|is|zal|zijn))\b)|\b(?:waarop|waarmee|waarbij|waarin|waarna|waardoor|zodat|omdat|"
    r"om|terwijl|opdat|want|maar|doordat)\b",
    _I,
)
_TRAILING = re.compile(
    r"(?:\s+(?:en|of|van|voor|over|met|in|op|aan|bij|naar|om|te|door|die|dat|de|het|een|als|"
    r"tot|uit|zoals|waarbij|hoe|waar|wat|welke|wie))+\s*$",
    _I,
)
_PARTICIPLE_KEYS = sorted(lexicon.PARTICIPLE_NOUNS, key=len, reverse=True)
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


def make_title(sentence: str, firing: Firing, context: str = "") -> str:
    """A title for the commitment whose first sentence is `sentence`.

    `context` is the sentence before it, used when the subject only points back
    ("Deze zullen begin 2021 ... worden gelanceerd").
    """
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
        rule == "toekomst" and re.search(r"\b(?:vragen|verzoeken)\b", clause, _I)
    ):
        title = _request_title(clause, firing)
    elif rule in ("passief_handeling", "toekomst_passief"):
        title = _passive_title(clause, sentence, context)
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
    elif rule == "verwachte_levering" and _PARTICIPLE_RE.search(clause):
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
    if not title and firing.actor_kind in (ActorKind.ANAPHOR, ActorKind.UNKNOWN, ActorKind.AGENCY):
        title = _event_title(firing, context)
    if not title:
        title = _active_title(clause, firing)
    title = _tidy(title)
    if len(title) < 4:
        title = _tidy(_strip(_PARENS.sub("", sentence)))
    # a word that is capitalised only because it opened the sentence: "Inwerkingtreding wetgeving"
    first = re.match(r"\s*([A-Z][a-zà-ÿ]+)\b", sentence)
    if first and len(title) > len(first.group(1)):
        title = title[:1] + re.sub(rf"\b{first.group(1)}\b", first.group(1).lower(), title[1:])
    return title


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
    m = re.search(r"\b(?:vragen|verzoeken|vraag|verzoek)\b\s*(?:om\s+)?(.+)$", clause, _I)
    who = firing.actor_text if firing.actor_kind != ActorKind.GOVERNMENT else ""
    head = re.search(
        r"\b(?:zal|zullen|ga|gaan|wil)\s+(?:ik|wij|we)\s+(.+?)\s+(?:vragen|verzoeken)\b", clause, _I
    )
    party = _strip(head.group(1)) if head else _strip(who)
    if not m:
        return ""
    rest = re.sub(r"^\s*om\s+", "", m.group(1), flags=_I)
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
            r"\b(?:informeer|informeert|informeren|stuur|stuurt|zal|zullen|wordt|ontvangt|houd|"
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
    m = _PARTICIPLE_RE.search(clause)
    if not m:
        return ""
    key = re.sub(r"\s+", " ", m.group(0).lower())
    noun = lexicon.PARTICIPLE_NOUNS.get(key, "")
    fin = re.search(r"\b(?:wordt|worden|zal|zullen)\b", clause, _I)
    after = _drop_agent(re.sub(r"^\s*(?:worden|word)\b", "", clause[m.end() :], flags=_I))
    tail = _strip(after)
    tail = (
        tail
        if re.match(r"(?:met|over|naar|van|voor|aan|waar|hoe|of|welke|wat)\b", tail, _I)
        else ""
    )
    if noun == "Kamer informeren":
        return _inform_title(clause)
    if fin is None or m.start() < fin.start():
        # participle first: "Nagegaan zal worden waar ..."
        return f"{noun} {tail}".strip()
    between = clause[fin.end() : m.start()]
    between = re.sub(r"\b(?:zal|zullen|worden|wordt|word|er)\b", " ", between, flags=_I)
    patient = _strip(_drop_agent(between))
    if noun.startswith(("Start", "Gesprek", "Verkenning", "Nagaan", "Bezien", "Kijken")) and tail:
        return f"{noun} {patient} {tail}".strip() if len(patient) < 40 else f"{noun} {tail}"
    if not patient:
        left = clause[: fin.start()].strip(" ,") or _first_np(sentence)
        if not _ADVERBIAL.match(left):
            patient = _strip(left)
    if patient and _ANAPHORIC.match(patient) and context:
        patient = _np_of(context)
    patient = _LEADING_ACTION.sub("", patient)
    if not patient:
        return f"{noun} {tail}".strip()
    return f"{noun} {patient}"


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
    words = _strip(subject)
    if _ANAPHORIC.match(words) and context:
        words = _np_of(context)
    verb = firing.words.split()[-1] if firing.words else ""
    if verb in ("plaatsvinden", "komen", "volgen", "starten", "verschijnen", "beginnen"):
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
    text = TIME_PHRASE.sub(" ", text)
    text = _RELATIVE.sub("", text)
    text = _FILLER.sub(" ", text)
    text = _DEMONSTRATIVE_OF.sub("", text)
    text = _ARTICLES.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:–-")


def _tidy(title: str) -> str:
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"\s+([,.;:])", r"\1", title).strip(" ,.;:–-")
    if len(title) > MAX_TITLE:
        cut = title[: MAX_TITLE + 1]
        title = cut[: cut.rfind(" ")] if " " in cut else cut[:MAX_TITLE]
    for _ in range(3):
        title = _TRAILING.sub("", title).strip(" ,.;:–-")
    if title:
        title = title[0].upper() + title[1:]
    return title


def _clip_name(name: str) -> str:
    words = []
    for w in name.split():
        if not (w[:1].isupper() or w.lower() in ("van", "de", "der", "den")):
            break
        words.append(w)
    return " ".join(words)[:40]
