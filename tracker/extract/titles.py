"""Short Dutch titles a person can scan in a list.

Built from the commitment's main verb and the words it governs, in the clipped
style of Dutch headings: "Evaluatie subsidie Praktijkleren", "Kamer informeren
over uitkomsten gesprekken", "Inrichting landelijk portaal".
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract import lexicon
from tracker.extract.actors import ActorKind
from tracker.extract.antecedents import (
    head_noun,
    last_np,
    meeting_phrase,
    previous_sentences,
    sentences,
    topic_of,
)
from tracker.extract.cues import Firing
from tracker.extract.passive_titles import (
    ADVERBIAL,
    ANAPHORIC,
    LEADING_ACTION,
    OVER,
    PARTICIPLE_NOUNS,
    PARTICIPLE_RE,
    inform_title,
    np_of,
    passive_title,
)
from tracker.extract.title_phrases import (
    fronted_question,
    fronted_thing,
    present_inquiry,
    starting,
    talks,
)
from tracker.extract.title_text import (
    MAX_TITLE,
    PARENS,
    acceptable,
    clean_start,
    lower_first,
    participle_infinitive,
    repair,
    short_names,
    strip_words,
    tidy,
    to_infinitive,
)
from tracker.extract.title_words import (
    INFINITIVE_NOUNS,
    MEETING_NOUNS,
    NOT_FIRST,
    POINTING_ADJECTIVES,
    VAGUE_NOUNS,
)
from tracker.extract.verb_phrases import verb_phrase_title

_I = re.IGNORECASE


def _rule_title(sentence: str, firing: Firing, context: str = "") -> str:
    """The title the firing rule suggests, before its object is made concrete."""
    clause = PARENS.sub("", firing.clause)
    rule = firing.rule.name
    title = ""
    if rule in ("kamer_informeren", "kamer_informeren_nu", "kamer_geinformeerd", "kamer_ontvangt"):
        title = inform_title(clause)
        if title == "Kamer informeren":
            title = _sent_title(clause, sentence, context) or title
    elif rule == "toezegging":
        receives = re.search(r"\b(?:uw|de)\s+kamer\b.*\b(?:ontvangt|krijgt)\b", clause, _I)
        title = _sent_title(clause, sentence, context) if receives else _promise_title(clause)
    elif rule == "verkenning_nu":
        verb = _INFINITIVE_OF.get(firing.words.split()[0].lower(), "Verkennen")
        title = f"{verb} {_active_title(clause, firing)}"
        if verb == "Uitzoeken":
            title = re.sub(r"\s+uit\b", "", title, count=1)  # the particle is in the verb
    elif rule in ("gepland", "verwachte_levering") and _PROVIDED_FOR.search(clause):
        # "dat uiterlijk per 1 december wordt voorzien in de wettelijke instelling van X"
        title = "Voorzien in " + strip_words(_PROVIDED_FOR.search(clause).group(1))
    elif rule == "verzoek" or (
        rule in ("toekomst", "willen") and re.search(r"\b(?:vragen|verzoeken)\b", clause, _I)
    ):
        title = _request_title(clause, firing)
    elif rule in ("passief_handeling", "toekomst_passief", "passief_met_termijn"):
        title = passive_title(_focus(sentence, firing), sentence, context)
    elif rule == "terugkomen":
        m = re.search(
            r"\b(?:in|bij)\s+(?!(?:uw|de)\s+kamer\b)(?:(?:de|het|een)\s+)?([^,.;]+?)\s+"
            r"(?:(?:hier|daar|er)?op\s+)?terug",
            clause,
            _I,
        )
        if not m:
            # "Ik kom hier ... op terug, in de kabinetsreactie op X" (also past a comma)
            m = re.search(
                r"\bterug(?:\s*(?:te\s+)?komen)?,?\s+(?:in|bij)\s+(?!(?:uw|de)\s+kamer\b)"
                r"(?:(?:de|het|een)\s+)?([^.;]+)",
                sentence,
                _I,
            )
        title = "Terugkomen op deze kwestie" + (
            f" {'bij' if m and ' bij ' in m.group(0).lower() else 'in'} {m.group(1)}" if m else ""
        )
    elif (rule == "verwachte_levering" and PARTICIPLE_RE.search(clause)) or (
        rule == "gepland"
        and re.search(r"\b(?:wordt|worden)\s+er\b", clause, _I)
        and PARTICIPLE_RE.search(clause)
    ):
        title = passive_title(clause, sentence, context)
    elif rule in ("volgt", "verwachte_levering", "gepland", "inwerkingtreding", "in_voorbereiding"):
        title = _subject_title(clause, rule, sentence)
    elif rule == "werkt_aan":
        m = re.search(r"\baan\s+(.+)$", clause, _I)
        title = LEADING_ACTION.sub(_action_noun, strip_words(m.group(1))) if m else ""
    elif rule == "voornemen":
        m = re.search(
            r"\b(?:voornemens|van\s+plan|bereid|voornemen(?:\s+is)?|ernaar|streven\s+is|intentie"
            r"(?:\s+is)?|bedoeling(?:\s+is)?|inzet\s+is)\s+(?:om\s+)?(.+)$",
            clause,
            _I,
        )
        wish = re.sub(_SPLIT_TE, r"\1\2", m.group(1)) if m else ""
        title = re.sub(r"\bte\s+", "", strip_words(wish), flags=_I)
        # "na X naar Y doorgaan" -> "Doorgaan naar Y na X": the act first
        verb_last = _PP_THEN_VERB.match(title)
        if verb_last:
            title = f"{verb_last.group(2)} {verb_last.group(1)}"
    elif rule == "ontvangt_van_ons":
        # "De instellingen ontvangen met Prinsjesdag de beschikkingen" -> "Beschikkingen naar
        # instellingen"
        m = re.search(
            r"^(.*?)\b(?:ontvangt|ontvangen|krijgt|krijgen)\b(?:\s+\S+){0,8}?\s+"
            r"(?:de|een|hun|het|zijn|haar)\s+(.+)$",
            clause,
            _I,
        )
        if m:
            thing, who = strip_words(m.group(2)), strip_words(m.group(1))
            title = f"{thing} naar {lower_first(who)}" if who else thing
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


_PROVIDED_FOR = re.compile(r"\b(?:wordt|worden)\s+(?:\S+\s+){0,3}?voorzien\s+in\s+(.+)$", _I)
_INFINITIVE_OF = {
    "zoek": "Uitzoeken",
    "zoekt": "Uitzoeken",
    "zoeken": "Uitzoeken",
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
_PP_THEN_VERB = re.compile(
    r"((?:na|naar|met|in|op|voor|bij|aan|over|tot|van|door|uit)\s.+?)\s+([a-zà-ÿ]+(?:en|aan|oen|ien))$",
    re.I,
)
_SPLIT_TE = re.compile(
    r"\b(in|op|uit|af|aan|mee|door|terug|voort|bij|toe|na|vast|over|samen|weg)\s+te\s+"
    r"([a-zà-ÿ]+n)\b",
    re.I,
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
    rest = m.group(1)
    todo = re.search(
        r"^(.*?)\s+((?:(?:in|op|uit|af|aan|mee|door|terug|voort|bij|toe|na|vast)\s+)?)te\s+"
        r"([a-zà-ÿ]+en)\b",
        rest,
        _I,
    )
    if todo:
        # "om samen met X en Y voor de zomer een hinderaanpak voor Z op te stellen"
        asked = re.sub(r"^\s*om\s+", "", todo.group(1), flags=_I)
        asked = re.sub(r"\b(?:met|aan|voor)\s+(?:mij|ons|u)\b", " ", asked, flags=_I)
        if re.search(r"\bsamen\s+met\b", asked, _I):
            np = re.search(
                r"\b(?:een|de|het)\s+\S+(?:\s+(?:voor|van|over|met|bij|in|op|aan)\s+"
                r"(?:(?:de|het|een)\s+)?\S+)*\s*$",
                asked,
                _I,
            )
            asked = np.group(0) if np else asked
        obj = strip_words(asked)
        particle, verb = todo.group(2).strip(), todo.group(3)
        noun = INFINITIVE_NOUNS.get(particle + verb)
        act = f"{particle} te {verb}" if particle else f"te {verb}"
        rest = f"om {noun.lower()} {obj}" if noun and obj else f"om {obj} {act}" if obj else act
    elif rest.lstrip().startswith("om "):
        rest = "om " + strip_words(rest.lstrip()[3:])  # "vragen om een nulmeting"
    else:
        rest = strip_words(rest)
    return f"{party} vragen {rest}".strip() if party else ""


_SENT_THING = re.compile(
    rf"\b(?:(?:de|het|een|mijn|onze)\s+)((?:[a-zà-ÿ]+e\s+)?\w*(?:{lexicon.DELIVERABLES})\b"
    r"(?:\s+(?:van|per|over)\s+(?:de\s+|het\s+)?(?!(?:de|het|een|dit|dat|deze|die)\b)"
    r"(?:[^\s,.;]*e\s+[a-zà-ÿ][^\s,.;]*|[^\s,.;]+)"
    r"(?:\s+van\s+(?:de\s+|het\s+)?(?!(?:de|het|een|dit|dat|deze|die)\b)[^\s,.;]+)?)?)",
    _I,
)


def _sent_title(clause: str, sentence: str, context: str) -> str:
    """ "Uw Kamer ontvangt de evaluatie van de pilots" -> "Evaluatie van pilots naar Kamer"."""
    # the clause itself, else the nearest thing named before it in the sentence ("het
    # advies verwacht ik in het najaar en ik zal het aan uw Kamer sturen": the advice)
    at = sentence.find(clause.strip()[:30]) if clause.strip() else -1
    for text in (clause, sentence[:at] if at > 0 else sentence):
        found = list(_SENT_THING.finditer(text))
        m = found[-1] if found and text is not clause else (found[0] if found else None)
        if m and not re.match(r"(?:volgende|eerstvolgende)\b", m.group(1), _I):
            thing = strip_words(m.group(1))
            if thing and not ANAPHORIC.match(thing):
                return f"{thing} naar Kamer"
    return ""


def _action_noun(m: re.Match[str]) -> str:
    return m.group(0).split()[-2].capitalize() + " " if m.group(0).split() else ""


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
    left = parts[0] if parts and not ADVERBIAL.match(parts[0].strip()) else (parts or [""])[-1]
    after = clause[fin.end() :] if fin else clause
    subject = left
    pp = ""
    if (
        not strip_words(left)
        or ADVERBIAL.match(left.strip())
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
    if ANAPHORIC.match(words) and context:
        words = np_of(context)
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


def _clip_name(name: str) -> str:
    """The name a noun phrase opens with ("Thea Koster zal ..."), or "" when it opens
    with anything else ("De voorzitter, ...")."""
    words = []
    for w in name.split():
        if not (w[:1].isupper() or (words and w.lower() in ("van", "de", "der", "den"))):
            break
        if not words and w.lower() in ("de", "het", "een", "deze", "die", "dit"):
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
    firing = replace(
        firing, clause=_with_names(sentence, firing), actor_text=short_names(firing.actor_text)
    )
    sentence, context = short_names(sentence), short_names(context)
    # only the last sentences before it are read (`_TOPIC_REACH`): a long answer is cut
    preceding = preceding[-_PRECEDING_CHARS:] if len(preceding) > _PRECEDING_CHARS else preceding
    preceding, question = short_names(preceding), short_names(question)
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


def _with_names(sentence: str, firing: Firing) -> str:
    """The firing's clause with the abbreviations its brackets gave ("het COA"): the rules
    see a clause whose brackets are blanked out."""
    raw = sentence.strip()[firing.clause_start : firing.clause_start + len(firing.clause)]
    blanked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), raw)
    return short_names(raw) if raw and blanked == firing.clause else firing.clause


_TOPIC_REACH = 6  # sentences
_PRECEDING_CHARS = 3000  # well over _TOPIC_REACH sentences of an answer


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
            inquiry = present_inquiry(text)
            if inquiry:
                return lower_first(inquiry)
            about = topic_of(text)
            if about and re.match(r"\s*over\s", text, _I):
                return strip_words(about)  # "Over de resterende opgave moet ... worden besloten"
            # "In 2023 is de regeling geëvalueerd" names the evaluation as well as "wordt"
            done = re.sub(
                r"\b(?:is|zijn)\b(?=.*\bge\w+[dt]\b)", "wordt", PARENS.sub("", text), count=1
            )
            nominal = tidy(passive_title(done, text, ""))
            if nominal and acceptable(nominal) and not nominal.startswith("Kamer"):
                return lower_first(nominal)
            act = _present_act(text)
            if act:
                return act
            np = strip_words(last_np(text))
            if len(np) > 3:
                return np
        topic = self.topic()
        if topic:
            return strip_words(topic)
        np = strip_words(last_np(self.question.split("?")[0])) if self.question else ""
        return np

    def topic(self) -> str:
        """The topic the answer set ("Wat betreft X") in the last few sentences: further back,
        a long answer has moved on to other things."""
        return strip_words(topic_of(" ".join(sentences(self.preceding)[-_TOPIC_REACH:])))


def _present_act(text: str) -> str:
    """ "Op dit moment evalueert het Trimbos-instituut de regeling" -> "evaluatie regeling"."""
    for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text):
        word = m.group(0)
        noun = INFINITIVE_NOUNS.get(to_infinitive(word[:-1] if word.endswith("t") else word))
        if re.match(r"\s+(?:\S+\s+){0,3}?(?:of|hoe|welke|wat)\b", text[m.end() :], _I):
            return ""  # "onderzoekt of er alternatieven zijn": the thing is what is asked about
        if noun and not word.endswith("en"):
            np = strip_words(last_np(text[m.end() :]))
            return f"{noun.lower()} {np}" if np else ""
    return ""


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
        return tidy(verb_phrase_title(prev, None) or passive_title(prev, prev, ""))
    m = _AVAILABLE.match(whole)
    if m:
        made = before.previous()[:1]
        thing = strip_words(last_np(made[0])) if made else ""
        thing = thing if len(thing) > 3 else before.thing()
        if thing:
            return tidy(f"{thing} {m.group(1).lower()}")
    informs = firing.rule.name.startswith("kamer_") or firing.rule.name == "passief_met_termijn"
    title = present_inquiry(focus) or talks(focus) or fronted_question(whole) or starting(focus)
    if title:
        return title
    # the Kamer is informed in the rule's own clause (not in a clause added after ";")
    for text in (focus, whole) if informs else (clean_start(PARENS.sub("", firing.clause)),):
        inform = _KAMER_INFORM.search(text)
        if inform:
            start = text.rfind(" en ", 0, inform.start())
            part = text[start + 4 :] if start >= 0 and not OVER.search(text[:start]) else text
            if start >= 0 and part is not text and _POINTER.search(part) and not informs:
                break  # "bezie ik of X en informeer ik uw Kamer daarover": the act is X
            about = inform_title(part)
            if about == "Kamer informeren" and _POINTER.search(part):
                thing = fronted_thing(whole) or before.thing()
                about = f"Kamer informeren over {thing}" if thing else about
            how = re.search(
                r"\bhoe\s+(?:de\s+|het\s+)?(.+?)\s+(?:zijn|is|wordt|worden)\s+([\wÀ-ÿ]+)\b",
                part,
                _I,
            )
            act = PARTICIPLE_NOUNS.get(how.group(2).lower(), "") if how else ""
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
    title = _coming_back(whole, before) or _decision(focus, before) or _decision(whole, before)
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


def _decision(text: str, before: Before) -> str:
    """ "besluiten of hieraan verder gewerkt zal worden" -> "Besluit over verder werken aan X"."""
    m = re.search(
        r"\b(?:besluiten|besluit)\s+(?:(?:we|wij|ik|het\s+kabinet)\s+)?of\s+(.+)$", text, _I
    )
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
    nominal = tidy(passive_title(asked, asked, ""))
    return tidy(f"Besluit over {lower_first(nominal)}") if acceptable(nominal) else ""


def _pointer_free(text: str, before: Before) -> str:
    """ "deze mogelijkheid" -> "mogelijkheid"; "dit" alone -> what it names."""
    words = strip_words(text)
    if not words or ANAPHORIC.match(words):
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
    bare = re.fullmatch(r"(\w+) naar Kamer", title)
    if bare:
        # "Advies naar Kamer": the advice on what the sentence (or the one before) is about
        at = PARENS.sub("", sentence).find(PARENS.sub("", firing.clause).strip()[:30])
        head = PARENS.sub("", sentence)[:at] if at > 0 else ""
        first = re.match(r"\s*(?:het|de|een)\s+(\S+(?:\s+van\s+(?:de|het)\s+\S+)?)", head, _I)
        own = first.group(1) if first else last_np(head)
        about = strip_words(own) or before.thing()
        if about and bare.group(1).lower() not in about.lower():
            title = f"{bare.group(1)} over {about} naar Kamer"
    # "Kamer informeren over uitkomsten daarvan", "... over gevolgen daarvan voor opbouw
    # krijgsmacht": what "daarvan" points at
    pointer = re.search(r"\s(?:daar|hier)(?:(van|over)$|(van)\s(?=\S))", title, _I)
    thing = before.thing() if pointer else ""
    if thing:
        head, tail = title[: pointer.start()], title[pointer.end() :]
        word = (pointer.group(1) or pointer.group(2)).lower()
        longer = f"{head} {word} {thing} {tail}".strip()
        shorter = f"{head} van {thing}" if tail else f"Kamer informeren over {thing}"
        title = longer if len(longer) <= MAX_TITLE else shorter
    # "over wat daaruit volgt": the outcome of what came before
    title = re.sub(r"\bover\s+wat\s+(?:daar|hier)uit\s+volgt\b", "over uitkomsten", title, flags=_I)
    outcome = re.search(
        r"\bover\s+(?:uitkomst(?:en)?|resultaten|bevindingen)(?=$|\s+en\b|\s+zodra\b|,)", title, _I
    )
    if outcome:
        # "Kamer informeren over uitkomst": of what was just asked for or started
        thing = before.thing()
        if thing and thing.lower() not in title.lower():
            head, tail = title[: outcome.end()], title[outcome.end() :]
            longer = f"{head} van {thing}{tail}"
            title = longer if len(longer) <= MAX_TITLE else _fit(f"{head} van", thing)
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
