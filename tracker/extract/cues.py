"""When does a sentence of an answer announce something the government will do?

The rules (`rules.py`) are named Dutch patterns with an example. A rule *fires* on a
clause; whether the firing counts depends on who acts (see `actors.py`), on time
(`timeframes.py`), and on the blockers (`blockers.py`: negation, forecasts,
conditions, the answer talking about itself, the past, routines).

`analyse_sentence` returns every firing with its verdict, so the extractor can
explain why it took a sentence (the `cue`) and use weaker firings to decide
whether a follow-up sentence belongs to a commitment.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

from tracker.extract import lexicon
from tracker.extract.actors import ActorKind, classify, office_at_start
from tracker.extract.blockers import (
    ADVERBIAL_START,
    BILL_EFFECT,
    BREAK_CHARS,
    BREAK_WORDS,
    CITATION,
    CLAUSE_BREAK,
    CLAUSE_BREAK_PUNCTUATION,
    COMPARATIVE_FORECAST,
    CONDITIONAL,
    CONDITIONAL_WORDS,
    DOOR_AGENT,
    EXPLETIVE_ER,
    FORECAST_FRAME,
    FORECAST_WORDS,
    FULFILMENT,
    FUTURE_AUX,
    HEDGED,
    HYPOTHETICAL,
    INSERTED_RELATIVE,
    INSERTED_ZOALS,
    INVERTED_FIRST_PERSON,
    KEEPS_PROMISE,
    LEFT_PRONOUN,
    MODAL_BEFORE,
    MONTH_OR_YEAR,
    NAMES_DOCUMENT,
    NEGATION,
    NOT_ACTION_PARTICIPLES,
    OUTCOME,
    PAREN,
    PAST_AUX,
    PERFECT_AUX,
    PROCESS_PARTICIPLE,
    PRONOUN_SUBJECT,
    QUESTION_REPHRASE,
    REFERRAL,
    REFERRAL_WORDS,
    REFLEXIVE,
    RELATIVE_WORDS,
    REPORTED,
    REPORTED_WORDS,
    RESTRICTIVE_RELATIVE,
    SELF_REFERENCE,
    SELF_REFERENCE_WORDS,
    SUBORDINATE_START,
    SUBORDINATOR,
    UNDER_WAY,
    looks_participle,
)
from tracker.extract.rules import (
    ALL_KEYS,
    GOV_AFTER,
    KAMER,
    Rule,
    candidate_rules,
)
from tracker.extract.timeframes import SentenceTimes, TimeHint, might_have_time

_I = re.IGNORECASE
_WORD_RE = re.compile(r"[a-zà-ÿ]+")
_FOLLOWS_FROM = re.compile(r"\b(?:daar|hier|er)?uit\s*$", _I)
_PROMISED_WORDS = frozenset({"toezegging", "motie", "verzoek", "afspraak"})  # KEEPS_PROMISE


@dataclass
class Firing:
    """A rule that fired on a clause, and what became of it."""

    rule: Rule
    clause: str
    words: str  # the words that fired, compressed: "zal ... informeren"
    actor_kind: ActorKind
    actor_text: str
    accepted: bool
    blocked_by: str | None = None  # the blocker's name, when one stopped it
    time: TimeHint | None = None
    clause_start: int = 0  # where the clause starts in the (stripped) sentence

    @property
    def name(self) -> str:
        return self.rule.name


@dataclass
class SentenceAnalysis:
    """Every firing in one sentence; `accepted` holds those that count."""

    text: str
    firings: list[Firing] = field(default_factory=list)
    sentence_blocker: str | None = None
    referral: bool = False

    @property
    def accepted(self) -> list[Firing]:
        return [f for f in self.firings if f.accepted]

    @property
    def is_commitment(self) -> bool:
        return any(f.accepted for f in self.firings)

    @property
    def weak(self) -> bool:
        """A rule fired and nothing but the actor/time requirement stopped it."""
        return any(f.blocked_by in (None, "termijn", "actor", "bespreking") for f in self.firings)


def split_clauses(text: str, breaks: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence (approximate: punctuation and conjunctions)."""
    spans = []
    start = 0
    for m in (breaks or CLAUSE_BREAK).finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def analyse_sentence(text: str, reference: date | None) -> SentenceAnalysis:
    """Run all rules over one sentence of an answer."""
    analysis = SentenceAnalysis(text)
    stripped = text.strip()
    sentence_words = set(_WORD_RE.findall(stripped.lower()))
    if not stripped or ALL_KEYS.isdisjoint(sentence_words):
        return analysis
    if stripped.endswith("?"):
        analysis.sentence_blocker = "vraag"
        return analysis
    if QUESTION_REPHRASE.match(stripped):
        analysis.sentence_blocker = "herhaling van de vraag"
        return analysis
    if not REPORTED_WORDS.isdisjoint(sentence_words) and REPORTED.match(stripped):
        analysis.sentence_blocker = "eerder gezegd"
        return analysis
    if BILL_EFFECT.match(stripped):
        # "Met dit wetsvoorstel wordt de termijn verlengd": what the bill does; passing it
        # is the House's, not a promise of the government
        analysis.sentence_blocker = "werking van een wet"
        return analysis
    if not _PROMISED_WORDS.isdisjoint(sentence_words):
        if KEEPS_PROMISE.search(stripped):
            # "Daarmee geef ik invulling aan de toezegging ...": this letter keeps it
            analysis.sentence_blocker = "nakoming"
            return analysis
    referral = not REFERRAL_WORDS.isdisjoint(sentence_words) and bool(REFERRAL.search(stripped))
    analysis.referral = referral
    blockers: tuple[bool, bool, re.Match[str] | None] | None = None  # computed on first firing
    times: SentenceTimes | None = None  # read when a rule first fires
    sentence_time = clause_time = None
    timed_possible = might_have_time(stripped, sentence_words)
    # grammar is read without parentheses ("(KIT, Cedris e.a.)"); time with them
    masked = PAREN.sub(lambda m: " " * len(m.group(0)), stripped) if "(" in stripped else stripped
    if "zoals" in sentence_words:
        masked = INSERTED_ZOALS.sub(lambda m: " " * len(m.group(0)), masked)
    # A relative clause between commas is read on its own, and the main clause without
    # it: "Ook wordt de vragenlijst, die alle 17-jarigen ontvangen, dit najaar aangepast."
    inserted: list[tuple[int, int]] = []
    base = masked
    if masked.count(",") > 1 and not RELATIVE_WORDS.isdisjoint(sentence_words):
        inserted = [m.span("rel") for m in INSERTED_RELATIVE.finditer(masked)]
        if inserted:
            masked = INSERTED_RELATIVE.sub(lambda m: " " * len(m.group(0)), masked)
    if not BREAK_WORDS.isdisjoint(sentence_words):
        spans = split_clauses(masked)
    elif BREAK_CHARS.search(masked):
        spans = split_clauses(masked, CLAUSE_BREAK_PUNCTUATION)
    else:
        spans = [(0, len(masked))]
    spans = [s for s in spans if masked[s[0] : s[1]].strip()] + inserted
    n_main = len(spans) - len(inserted)
    for index, (c_start, c_end) in enumerate(spans):
        clause = (masked if index < n_main else base)[c_start:c_end]
        words = set(_WORD_RE.findall(clause.lower())) if len(spans) > 1 else sentence_words
        clause_time = None
        taken = False  # a rule already counted on this clause
        for rule, keys in candidate_rules(words):
            if rule.timed and not timed_possible:
                continue
            if rule.name == "passief_met_termijn" and (
                taken
                or (len(spans) > 1 and not might_have_time(clause, words))
                or not any(looks_participle(w) for w in words)
            ):
                # the generic fallback adds nothing to a clause already taken, and needs a
                # time of its own clause
                continue
            matches = (
                _word_matches(clause, keys[0] & words)
                if rule.name == "tijd_en_handeling"
                else rule.pattern.finditer(clause)
            )
            for m in matches:
                if times is None:
                    # "(Kamerbrief ... van 15 januari 2024)" dates a source, not the act
                    cited = (
                        CITATION.sub(lambda c: " " * len(c.group(0)), stripped)
                        if "(" in stripped
                        else stripped
                    )
                    times = SentenceTimes(cited, reference, sentence_words)
                    # a clause without its own time leans on the sentence's dated phrases;
                    # "recente inspecties" in another clause does not put it in the past
                    sentence_time = times.hint(0, len(stripped), past_words=len(spans) == 1)
                if clause_time is None:
                    clause_time = times.hint(c_start, c_end)
                if blockers is None:
                    blockers = (
                        not CONDITIONAL_WORDS.isdisjoint(sentence_words)
                        and bool(CONDITIONAL.search(stripped)),
                        not SELF_REFERENCE_WORDS.isdisjoint(sentence_words)
                        and bool(SELF_REFERENCE.search(stripped)),
                        FORECAST_FRAME.search(stripped)
                        if not FORECAST_WORDS.isdisjoint(sentence_words)
                        else None,
                    )
                conditional, self_reference, forecast_frame = blockers
                firing = _judge(
                    rule,
                    m,
                    clause,
                    clause_time,
                    sentence_time,
                    masked[:c_start],
                    conditional,
                    self_reference,
                    forecast_frame is not None and forecast_frame.start() <= c_start + m.start(),
                )
                if firing is not None:
                    firing.clause_start = c_start
                    taken = taken or firing.accepted
                    if referral and firing.accepted and not firing.time.future:
                        firing.accepted, firing.blocked_by = False, "verwijzing"
                    analysis.firings.append(firing)
                    break  # one firing per rule and clause
    return analysis


@functools.lru_cache(maxsize=512)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?P<fin>{word})\b", _I)


def _word_matches(clause: str, words: frozenset[str] | set[str]) -> list[re.Match[str]]:
    """Matches of a plain word-list rule, found word by word (faster than one big alternation)."""
    found = [m for w in words for m in _word_pattern(w).finditer(clause)]
    return sorted(found, key=lambda m: m.start())


def _last_subordinator(text: str) -> re.Match[str] | None:
    """The last word in `text` that opens a subordinate clause ("dat", "omdat", "die" ...)."""
    last = None
    for last in SUBORDINATOR.finditer(text):  # noqa: B007 - we want the last one
        pass
    return last


def _has_fin(m: re.Match[str]) -> bool:
    return any(name in m.re.groupindex and m.group(name) for name in _FIN_GROUPS) or not any(
        name in m.re.groupindex for name in _FIN_GROUPS
    )


_FIN_GROUPS = ("fin", "fin2", "fin3", "fin4", "fin5", "fin6", "fin7", "fin8")
# A stem form is the speaker's own: "(ik) informeer de Kamer", never "de Kamer informeer"
_STEM_FORM = re.compile(r"(?:informeer|stuur|toestuur|zend|toezend|deel|bied|rapporteer|verstuur)")


def _fin_span(m: re.Match[str]) -> tuple[int, int]:
    for name in ("fin", "fin2", "fin3", "fin4", "fin5", "fin6", "fin7", "fin8"):
        if name in m.re.groupindex and m.group(name):
            return m.start(name), m.end(name)
    return m.start(), m.end()


def _judge(
    rule: Rule,
    m: re.Match[str],
    clause: str,
    clause_time: TimeHint,
    sentence_time: TimeHint,
    prefix: str,
    conditional: bool,
    self_reference: bool,
    forecast_frame: bool,
) -> Firing | None:
    fin_start, fin_end = _fin_span(m)
    fin = clause[fin_start:fin_end].lower()
    after = clause[fin_end:]
    before = clause[:fin_start]
    # verb forms that are not finite here ("kan worden", "te worden") or other readings
    if MODAL_BEFORE.search(before) and rule.name in (
        "passief_handeling",
        "in_voorbereiding",
        "passief_met_termijn",
    ):
        return None
    if rule.name == "passief_met_termijn" and (
        m.group("ptc").lower() in NOT_ACTION_PARTICIPLES
        or not lexicon.PARTICIPLE.fullmatch(m.group("ptc"))
    ):
        return None
    main_verb = _main_verb(after) if rule.name in _NEEDS_INFINITIVE else None
    if (
        rule.name in _NEEDS_INFINITIVE
        and main_verb is None
        and not (rule.name == "gaan_doen" and _GAAN_NOUN.search(after))
    ):
        return None
    if rule.name == "volgt" and _FOLLOWS_FROM.search(before):
        return None  # "wat daaruit volgt": a consequence, not a document that follows
    if "waar" in before and RESTRICTIVE_RELATIVE.search(before):
        # "Alle ontwerpen waarvoor een fiche zal worden opgesteld worden ...": a class
        return None
    if rule.name == "tijd_en_handeling" and fin == "begin" and MONTH_OR_YEAR.match(after):
        return None  # "begin juli": a time, not the verb
    if rule.name in ("tijd_en_handeling", "besluit_nu", "verkenning_nu") and not _plausible_present(
        fin, before, after, agency=rule.name == "tijd_en_handeling"
    ):
        return None
    if rule.name == "gaan_doen" and re.search(
        r"\b(?:zal|zullen|wil|willen|kan|kunnen|moet|moeten|te)\b", before, _I
    ):
        return None  # "zal in gesprek gaan": gaan is not the finite verb here
    if (
        rule.name in ("passief_handeling", "passief_met_termijn")
        and fin in ("worden",)
        and re.search(r"\b(?:zal|zullen|kan|kunnen|moet|moeten|mag|mogen|zou|zouden)\b", before, _I)
    ):
        return None  # "zal ... worden" is the future passive rule's
    passive = rule.needs == "passive" or (
        rule.name in ("toekomst", "toekomst_passief") and _is_passive(after)
    )
    if (
        rule.name == "toekomst_passief"
        and not _is_passive(after)
        and not re.match(r"\s*worden\b", after, _I)
    ):
        return None
    if rule.name == "toekomst" and passive:
        return None  # the passive variant handles it
    words = _words(m, clause, main_verb)
    time = clause_time if clause_time.phrases or clause_time.past else sentence_time

    actor_kind, actor_text = _actor(rule, clause, fin_start, fin_end, passive, prefix)
    if not _has_fin(m):
        # "Het voornemen is om ...", "Mijn inzet is ...": the speaker's own plan
        owner = re.search(r"\bvoornemen\s+van\s+(.{1,60})", clause, _I)
        actor_kind, actor_text = (
            (classify(owner.group(1)), owner.group(1)) if owner else (ActorKind.NONE, "")
        )

    if (
        rule.name == "kamer_informeren_nu"
        and actor_kind == ActorKind.HOUSE
        and _STEM_FORM.fullmatch(fin)
    ):
        # "Over de impact informeer de Kamer na de zomer": the subject "ik" was left out
        actor_kind, actor_text = ActorKind.GOVERNMENT, "ik"

    def firing(accepted: bool, blocked_by: str | None = None) -> Firing:
        return Firing(rule, clause, words, actor_kind, actor_text, accepted, blocked_by, time)

    # blockers, strongest first
    scope = _negation_scope(clause, fin_start, m.end())
    if NEGATION.search(scope):
        return firing(False, "ontkenning")
    if self_reference and (not time.future or FULFILMENT.search(clause)):
        return firing(False, "zelfverwijzing")
    if conditional:
        return firing(False, "voorwaarde")
    if HYPOTHETICAL.search(clause[: m.end()]):
        return firing(False, "hypothetisch")
    if time.past and not time.future:
        return firing(False, "verleden")
    if PAST_AUX.search(before[-40:]) and rule.name not in ("verwachte_levering", "gepland"):
        return firing(False, "verleden")
    if fin == "laten" and PERFECT_AUX.search(before) and not FUTURE_AUX.search(before):
        # "De Staatssecretaris (...) heeft samen met ... een onderzoek laten uitvoeren"
        return firing(False, "verleden")
    if main_verb in lexicon.COPULAS or (main_verb == "worden" and not passive):
        return firing(False, "toestand")
    if (
        main_verb in lexicon.DISCOURSE_VERBS
        and not time.future
        and not NAMES_DOCUMENT.search(clause)
    ):
        return firing(False, "bespreking")
    if (
        forecast_frame
        and actor_kind not in (ActorKind.GOVERNMENT,)
        and not (rule.name == "verwachte_levering" and m.groupdict().get("fin2"))
    ):
        # "De verwachting is dat de evaluatie in Q3 gereed is" is a delivery, not a forecast
        return firing(False, "prognose")
    if actor_kind != ActorKind.GOVERNMENT and "verwachting" in clause and HEDGED.search(clause):
        # "Naar verwachting zal het onderzoek eind dit jaar kunnen worden afgerond"
        return firing(False, "prognose")
    if rule.name in ("verwachte_levering", "gepland") and OUTCOME.search(before):
        # "De eerste effecten worden verwacht in 2026": an outcome in the world, not an act
        return firing(False, "prognose")
    if main_verb in ("inzetten", "inspannen") and REFLEXIVE.search(clause) and not time.future:
        # "Ik zal mij blijven inzetten voor ...": effort without an act or a time
        return firing(False, "inspanning")
    if rule.name == "doorlopend" and SUBORDINATE_START.match(clause):
        # "..., waarbij we oog blijven houden voor de kwaliteit": a manner, not a promise
        return firing(False, "bijzin")
    if (
        actor_kind != ActorKind.GOVERNMENT
        and "verwachting" in clause
        and COMPARATIVE_FORECAST.search(clause)
    ):
        # "Door de tekorten zullen er in 2025 naar verwachting minder controles plaatsvinden"
        return firing(False, "prognose")
    if main_verb in lexicon.FORECAST_VERBS and actor_kind not in (
        ActorKind.GOVERNMENT,
        ActorKind.NONE,
    ):
        return firing(False, "prognose")
    if rule.kamer and not re.search(KAMER, clause, _I):
        return firing(False, "actor")

    if fin in ("kan", "kunnen") and not time.future:
        return firing(
            False, "mogelijkheid"
        )  # "kan ik uw Kamer informeren" is a promise only with a time

    # who acts
    if rule.needs == "house":
        ok = actor_kind in (ActorKind.HOUSE, ActorKind.GOVERNMENT, ActorKind.UNKNOWN)
        return firing(ok, None if ok else "actor")
    if actor_kind in (ActorKind.THIRD, ActorKind.HOUSE, ActorKind.WORLD):
        if not (actor_kind == ActorKind.HOUSE and passive):
            return firing(False, "actor")
    if rule.timed and not time.future:
        return firing(False, "termijn")
    if passive:
        if actor_kind in (ActorKind.NONE, ActorKind.GOVERNMENT, ActorKind.HOUSE):
            if (
                rule.name == "passief_handeling"
                and not _tier_a(m)
                and not _new_thing(clause, fin_end, time)
            ):
                return firing(False, "termijn")
            if (
                rule.name == "passief_handeling"
                and not time.future
                and PROCESS_PARTICIPLE.fullmatch(m.group("ptc"))
                and not _new_thing(clause, fin_end, time)
                and not UNDER_WAY.search(prefix + clause)
            ):
                # "In lagere regelgeving worden de details uitgewerkt": how things are done,
                # not something under way ("Op dit moment worden de voorstellen uitgewerkt")
                return firing(False, "werkwijze")
            return firing(True)
        if actor_kind in (ActorKind.AGENCY, ActorKind.UNKNOWN, ActorKind.ANAPHOR) and time.future:
            return firing(True)
        return firing(False, "actor")
    if actor_kind == ActorKind.GOVERNMENT:
        return firing(True)
    if actor_kind == ActorKind.NONE and (
        main_verb in _EVENT_VERBS or rule.name in ("evenement", "voornemen", "inwerkingtreding")
    ):
        return firing(True)
    if rule.needs == "any" and actor_kind in (
        ActorKind.UNKNOWN,
        ActorKind.ANAPHOR,
        ActorKind.AGENCY,
        ActorKind.NONE,
    ):
        return firing(True)
    if actor_kind in (ActorKind.AGENCY, ActorKind.ANAPHOR) or (
        actor_kind == ActorKind.UNKNOWN
        and (_acts_for_government(actor_text) or _EVENT_SUBJECT.match(actor_text))
    ):
        if not time.future:
            return firing(False, "termijn")
        if main_verb in lexicon.FORECAST_VERBS:
            return firing(False, "prognose")
        if rule.name in _OWN_ACT_RULES and not (
            rule.name == "tijd_en_handeling" and actor_kind == ActorKind.AGENCY
        ):
            return firing(False, "actor")
        return firing(True)
    return firing(False, "actor")


# rules whose subject must be the government itself ("ProRail verwacht ... te starten" is not ours)
_OWN_ACT_RULES = frozenset(
    {
        "verwachting_eigen_handeling",
        "willen",
        "voornemen",
        "besluit",
        "verzoek",
        "inzet",
        "meenemen",
        "doorlopend",
        "tijd_en_handeling",
        "besluit_nu",
        "werkt_aan",
        "toezegging",
        "verkenning_nu",
    }
)
# A named person, or a role the government appoints, acting for it: "Thea Koster zal ...
# vanuit haar rol als Voorzitter Techniekpact ...", "de kwartiermaker zal ...".
_PERSON_NAME = re.compile(
    r"^(?:[A-Z][a-zà-ÿ]+\s+){1,2}(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zà-ÿ]+\b"
)
_APPOINTED = re.compile(
    r"\b(?:voorzitter|kwartiermaker|gezant|regeringscommissaris|coördinator|regisseur|"
    r"programmadirecteur|taskforce|aanjager|ambassadeur|speciaal\s+vertegenwoordiger|"
    r"(?:haar|zijn)\s+rol\s+als)\b",
    _I,
)


def _acts_for_government(subject: str) -> bool:
    return bool(_PERSON_NAME.match(subject.strip()) or _APPOINTED.search(subject))


# Things, not actors, that "take place", "start" or "appear": "een evaluatie zal plaatsvinden".
# Each leading word is matched atomically: "de" fits both "de" and "\w+e", and without
# the atomic group "de de de ... x" backtracks through 2**n ways (a hang at n = 20).
_EVENT_SUBJECT = re.compile(
    rf"^(?:(?>(?:de|het|een|deze|die|dit|nieuwe?|eerste|tweede|volgende|landelijke|"
    rf"onafhankelijke|\w+e)\s+))*\w*(?:{lexicon.DELIVERABLES}|overleg|gesprek|gesprekken|"
    rf"overleggen|bijeenkomst|bijeenkomsten|consultatie|internetconsultatie|pilot|pilots|proef|"
    rf"experiment|herziening|evaluaties|onderzoeken|werkbezoek|ronde|dialoog|sessie|sessies|"
    rf"conferentie|top|tranche|subsidieronde|inventarisatie|uitvraag|aanbesteding)\b",
    _I,
)
_GAAN_NOUN = re.compile(
    r"\bin\s+(?:gesprek|overleg|consultatie|beroep)\b|\bvan\s+start\b"
    r"|\bna\s+(?:of|hoe|welke|wat|waar|wie|in\s+hoeverre)\b",  # "ga ik na of ...": nagaan
    _I,
)
_EVENT_VERBS = frozenset("plaatsvinden komen volgen starten verschijnen beginnen".split())
_NEEDS_INFINITIVE = {"toekomst", "gaan_doen", "willen", "doorlopend"}


# Where the verb cluster of a clause has ended: a purpose clause or an embedded
# question or object clause begins ("wil verkennen ... hoe ...", "zal bezien of ...").
_VERB_CLUSTER_END = re.compile(
    r"\b(?:om|hoe|waarom|of|wat|wie|welke|waar|wanneer|zodat|omdat|doordat|terwijl|nadat|zodra|"
    r"indien|waarmee|waarbij|waarna|waarin|waarop|waardoor|dat)\b",
    _I,
)
_NOUN_BEFORE = frozenset(
    "de het een deze die dit dat alle veel onze mijn haar zijn hun uw welke elke geen andere "
    "over met voor van in op aan bij naar door uit tot zonder tussen onder tegen via per".split()
)


_TOKEN = re.compile(r"[\wÀ-ÿ'-]+")


def _main_verb(after: str) -> str | None:
    """The infinitive that closes the verb cluster after a modal ("zal ... informeren").

    Infinitives after "te" belong to a purpose or object clause ("om ... te
    verkennen") and are skipped; a word after an article is a noun.
    """
    segment = _VERB_CLUSTER_END.split(after, maxsplit=1)[0]
    tokens = _TOKEN.findall(segment)
    known = None
    guess = None
    for k, token in enumerate(tokens):
        word = token.lower()
        prev = tokens[k - 1].lower() if k else ""
        if prev == "te" or not word.endswith("n") or len(word) < 4:
            continue
        if word in _VERB_WORDS:
            known = word
        elif (
            word.endswith("en")
            and prev not in _NOUN_BEFORE
            and token[:1].islower()
            and not word.endswith(("ingen", "heden"))
        ):
            guess = word
    return known or guess


_VERB_WORDS = (
    lexicon.INFINITIVES
    | lexicon.COPULAS
    | lexicon.FORECAST_VERBS
    | lexicon.DISCOURSE_VERBS
    | {"worden"}
)


_GOV_AT_START = re.compile(rf"^(?:{GOV_AFTER}|(?:mijn|ons|het)\s+ministerie)\b", _I)


def _plausible_present(fin: str, before: str, after: str, agency: bool = False) -> bool:
    """For present-tense rules: is the verb the finite verb of a government subject?

    Either the subject follows it ("Voor de zomer stuur ik ...") or it stands
    right before it ("Defensie start in 2024 ...", "... dat het kabinet ... werkt").
    With `agency`, an executive agency of a ministry counts too ("De IND zet de
    komende maanden een taskforce in").
    """
    right = after.strip()
    if _GOV_AT_START.match(right) or office_at_start(right):
        return True
    left = before.strip(" ,")
    last = _last_subordinator(left)
    if last is not None:
        left = left[last.end() :].strip()
    left = left.split(",")[-1].strip()
    if not left or len(left.split()) > 8:
        return False
    kind = classify(left)
    return kind == ActorKind.GOVERNMENT or (agency and kind == ActorKind.AGENCY)


def _is_passive(after: str) -> bool:
    segment = after
    stop = SUBORDINATOR.search(after)
    if stop and stop.start() > 0:
        segment = after[: stop.start()]
    return bool(re.search(r"\b(?:worden|word)\b", segment, _I)) and bool(
        lexicon.PARTICIPLE.search(segment)
    )


def _tier_a(m: re.Match[str]) -> bool:
    ptc = m.groupdict().get("ptc")
    return bool(ptc and re.fullmatch(lexicon.ACTION_PARTICIPLES_A, ptc, _I))


def _new_thing(clause: str, fin_end: int, time: TimeHint) -> bool:
    """A present passive announces something when it is timed or introduces a new thing."""
    if time.future:
        return True
    after = clause[fin_end:].lower()
    if re.match(r"\s*(?:er\s+)?(?:\S+\s+){0,3}?(?:een|nieuwe?)\b", after):
        return True
    return bool(re.search(r"\bnaar\s+verwachting\b|\bverder\b", clause, _I))


def _negation_scope(clause: str, fin_start: int, match_end: int) -> str:
    """The part of the clause a negation must stand in to negate the announcement."""
    left = clause[:fin_start]
    sub = _last_subordinator(left)
    start = sub.end() if sub is not None else 0
    rest = clause[fin_start:]
    stop = SUBORDINATOR.search(rest, max(0, match_end - fin_start))
    end = fin_start + (stop.start() if stop else len(rest))
    return clause[start:end]


def _actor(
    rule: Rule, clause: str, fin_start: int, fin_end: int, passive: bool, prefix: str = ""
) -> tuple[ActorKind, str]:
    if passive:
        m = DOOR_AGENT.search(clause)
        if m:
            agent = m.group("agent")
            kind = classify(agent)
            if kind == ActorKind.WORLD:
                return ActorKind.NONE, ""
            return kind, agent.strip()
        # "De Minister ... wordt gevraagd": no agent named, the government acts
        return ActorKind.NONE, ""
    if rule.name == "ontvangt_van_ons":
        # the subject receives; who gives is named by "van ...", else it is the government
        giver = re.search(r"\bvan\s+((?:de|het)\s+[^,;:]{1,60})", clause[fin_end:], _I)
        return (classify(giver.group(1)), giver.group(1)) if giver else (ActorKind.NONE, "")
    subject = _subject(clause, fin_start, fin_end, prefix)
    if EXPLETIVE_ER.match(subject):
        # "Er zal in het voorjaar een overleg plaatsvinden": nobody is named as actor
        return ActorKind.NONE, ""
    return classify(subject), subject.strip()


def _subject(clause: str, fin_start: int, fin_end: int, prefix: str = "") -> str:
    """The subject of the finite verb at [fin_start, fin_end) in a clause (a heuristic).

    `prefix` is the sentence before the clause: "Het kabinet, dat ..., zal" has
    its subject there.
    """
    left = clause[:fin_start]
    right = clause[fin_end:]
    if left.strip() and INVERTED_FIRST_PERSON.match(right):
        # "Wanneer dit onderzoek is afgerond zal ik ...": a first person right after the
        # finite verb is its inverted subject (a subordinate clause puts its verb last)
        return INVERTED_FIRST_PERSON.match(right).group(1)
    last = _last_subordinator(left)
    if last is not None:
        rest = left[last.end() :].strip()
        word = last.group(0).lower()
        if word in ("die", "welke", "wie", "wat") and (not rest or ADVERBIAL_START.match(rest)):
            return word
        if rest:
            return rest
    if LEFT_PRONOUN.fullmatch(left):
        # "Ik verwacht u ... toe te sturen": the pronoun before the verb is the
        # subject; the one after it ("u") is an object, not an inverted subject.
        return left.strip()
    pronoun = PRONOUN_SUBJECT.match(right)
    if pronoun and pronoun.group(0).strip().lower() == "u" and not _after_adverbial(left):
        # "De staatssecretaris zal u hierover informeren": "u" is the object
        pronoun = None
    if pronoun:
        return office_at_start(right) or pronoun.group(0).strip()
    parts = [p.strip() for p in left.split(",") if p.strip()]
    if (
        len(parts) > 1
        and classify(left) != ActorKind.GOVERNMENT
        and not ADVERBIAL_START.match(parts[-1])
    ):
        return parts[-1][:160]  # "Ja, ik zeg toe ..."
    left = left.strip(" ,")
    if not left and prefix.strip():
        first = re.split(r"[,;:]", prefix.strip(), maxsplit=1)[0].strip()
        if first and not ADVERBIAL_START.match(first) and not SUBORDINATOR.match(first):
            return first[:160]
    if not left or ADVERBIAL_START.match(left):
        right = right.strip()
        pp = _LEADING_PP.match(right)
        if pp:
            # "In het voorjaar start in Ter Apel en Budel een pilot": the subject is "een pilot"
            right = right[pp.end() :]
        return right[:80]
    return left[:160]


def _after_adverbial(left: str) -> bool:
    """Nothing, or only an adverbial phrase, stands before the finite verb."""
    left = left.strip(" ,")
    return not left or bool(ADVERBIAL_START.match(left))


# A place or partner phrase before an inverted subject: "in Ter Apel en Budel", "in de
# regio's Groningen en Twente", "bij het COA" (up to the next article).
_LEADING_PP = re.compile(
    r"^(?:in|op|bij|binnen|vanuit|via|onder|samen\s+met|met)\s+(?:(?:de|het)\s+)?"
    r"(?:[^\s,]+\s+){1,6}?(?=(?:een|de|het)\s)",
    _I,
)


def _words(m: re.Match[str], clause: str, main_verb: str | None) -> str:
    """The firing words, compressed for a cue: "zal ... informeren"."""
    fired = re.sub(r"\s+", " ", m.group(0).strip())
    if main_verb and main_verb not in fired.lower().split():
        return f"{fired} ... {main_verb}"
    parts = fired.split()
    if len(parts) > 4:
        return f"{' '.join(parts[:2])} ... {' '.join(parts[-2:])}"
    return fired
