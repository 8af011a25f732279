"""The rules: when does a sentence of an answer announce something the government will do?

Each rule is a named Dutch pattern with an example. A rule *fires* on a clause;
whether the firing counts depends on who acts (see `actors.py`), on time
(`timeframes.py`), and on the blockers at the bottom of this module (negation,
forecasts, conditions, the answer talking about itself, the past).

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
from tracker.extract.timeframes import SentenceTimes, TimeHint, might_have_time

_I = re.IGNORECASE
_W = r"(?:\s+\S+)"  # one more word
_KAMER = r"(?:(?:uw|de|het)\s+(?:(?:tweede|eerste)\s+)?kamer|\bu)\b"
_GOV_AFTER = r"(?:ik|wij|we|het\s+kabinet|de\s+minister|de\s+staatssecretaris|de\s+regering)"


@dataclass(frozen=True)
class Rule:
    """A named pattern that can announce a commitment.

    `needs` says who may act for the firing to count:
      "government" - the subject is the government (or, with a time ahead, an
                     agency, a named person acting for it, or a pronoun);
      "passive"    - a passive: nobody else may be named as agent ("door ...");
      "house"      - the House is the subject: "Uw Kamer ontvangt ...";
      "any"        - anyone but a third party, the House or a forecast noun.
    `timed` says the firing counts only with a time phrase that lies ahead.
    """

    name: str
    label: str  # Dutch, shown in the cue: "aankondiging", "toezegging de Kamer te informeren"
    pattern: re.Pattern[str]
    example: str
    needs: str = "government"
    timed: bool = False
    kamer: bool = False  # the clause must name the House ("uw Kamer", "de Kamer", "u")


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


RULES: tuple[Rule, ...] = (
    Rule(
        "toezegging",
        "uitdrukkelijke toezegging",
        _r(
            rf"\b(?P<fin>zeg|zeggen|zegt)\b{_W}{{0,10}}?\s+toe\b|\btoe\s+te\s+zeggen\b"
            rf"|\b(?P<fin2>doe|doen|doet)\b{_W}{{0,4}}?\s+(?:de|een|deze)\s+toezegging\b"
        ),
        "Ik zeg uw Kamer toe dat ik de regeling voor 1 januari aanpas.",
    ),
    Rule(
        "kamer_informeren",
        "toezegging de Kamer te informeren",
        _r(
            rf"\b(?P<fin>zal|zullen|ga|gaat|gaan|wil|willen|verwacht|verwachten|streef|streven|"
            rf"ben|is|zijn|kan|kunnen)\b{_W}{{0,16}}?\s+(?:te\s+)?(?P<verb>informeren|inlichten|berichten|"
            rf"rapporteren|toesturen|toezenden|(?:toe\s+te\s+)?(?:sturen|zenden)|doen\s+toekomen|delen|"
            rf"aanbieden|meedelen|laten\s+weten|op\s+de\s+hoogte\s+(?:te\s+)?(?:houden|stellen|"
            rf"brengen))\b"
        ),
        "Ik zal uw Kamer voor de zomer informeren over de uitkomsten.",
        kamer=True,
    ),
    Rule(
        "kamer_informeren_nu",
        "toezegging de Kamer te informeren",
        _r(
            rf"\b(?P<fin>informeer|informeert|informeren|stuur|stuurt|sturen|zend|zendt|zenden|deel|deelt|"
            rf"toestuur|toestuurt|toezend|toezendt|"
            rf"bied|biedt|bieden|houd|houdt|houden|rapporteer|rapporteert|rapporteren|verstuur|"
            rf"verstuurt|versturen)\b(?:\s+{_GOV_AFTER})?{_W}{{0,6}}?\s+{_KAMER}"
            rf"|\b(?:ik|wij|we)\s+{_KAMER}\s+(?:\S+\s+){{0,6}}?(?P<fin2>informeer|informeren|stuur|"
            rf"sturen|toestuur|toesturen|toezend|toezenden|zend|zenden)\b"
        ),
        "Voor de zomer stuur ik uw Kamer de evaluatie.",
        kamer=True,
    ),
    Rule(
        "kamer_geinformeerd",
        "toezegging de Kamer te informeren",
        _r(
            rf"{_KAMER}\s+(?P<fin>wordt|zal|zullen)\b{_W}{{0,14}}?\s+(?:geïnformeerd|ingelicht|"
            rf"op\s+de\s+hoogte\s+(?:gehouden|gesteld|gebracht))"
            rf"|\b(?P<fin2>zal|zullen|wordt)\s+(?:\S+\s+){{0,4}}?{_KAMER}{_W}{{0,10}}?\s+"
            rf"(?:geïnformeerd|ingelicht|op\s+de\s+hoogte\s+(?:gehouden|gesteld|gebracht))"
        ),
        "Op basis van die evaluatie zal de Kamer geïnformeerd worden.",
        needs="passive",
    ),
    Rule(
        "kamer_ontvangt",
        "de Kamer ontvangt",
        _r(
            r"\b(?P<fin>ontvangt|ontvangen|krijgt|krijgen)\s+(?:u|uw\s+kamer|de\s+kamer)\b"
            r"|\b(?:u|uw\s+kamer|de\s+kamer)\s+(?P<fin2>ontvangt|krijgt)\b"
            rf"|\b(?P<fin3>zal|zult|zullen)\s+(?:u|uw\s+kamer|de\s+kamer)\b{_W}{{0,10}}?\s+"
            r"(?:ontvangen|krijgen|tegemoet\s+(?:kunnen\s+)?zien)\b"
        ),
        "Uw Kamer ontvangt de evaluatie in het najaar van 2023.",
        needs="house",
    ),
    Rule(
        "terugkomen",
        "terugkomen op de zaak",
        _r(
            rf"\b(?P<fin>kom|komt|komen|zal|zullen|ga|gaat)\b{_W}{{0,14}}?\s+(?:(?:(?:hier|daar|er)?op)"
            r"(?:\s+(?:deze|die|dit|dat|het|de|uw|een)\s+(?:\S+\s+){0,2}?\S+)?\s+terug(?:\s*(?:te\s+)?"
            r"komen)?|terug\s*(?:te\s+)?komen\s+op)\b"
        ),
        "De Minister komt hier in het Nationaal Programma Onderwijs op terug.",
    ),
    Rule(
        "onderzoek_laten_doen",
        "onderzoek of evaluatie laten doen",
        _r(
            rf"\b(?P<fin>laat|laten)\b{_W}{{0,10}}?\s+(?:onderzoek\s+(?:doen|uitvoeren|verrichten)|"
            r"(?:onderzoeken|evalueren|uitzoeken|doorrekenen|doorlichten|analyseren|inventariseren|"
            r"in\s+kaart\s+brengen|verkennen|toetsen|uitvoeren|opstellen|monitoren|ontwikkelen|"
            r"uitwerken|opzetten|inrichten))\b"
        ),
        "Ik laat onderzoek doen naar de oorzaken van de wachttijden.",
    ),
    Rule(
        "advies_uitbrengen",
        "aangekondigd advies",
        _r(
            rf"\b(?P<fin>zal|zullen|gaat|gaan|wordt|worden)\b{_W}{{0,22}}?\s+(?:een\s+)?advies\b"
            rf"{_W}{{0,4}}?\s+(?:uitbrengen|uitgebracht|geven|opleveren|gevraagd|vragen)\b"
        ),
        "De voorzitter zal daar dit voorjaar een advies over uitbrengen.",
        needs="any",
        timed=True,
    ),
    Rule(
        "toekomst",
        "aankondiging",
        _r(r"\b(?P<fin>zal|zullen|zult)\b"),
        "Het kabinet zal in gesprek gaan met instellingen en partners.",
    ),
    Rule(
        "toekomst_passief",
        "aangekondigde handeling (lijdende vorm)",
        _r(
            r"\b(?P<fin>zal|zullen)\b(?=.*\b(?:worden|word)\b)|\b\w+\s+(?P<fin2>zal|zullen)\s+worden\b"
        ),
        "Nagegaan zal worden waar relevante verbindingen liggen.",
        needs="passive",
    ),
    Rule(
        "gaan_doen",
        "aankondiging met 'gaan'",
        _r(
            r"\b(?P<fin>ga|gaat|gaan)\b(?!\s+(?:het\s+)?(?:om|over|uit|gepaard|mis|goed|fout|"
            r"verloren|samen)\b)"
        ),
        "Ik ga met de VNG in gesprek over de uitvoering.",
    ),
    Rule(
        "voornemen",
        "voornemen",
        _r(
            rf"\b(?P<fin>ben|is|zijn)\b{_W}{{0,3}}?\s+(?:voornemens|van\s+plan|bereid)\b"
            r"|\b(?:het|mijn|ons|dit)\s+voornemen\b|\bvoornemen\s+(?:om|is|bestaat)\b"
            rf"|\b(?P<fin2>streef|streeft|streven)\b{_W}{{0,3}}?\s+ernaar\b|\bhet\s+streven\s+is\b"
            r"|\b(?P<fin3>beoog|beoogt|beogen)\b"
            r"|\b(?:mijn|onze)\s+inzet\s+is\s+(?:om|erop\s+gericht)\b"
            r"|\b(?:het\s+is\s+)?(?:mijn|onze|de)\s+(?:intentie|bedoeling)\s+(?:is\s+)?om\b"
            r"|\b(?P<fin4>heb|heeft|hebben)\s+(?:\S+\s+){0,3}?(?:de\s+intentie|het\s+voornemen|"
            r"de\s+bedoeling|het\s+plan)\s+om\b"
        ),
        "Ik ben voornemens de subsidieregeling per 1 januari 2024 aan te passen.",
    ),
    Rule(
        "willen",
        "voornemen",
        _r(r"\b(?P<fin>wil|willen)\b"),
        "De Minister wil verkennen met de betrokken partijen hoe dit kan worden gestimuleerd.",
    ),
    Rule(
        "gepland",
        "gepland of beoogd",
        _r(
            r"\b(?P<fin>is|wordt|zijn|worden|staat|staan)\s+(?:\S+\s+){0,5}?(?:beoogd|voorzien|"
            r"gepland|ingepland|geagendeerd|voorgenomen|verwacht)\s+(?:(?:om\s+)?(?:\S+\s+){0,3}te\s+|"
            r"voor|in|per|op|rond|begin|medio|eind|na|uiterlijk|vóór)\b"
        ),
        "Uitbreiding naar de doelgroep van de Participatiewet is voorzien voor 1 juli 2021.",
        needs="passive",
        timed=True,
    ),
    Rule(
        "inwerkingtreding",
        "beoogde inwerkingtreding",
        _r(
            r"\bin\s*werking\s+(?:te\s+)?treden\b|\b(?P<fin>treedt|treden)\b(?:\s+\S+){0,8}?\s+in\s+"
            r"werking\b|\binwerkingtreding\b"
            r"|\b(?P<fin2>wordt|worden|treedt|treden)\b(?:\s+\S+){0,8}?\s+van\s+kracht\b"
        ),
        "De wet treedt naar verwachting op 1 januari 2025 in werking.",
        needs="passive",
        timed=True,
    ),
    Rule(
        "verwachte_levering",
        "verwachte oplevering",
        _r(
            r"\b(?P<fin>wordt|worden)\s+(?:\S+\s+){0,3}?verwacht\b"
            r"|\bnaar\s+verwachting\b(?:\s+\S+){0,10}?\s+(?:opgeleverd|afgerond|gereed|klaar|"
            r"gepubliceerd|verschijnen|verschijnt|verstuurd|gestart|van\s+start|beschikbaar|"
            r"gelanceerd|ingediend|aangeboden|vastgesteld|uitgebracht|de\s+markt\s+op|voorgehangen|"
            r"voorgelegd|verzonden|toegezonden|gestuurd|aangepast|ingevoerd|geëvalueerd)\b"
            rf"|\bverwachting\s+is\s+(?:\S+\s+){{0,3}}?dat\s+(?:\S+\s+){{0,6}}?\w*(?:{lexicon.DELIVERABLES})"
            r"\b(?:\s+\S+){0,10}?\s+(?P<fin2>gereed|klaar|afgerond|beschikbaar|gepubliceerd|"
            r"opgeleverd|verschijnt|verschijnen)\b"
        ),
        "De volgende voortgangsrapportage wordt verwacht in het voorjaar van 2021.",
        needs="passive",
        timed=True,
    ),
    Rule(
        "verwachting_eigen_handeling",
        "verwachte eigen handeling",
        _r(
            rf"\b(?P<fin>verwacht|verwachten)\b{_W}{{0,14}}?\s+te\s+(?:kunnen\s+)?\w+"
            rf"|\b(?P<fin2>verwacht|verwachten)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){{0,3}}?"
            rf"(?:het|de|een|mijn|ons|onze)\s+(?:\w+\s+)?(?:{lexicon.DELIVERABLES})\b"
        ),
        "Ik verwacht uw Kamer in het najaar te kunnen informeren over de resultaten.",
        timed=True,
    ),
    Rule(
        "volgt",
        "aangekondigde reactie of stuk",
        _r(
            rf"\b(?:{lexicon.DELIVERABLES})\b(?:\s+\S+){{0,14}}?\s+(?P<fin>volgt|volgen|verschijnt|"
            rf"verschijnen)\b(?!\s+(?:uit|dat)\b)"
            rf"|\b(?P<fin2>volgt|volgen|verschijnt|verschijnen)\b(?:\s+\S+){{0,8}}?\s+(?:een|de|het|"
            rf"mijn|onze|nog)\s+(?:\w+\s+)?(?:{lexicon.DELIVERABLES})\b"
        ),
        "Een inhoudelijke reactie op de tussenadviezen volgt na de verkiezingen.",
        needs="any",
    ),
    Rule(
        "in_voorbereiding",
        "in voorbereiding",
        _r(
            r"\b(?P<fin>is|zijn|wordt|worden)\s+(?:er\s+)?(?:\S+\s+){0,6}?in\s+(?:de\s+maak|"
            r"voorbereiding|ontwikkeling)\b|\b(?P<fin2>wordt|worden)\s+(?:er\s+)?(?:\S+\s+){0,3}?"
            r"gewerkt\s+aan\b|\b(?P<fin3>wordt)\s+(?:er\s+)?(?:\S+\s+){0,3}?de\s+laatste\s+hand\s+"
            r"gelegd\s+aan\b"
        ),
        "Voor het verstrekken van de middelen zijn regelingen in de maak.",
        needs="passive",
    ),
    Rule(
        "werkt_aan",
        "werkt aan iets nieuws",
        _r(
            r"\b(?P<fin>werk|werkt|werken)\s+(?!samen\b)(?:\S+\s+){0,4}?aan\s+(?:de|het|een)\s+"
            r"(?:\S+\s+)?(?:door|verder|her)?(?:ontwikkeling|uitwerking|totstandkoming|voorbereiding|opzet|opstelling|"
            r"inrichting|herziening|vormgeving|wijziging|aanpassing|invulling|implementatie|nieuwe?|"
            r"wetsvoorstel|plan|voorstel|regeling)\b"
            r"|\b(?P<fin2>ben|is|zijn)\s+(?:\S+\s+){0,3}?bezig\s+met\b"
            r"|\b(?P<fin3>leg|legt|leggen)\s+(?:\S+\s+){0,3}?de\s+laatste\s+hand\s+aan\b"
        ),
        "Het kabinet werkt momenteel aan de ontwikkeling van een scholingsportal.",
    ),
    Rule(
        "passief_handeling",
        "aangekondigde handeling (lijdende vorm)",
        _r(
            rf"\b(?P<fin>wordt|worden)\b(?:\s+\S+){{0,16}}?\s+(?P<ptc>{lexicon.ACTION_PARTICIPLES_A}|"
            rf"{lexicon.ACTION_PARTICIPLES_B})\b"
        ),
        "Om de bekendheid te vergroten wordt er een informatieportaal ingericht.",
        needs="passive",
    ),
    Rule(
        "passief_met_termijn",
        "aangekondigde handeling met termijn (lijdende vorm)",
        _r(
            r"\b(?P<fin>wordt|worden)\b(?:\s+\S+){0,14}?\s+"
            r"(?P<ptc>\w*ge\w{3,}(?:d|t)|ver\w{3,}(?:d|t)|\w{3,}eerd)\b"
        ),
        "In 2025 wordt het aantal plaatsen verdubbeld tot 700.",
        needs="passive",
        timed=True,
    ),
    Rule(
        "tijd_en_handeling",
        "handeling met termijn",
        _r(rf"\b(?P<fin>{lexicon.PRESENT_ACTION_VERBS})\b"),
        "In 2022 start ik met een pilot in drie regio's.",
        timed=True,
    ),
    Rule(
        "besluit_nu",
        "aangekondigde wijziging",
        _r(
            r"\b(?P<fin>breid|breidt|breiden)\b(?=(?:\s+\S+){0,14}?\s+uit\b)"
            r"|\b(?P<fin2>voer|voert|voeren)\b(?=(?:\s+\S+){0,14}?\s+in\b(?!\s+op\b))"
            r"|\b(?P<fin3>pas|past|passen)\b(?=(?:\s+\S+){0,14}?\s+aan\b(?!\s+(?:bij|op)\b))"
            r"|\b(?P<fin4>richt|richten)\b(?=(?:\s+\S+){0,14}?\s+in\b[.,;]?(?:\s|$))"
            r"|\b(?P<fin5>stel|stelt|stellen)\b(?=(?:\s+\S+){0,14}?\s+(?:beschikbaar|open)\b)"
            r"|\b(?P<fin6>maak|maakt|maken)\b(?=(?:\s+\S+){0,14}?\s+(?:vrij|beschikbaar)\b)"
            r"|\b(?P<fin7>schaf|schaft|schaffen|neem|neemt|nemen)\b(?=(?:\s+\S+){0,14}?\s+(?:af|over)"
            r"\b(?!\s+(?:de|het|een)\b))"
            r"|\b(?P<fin8>verhoog|verhoogt|verhogen|verlaag|verlaagt|verlagen|verleng|verlengt|"
            r"verlengen|lanceer|lanceert|lanceren|introduceer|introduceert|introduceren)\b"
        ),
        "Daarom breid ik het programma Preventie met Gezag uit naar tien extra gemeenten.",
    ),
    Rule(
        "verkenning_nu",
        "verkenning of onderzoek",
        _r(
            r"\b(?P<fin>verken|verkent|verkennen|bezie|beziet|onderzoek|onderzoekt|"
            r"inventariseer|inventariseert|inventariseren)\b"
            r"|\b(?P<fin2>zoek|zoekt|zoeken)\b(?=(?:\s+\S+){0,12}?\s+uit\b)"
        ),
        "Daarnaast verken ik met UWV of gepensioneerde artsen tijdelijk kunnen worden ingezet.",
    ),
    Rule(
        "doorlopend",
        "doorlopende inzet",
        _r(
            r"\b(?P<fin>blijf|blijft|blijven)\b(?!\s+(?:\S+\s+){0,3}?(?:bestaan|gelden|staan|liggen|"
            r"van\s+kracht|nodig|mogelijk|beschikbaar|belangrijk|van\s+belang)\b)"
            r"|\b(?P<fin2>houd|houdt|houden)\b(?:\s+\S+){0,8}?\s+(?:gaande|in\s+de\s+gaten|"
            r"vinger\s+aan\s+de\s+pols|nauwlettend)"
        ),
        "OCW blijft samen met de onderwijskoepels monitoren hoe de situatie zich ontwikkelt.",
    ),
    Rule(
        "meenemen",
        "meenemen in vervolg",
        _r(rf"\b(?P<fin>neem|neemt|nemen)\b{_W}{{0,12}}?\s+mee\b"),
        "Ik neem deze suggestie mee in de evaluatie van de wet.",
    ),
    Rule(
        "inzet",
        "inspanning",
        _r(
            r"\b(?P<fin>zet|zetten)\s+(?:\S+\s+){0,2}?(?:mij|me|ons|zich)\s+(?:\S+\s+){0,8}?in\b"
            r"|\b(?P<fin2>span|spant|spannen)\s+(?:\S+\s+){0,2}?(?:mij|me|ons|zich)\b"
            r"|\b(?P<fin3>maak|maakt|maken)\s+(?:\S+\s+){0,2}?(?:mij|me|ons|zich)\s+(?:\S+\s+){0,6}?"
            r"sterk\b"
        ),
        "Ik zet mij er dit jaar voor in dat iedere student een stageplek vindt.",
        timed=True,
    ),
    Rule(
        "verzoek",
        "verzoek aan een partij",
        _r(
            rf"\b(?P<fin>vraag|vragen|verzoek|verzoeken)\s+{_GOV_AFTER}\s+(?!(?:me|mij|ons|u|uw)\b)"
            r"|\b(?:ik|wij|we)\s+(?P<fin2>vraag|vragen|verzoek|verzoeken)\s+(?!(?:me|mij|ons|u|uw)\b)"
        ),
        "Ik vraag de NZa om voor de zomer een uitvoeringstoets uit te voeren.",
    ),
    Rule(
        "besluit",
        "besluit om te handelen",
        _r(
            r"\b(?P<fin>kies|kiest|kiezen)\s+(?:\S+\s+){0,3}?ervoor\b|\b(?P<fin2>besluit|besluiten)\s+"
            r"(?:ik|wij|we|het\s+kabinet)\b"
        ),
        "Het kabinet kiest ervoor om de regeling met een jaar te verlengen.",
    ),
    Rule(
        "er_komt",
        "er komt iets nieuws",
        _r(
            r"\ber\s+(?P<fin>komt|komen)\s+(?:\S+\s+){0,3}?(?:een|nieuwe?)\b"
            r"|\b(?P<fin2>komt|komen)\s+er\s+(?:\S+\s+){0,3}?(?:een|nieuwe?)\b"
        ),
        "Er komt een landelijk meldpunt voor discriminatie op de arbeidsmarkt.",
        needs="any",
    ),
    Rule(
        "evenement",
        "aangekondigde gebeurtenis",
        _r(
            r"(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)\b(?P<fin>start|starten|begint|beginnen|verschijnt|"
            r"verschijnen)\b"
            r"|\b(?P<fin2>vindt|vinden)\b(?=(?:\s+\S+){0,12}?\s+plaats\b)"
            r"|\b(?P<fin3>gaat|gaan)\s+(?:\S+\s+){0,6}?van\s+start\b"
        ),
        "In mei start een campagne om jongeren te wijzen op de risico's van lachgas.",
        timed=True,
    ),
    Rule(
        "in_gesprek_om",
        "gesprekken met een aangekondigde uitkomst",
        _r(
            r"\b(?P<fin>ben|is|zijn|ga|gaat|gaan)\b(?:\s+\S+){0,8}?\s+in\s+(?:gesprek|overleg)\b"
            r"(?:\s+\S+){0,8}?\s+om\b(?:\s+\S+){0,8}?\s+(?:uit\s+te\s+werken|te\s+komen\s+tot|"
            r"te\s+bepalen|te\s+ontwikkelen|te\s+verkennen|te\s+bezien|te\s+onderzoeken|"
            r"af\s+te\s+spreken|op\s+te\s+stellen|vast\s+te\s+stellen|te\s+maken)\b"
        ),
        "Momenteel zijn mijn collega's met de sector in gesprek om gezamenlijk uit te werken "
        "hoe de aanbevelingen worden opgevolgd.",
    ),
    Rule(
        "ontvangt_van_ons",
        "aangekondigde toezending of toekenning",
        _r(
            r"\b(?P<fin>ontvangt|ontvangen|krijgt|krijgen)\b(?:\s+\S+){0,8}?\s+(?:de|een|hun|het|zijn|"
            r"haar)\s+(?:\w+\s+)?\w*?(?:beschikkingen|beschikking|toekenning\w*|"
            r"uitnodiging|bijdrage|vergoeding|compensatie|uitkering|tegemoetkoming|middelen|"
            r"bericht|brief|besluit|besluiten|antwoord|reactie|terugkoppeling|uitbetaling)\b"
        ),
        "De instellingen ontvangen met Prinsjesdag de beschikkingen.",
        needs="any",
        timed=True,
    ),
    Rule(
        "komt_beschikbaar",
        "middelen komen beschikbaar",
        _r(r"\b(?P<fin>komt|komen)\b(?:\s+\S+){0,10}?\s+beschikbaar\b"),
        "In 2022 komt 20 miljoen euro beschikbaar voor de regeling.",
        needs="any",
        timed=True,
    ),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}


def _words_of(alternation: str) -> frozenset[str]:
    return frozenset(w for w in alternation.split("|") if w.isalpha())


_KAMER_WORDS = frozenset({"kamer", "u"})
# A rule's pattern is tried on a clause only when the clause has a word of each of
# its key sets: a cheap screen that keeps extraction fast (see benchmarks/).
RULE_KEYS: dict[str, tuple[frozenset[str], ...]] = {
    "toezegging": (frozenset({"zeg", "zeggen", "zegt", "toezegging"}),),
    "kamer_informeren": (
        frozenset(
            {
                "informeren",
                "inlichten",
                "berichten",
                "rapporteren",
                "toesturen",
                "toezenden",
                "sturen",
                "zenden",
                "toekomen",
                "aanbieden",
                "meedelen",
                "weten",
                "hoogte",
                "delen",
            }
        ),
        _KAMER_WORDS,
    ),
    "kamer_informeren_nu": (
        frozenset(
            {
                "informeer",
                "informeert",
                "informeren",
                "stuur",
                "stuurt",
                "sturen",
                "zend",
                "zendt",
                "zenden",
                "deel",
                "deelt",
                "toestuur",
                "toestuurt",
                "toezend",
                "toezendt",
                "bied",
                "biedt",
                "bieden",
                "houd",
                "houdt",
                "houden",
                "rapporteer",
                "rapporteert",
                "rapporteren",
                "verstuur",
                "verstuurt",
                "versturen",
                "toesturen",
                "toezenden",
            }
        ),
        _KAMER_WORDS,
    ),
    "kamer_geinformeerd": (frozenset({"geïnformeerd", "ingelicht", "hoogte"}), _KAMER_WORDS),
    "kamer_ontvangt": (frozenset({"ontvangt", "ontvangen", "krijgt", "krijgen"}), _KAMER_WORDS),
    "terugkomen": (frozenset({"terug", "terugkomen", "terugkomt"}),),
    "onderzoek_laten_doen": (frozenset({"laat", "laten"}),),
    "advies_uitbrengen": (frozenset({"advies"}),),
    "toekomst": (frozenset({"zal", "zullen", "zult"}),),
    "toekomst_passief": (frozenset({"zal", "zullen"}), frozenset({"worden", "word"})),
    "gaan_doen": (frozenset({"ga", "gaat", "gaan"}),),
    "voornemen": (
        frozenset(
            {
                "voornemens",
                "plan",
                "bereid",
                "voornemen",
                "streef",
                "streeft",
                "streven",
                "ernaar",
                "beoog",
                "beoogt",
                "beogen",
                "inzet",
                "intentie",
                "bedoeling",
            }
        ),
    ),
    "willen": (frozenset({"wil", "willen"}),),
    "gepland": (
        frozenset(
            {"beoogd", "voorzien", "gepland", "ingepland", "geagendeerd", "voorgenomen", "verwacht"}
        ),
    ),
    "inwerkingtreding": (frozenset({"werking", "inwerking", "inwerkingtreding", "kracht"}),),
    "verwachte_levering": (frozenset({"verwacht", "verwachting"}),),
    "verwachting_eigen_handeling": (frozenset({"verwacht", "verwachten"}),),
    "volgt": (frozenset({"volgt", "volgen", "verschijnt", "verschijnen"}),),
    "in_voorbereiding": (frozenset({"maak", "voorbereiding", "ontwikkeling", "gewerkt", "hand"}),),
    "werkt_aan": (frozenset({"werk", "werkt", "werken", "bezig", "hand"}),),
    "passief_handeling": (
        frozenset({"wordt", "worden"}),
        frozenset(
            """ingericht opgericht ingesteld geëvalueerd gesteld gemaakt vrijgemaakt gelanceerd
            gegaan getreden nagegaan bezien uitgezocht geïnventariseerd uitgewerkt opgeleverd
            opgezet
            verkend meegenomen gevraagd verzocht uitgenodigd gebracht aangeboden gestuurd verzonden
            toegezonden ontwikkeld opgesteld onderzocht gestart opgestart voortgezet verlengd
            uitgebreid aangepast ingevoerd herzien gepubliceerd verstuurd gesproken besproken
            georganiseerd gehouden afgerond uitgevoerd bekeken geïmplementeerd vastgesteld ingediend
            aangescherpt uitgerold gerealiseerd opgepakt geagendeerd voorbereid gemonitord
            geactualiseerd geïntensiveerd versterkt gefinancierd verstrekt toegekend opengesteld
            gepresenteerd gekeken overlegd verbeterd""".split()
        ),
    ),
    "passief_met_termijn": (frozenset({"wordt", "worden"}),),
    "tijd_en_handeling": (_words_of(lexicon.PRESENT_ACTION_VERBS),),
    "besluit_nu": (
        frozenset(
            {
                "breid",
                "breidt",
                "breiden",
                "voer",
                "voert",
                "voeren",
                "pas",
                "past",
                "passen",
                "richt",
                "richten",
                "stel",
                "stelt",
                "stellen",
                "maak",
                "maakt",
                "maken",
                "schaf",
                "schaft",
                "schaffen",
                "neem",
                "neemt",
                "nemen",
                "verhoog",
                "verhoogt",
                "verhogen",
                "verlaag",
                "verlaagt",
                "verlagen",
                "verleng",
                "verlengt",
                "verlengen",
                "lanceer",
                "lanceert",
                "lanceren",
                "introduceer",
                "introduceert",
                "introduceren",
            }
        ),
    ),
    "verkenning_nu": (
        frozenset(
            {
                "verken",
                "verkent",
                "verkennen",
                "bezie",
                "beziet",
                "onderzoek",
                "onderzoekt",
                "inventariseer",
                "inventariseert",
                "inventariseren",
                "zoek",
                "zoekt",
                "zoeken",
            }
        ),
    ),
    "doorlopend": (frozenset({"blijf", "blijft", "blijven", "houd", "houdt", "houden"}),),
    "meenemen": (frozenset({"mee"}),),
    "inzet": (
        frozenset({"zet", "zetten", "span", "spant", "spannen", "maak", "maakt", "maken"}),
        frozenset({"mij", "me", "ons", "zich"}),
    ),
    "verzoek": (frozenset({"vraag", "vragen", "verzoek", "verzoeken"}),),
    "besluit": (frozenset({"kies", "kiest", "kiezen", "besluit", "besluiten"}),),
    "er_komt": (frozenset({"komt", "komen"}), frozenset({"er"})),
    "evenement": (
        frozenset(
            {
                "start",
                "starten",
                "begint",
                "beginnen",
                "verschijnt",
                "verschijnen",
                "vindt",
                "vinden",
                "gaat",
                "gaan",
            }
        ),
    ),
    "komt_beschikbaar": (frozenset({"beschikbaar"}), frozenset({"komt", "komen"})),
    "in_gesprek_om": (frozenset({"gesprek", "overleg"}), frozenset({"om"})),
    "ontvangt_van_ons": (frozenset({"ontvangt", "ontvangen", "krijgt", "krijgen"}),),
}
_ALL_KEYS = frozenset().union(*(keys[0] for keys in RULE_KEYS.values()))
_SCREENED = tuple((rule, RULE_KEYS[rule.name]) for rule in RULES)
# word -> indexes (in RULES) of the rules whose first key set holds it
_RULES_BY_WORD: dict[str, list[int]] = {}
for _index, (_rule, _keys) in enumerate(_SCREENED):
    for _word in _keys[0]:
        _RULES_BY_WORD.setdefault(_word, []).append(_index)


def _candidate_rules(words: set[str]) -> list[tuple[Rule, tuple[frozenset[str], ...]]]:
    """The rules whose key sets all meet `words`, in the order of RULES."""
    indexes: set[int] = set()
    for word in _ALL_KEYS.intersection(words):  # the words some rule is keyed on
        indexes.update(_RULES_BY_WORD[word])
    out = []
    for index in sorted(indexes):
        rule, keys = _SCREENED[index]
        if len(keys) > 1 and keys[1].isdisjoint(words):
            continue
        out.append((rule, keys))
    return out


_WORD_RE = re.compile(r"[a-zà-ÿ]+")

# --- blockers ---------------------------------------------------------------

# Words that open a subordinate clause: the subject of a verb-final clause follows them.
# (Each of the patterns below opens with a lookahead for the first characters its
# alternatives can start with: an equivalent pattern whose scan skips most positions fast.)
_SUBORDINATOR = re.compile(
    r"(?=[dozwtihanvm])\b(?:dat|omdat|zodat|doordat|waardoor|terwijl|hoewel|nadat|zodra|wanneer|"
    r"indien|als|of|die|"
    r"welke|wie|wat|hoe|waarom|waarmee|waarbij|waarna|waarin|waarop|waarvoor|waarover|waaruit|"
    r"waarvan|voordat|totdat|opdat|mits|tenzij)\b",
    _I,
)
# Clause boundaries: strong punctuation, a comma before a conjunction or a finite verb.
_CLAUSE_BREAK_PUNCTUATION_PATTERN = (
    r"\s*;\s*|:\s+|\s+[–—-]\s+"
    r"|,\s+(?=(?:maar|want|wel|en|of|dus|waarna|waarbij|waarmee|waardoor|waarin|waarop|zodat|"
    r"omdat|terwijl|hoewel|die|dat|welke|wat|zoals|als|indien|tenzij|mits|zodra|nadat|voordat|"
    r"zal|zullen|wordt|worden|is|zijn|ga|gaat|gaan|wil|willen|kan|kunnen|moet|moeten|heeft|"
    r"hebben|kom|komt|komen|stuur|informeer|ontvangt|zet|neem|blijft|blijven|volgt|werkt|"
    r"verwacht|laat|treedt|start|richt)\b)"
    # a second main clause of the government's own: "... vindt plaats en ik verwacht ..."
    r"|\s+(?=en\s+(?:ik|wij|we)\s)"
)
_CLAUSE_BREAK_PUNCTUATION = re.compile(rf"(?=[\s;:,])(?:{_CLAUSE_BREAK_PUNCTUATION_PATTERN})", _I)
_CLAUSE_BREAK = re.compile(
    r"(?=[\s;:,])(?:"
    + _CLAUSE_BREAK_PUNCTUATION_PATTERN
    + r"|\s+(?=(?:maar|want|waarna|welke|waarom|omdat|zodat|doordat|terwijl|hoewel)\b))",
    _I,
)
_NEGATION = re.compile(
    r"(?=[nga])(?<![\w-])(?:niet(?!\s+(?:alleen|enkel|uitsluitend|eerder\s+dan|later\s+dan|meer\s+dan|minder\s+dan|"
    r"langer\s+dan))|geen|nooit|niets|geenszins|allerminst|nergens)\b(?!-)",
    _I,
)
_CONDITIONAL = re.compile(
    r"(?:^|[,;]\s*)(?:als|indien|mocht|mochten|ingeval|in\s+het\s+geval\s+dat|tenzij|mits|"
    r"op\s+voorwaarde\s+dat|afhankelijk\s+van|alleen\s+als|pas\s+als)\b"
    r"(?!\s+(?:het\s+gaat|gevolg|onderdeel|kabinet|voorbeeld|zodanig|eerste|tweede|ook|"
    r"minister|staatssecretaris|voorzitter|zodanig|zo|dat\s+kan|wel|uitgangspunt|basis))",
    _I,
)
_HYPOTHETICAL = re.compile(r"\b(?:zou|zouden|zoudt|zal\s+kunnen\s+worden\s+overwogen)\b", _I)
_SELF_REFERENCE = re.compile(
    r"\b(?:hieronder|hierna|hierboven|onderstaand\w*|verderop|hierbij\s+(?:stuur|zend|bied|"
    r"ontvangt|informeer|doe)|(?:in|met)\s+deze\s+(?:brief|kamerbrief|beantwoording|nota|reactie|"
    r"antwoorden|nota\s+naar\s+aanleiding)|in\s+dit\s+(?:antwoord|verslag|schrijven)|"
    r"in\s+de\s+(?:volgende|onderstaande|navolgende)\s+(?:alinea|paragraaf|antwoorden|passage)|"
    r"(?:bij|in)\s+(?:de\s+beantwoording\s+van\s+|het\s+antwoord\s+op\s+|mijn\s+antwoord\s+op\s+)?"
    r"vra(?:ag|gen)\s+\d+|in\s+(?:het|mijn)\s+antwoord\s+op\s+(?:de\s+)?vra(?:ag|gen)|"
    r"in\s+het\s+vervolg\s+van\s+(?:deze|dit)|zoals\s+(?:hier)?(?:onder|na)\b|"
    r"(?:ga|gaat|gaan)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?in\s+op|ga\s+ik\s+in\b|"
    r"hieronder\s+volgt|als\s+volgt|bijgaand|"
    r"(?:stuur|zend|bied|ontvangt|doe|informeer)\s+(?:\S+\s+){0,4}?hierbij)\b",
    _I,
)
# This letter itself does what was promised: "stuur ik u hierbij", "Bijgaand ontvangt u".
_FULFILMENT = re.compile(
    r"\b(?:stuur|zend|bied|ontvangt|doe|informeer)\b[^.;]{0,40}"
    r"\b(?:hierbij|bijgaand|met\s+deze\s+(?:kamer)?brief|in\s+deze\s+(?:kamer)?brief)\b"
    r"|\b(?:hierbij|bijgaand|met\s+deze\s+brief|in\s+deze\s+brief)\b[^.;]{0,40}"
    r"\b(?:stuur|zend|bied|ontvangt|informeer|doe)\b",
    _I,
)
_REFERRAL = re.compile(
    r"\b(?:verwijs|verwijst|verwijzen)\b|\bzie\s+(?:het\s+|mijn\s+)?(?:antwoord|beantwoording)\b",
    _I,
)
_QUESTION_REPHRASE = re.compile(
    r"^(?:u\s+vraagt|uw\s+vraag|de\s+leden\s+(?:van\s+de\s+\S+\s+)?(?:\S+-fractie\s+)?vragen|"
    r"deze\s+leden\s+vragen|zij\s+vragen|de\s+vragensteller\s+vraagt|in\s+de\s+vraag\s+wordt|"
    r"de\s+leden\s+\S+\s+vragen)\b",
    _I,
)
# The sentence reports what was said or decided before: "In de brief van 29 juni 2022 is
# aangegeven dat ...", "In mijn brief van 5 februari heb ik gemeld dat ..." (not "Zoals ...").
_REPORTED = re.compile(
    r"^(?!zoals\b)(?:[^\s,]+\s+){0,12}?(?:is|werd|zijn|werden|heb|hebben|heeft)\s+(?:\S+\s+){0,6}?"
    r"(?:aangegeven|gemeld|aangekondigd|geschreven|uiteengezet|toegelicht|beschreven|vermeld|"
    r"meegedeeld|medegedeeld|bericht|besloten|afgesproken|geconcludeerd|toegezegd)\s*,?\s+"
    r"(?:dat|hoe|welke|of|waarom)\b",
    _I,
)
_REPORTED_WORDS = frozenset(
    "aangegeven gemeld aangekondigd geschreven uiteengezet toegelicht beschreven vermeld "
    "meegedeeld medegedeeld bericht besloten afgesproken geconcludeerd toegezegd".split()
)
_KEEPS_PROMISE = re.compile(
    r"\b(?:hiermee|daarmee|met\s+deze\s+(?:brief|beantwoording)|hierbij)\b[^.;]{0,40}?"
    r"\b(?:geef|geven|voldoe|voldoen|kom|komen)\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,30}?"
    r"\b(?:invulling\s+aan|aan|na)\b[^.;]{0,20}?\b(?:de|het|mijn|onze)\s+"
    r"(?:\w+\s+)?(?:toezegging|motie|verzoek|afspraak)",
    _I,
)
_FORECAST_FRAME = re.compile(
    r"\b(?:de|het|mijn|onze)\s+verwachting\s+is\s+(?:\S+\s+){0,3}?dat\b"
    r"|\bis\s+de\s+verwachting\s+dat\b"
    r"|\b(?:verwacht|verwachten)\s+(?:\S+\s+){0,4}?dat\b"
    r"|\b(?:ik|wij|we|het\s+kabinet)\s+(?:verwacht|verwachten)\s+(?:\S+\s+){0,3}?dat\b",
    _I,
)
_COMPARATIVE_FORECAST = re.compile(
    r"\bnaar\s+verwachting\b(?=.*\b(?:minder|meer|vaker|hogere?|lagere?|grotere?|kleinere?)\b)"
    r"|\b(?:minder|meer|vaker|hogere?|lagere?|grotere?|kleinere?)\b(?=.*\bnaar\s+verwachting\b)",
    _I,
)


def _looks_participle(word: str) -> bool:
    """A cheap screen before the generic timed-passive rule's pattern."""
    return (
        len(word) > 5
        and word[-1] in "dt"
        and ("ge" in word or word.startswith("ver") or word.endswith("eerd"))
        and word not in _NOT_ACTION_PARTICIPLES
    )


# Participles that describe, estimate or suffer rather than act ("wordt ... verwacht/geschat").
_NOT_ACTION_PARTICIPLES = frozenset(
    """verwacht geschat geraamd genoemd beschouwd gezien gevreesd verondersteld voorspeld gedacht
    geacht gebaseerd bedoeld beïnvloed verklaard veroorzaakt geconfronteerd getroffen geraakt
    gedekt gedragen gevolgd gemeld gesteld gebleken geweest gehad geleden verloren vergeleken
    verantwoord gekenmerkt gedomineerd bepaald berekend""".split()
)
_HEDGED = re.compile(
    r"\bnaar\s+verwachting\b(?=.*\b(?:kunnen|kan)\b)|\b(?:kunnen|kan)\b(?=.*\bnaar\s+verwachting\b)", _I
)
# Outcomes in the world that are forecast, not delivered: "effecten", "de stijging"
_OUTCOME = re.compile(
    r"\b(?:effect(?:en)?|gevolgen|impact|stijging|daling|groei|toename|afname|opbrengst(?:en)?|"
    r"besparing(?:en)?|kosten|aantal(?:len)?|tekort(?:en)?|instroom|uitstroom|prijs|prijzen|"
    r"vraag|aanbod|emissies?|uitstoot)\b",
    _I,
)
_RESTRICTIVE_RELATIVE = re.compile(
    r"(?<![,;:(])\s(?:waarvoor|waarin|waarmee|waarbij|waarop|waarover|waaruit|waarvan)\s+"
    r"(?:(?:een|de|het|deze|die|dit)\s+)?[^\s,]+\s*$",
    _I,
)
_MONTH_OR_YEAR = re.compile(
    r"\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|(?:19|20)\d\d|dit|volgend|komend|van\s+het)\b",
    _I,
)
# Words that make a present passive an act under way rather than a standing practice.
_UNDER_WAY = re.compile(
    r"\b(?:momenteel|op\s+dit\s+moment|thans|nu|inmiddels|nader|verder|binnenkort|"
    r"naar\s+aanleiding\s+van|daarom|hiervoor|daarvoor|op\s+korte\s+termijn|aanvullend|"
    r"alsnog|opnieuw|ook)\b",
    _I,
)
# Participles of working something out: as much how things are done as an act.
_PROCESS_PARTICIPLE = re.compile(
    r"uitgewerkt|bezien|nagegaan|verkend|uitgezocht|gekeken", _I
)
_REFLEXIVE = re.compile(r"\b(?:mij|me|ons|zich)\b", _I)
_SUBORDINATE_START = re.compile(
    r"\s*(?:waarbij|waarin|waarmee|waardoor|waarop|zodat|omdat|terwijl|doordat)\b", _I
)
_PERFECT_AUX = re.compile(r"\b(?:heeft|hebben|heb|had|hadden)\b", _I)
_FUTURE_AUX = re.compile(r"\b(?:zal|zullen|wil|willen|ga|gaat|gaan|ben|is|zijn)\b", _I)
_PAST_AUX = re.compile(r"\b(?:werd|werden|was|waren|had|hadden|heeft|hebben|heb)\b", _I)
_MODAL_BEFORE = re.compile(
    r"\b(?:kan|kunnen|kun|moet|moeten|mag|mogen|dient|dienen|zou|zouden|te|lijkt|lijken|blijkt)\s*$",
    _I,
)
_ADVERBIAL_START = re.compile(
    r"^(?:in|op|met|voor|vóór|na|bij|door|om|vanaf|tot|over|naar|uit|tijdens|binnen|sinds|via|"
    r"volgens|ondanks|dankzij|conform|zoals|ook|daarnaast|daarom|daarbij|hierbij|hiervoor|"
    r"daarvoor|hiermee|daarmee|hierover|daarover|hier|daar|dan|nu|zo|wel|verder|bovendien|tevens|"
    r"uiteraard|inmiddels|momenteel|nog|eind|begin|medio|vervolgens|tot\s+slot|allereerst|"
    r"ten\s+\w+|echter|immers|dus|bijvoorbeeld|concreet|samen|tegelijkertijd|daarna|eerst|"
    r"vandaar|graag|zeker|vanzelfsprekend|binnenkort|spoedig|komend|volgend|dit\s+jaar|"
    r"deze\s+(?:zomer|week|maand|winter)|dit\s+(?:voorjaar|najaar)|ja|nee|kortom|aldus|"
    r"mede|onder\s+meer|onder\s+andere|eveneens|overigens|wellicht|mogelijk|q[1-4]|\d+|"
    r"het\s+komende|de\s+komende|aanvullend|specifiek|tot\s+die\s+tijd|zodoende|"
    r"vooruitlopend|naar\s+aanleiding|rond|omstreeks|uiterlijk|halverwege|later|"
    r"opnieuw|alsnog|voortaan|vanuit|namens|gezien|gelet|omwille|ter|tegen|onder|boven|"
    r"achter|naast|zonder|wat|hoe|waar)\b",
    _I,
)
_INVERTED_FIRST_PERSON = re.compile(r"\s*(ik|wij|we)\b", _I)
_LEFT_PRONOUN = re.compile(r"\s*(?:ik|wij|we|hij|zij)\s*", _I)
_PRONOUN_SUBJECT = re.compile(
    rf"^\s*(?:{_GOV_AFTER}|u|jij|je|hij|zij|ze|men|de\s+staatssecretarissen|de\s+ministers|"
    r"het\s+ministerie|mijn\s+ministerie|ons\s+ministerie|de\s+bewindspersonen)\b",
    _I,
)
_DOOR_AGENT = re.compile(
    r"\b(?:door|onder\s+(?:coördinatie|leiding|regie|verantwoordelijkheid|aansturing)\s+van)\s+"
    r"(?!middel\b|te\b|het\s+(?:feit|gebrek|ontbreken)\b|de\s+(?:corona\w*|crisis)\b)"
    r"(?P<agent>[^,;:()]{1,140})",
    _I,
)
# "in de voortgangsbrief", "in een brief": a later document, not this answer
_NAMES_DOCUMENT = re.compile(
    rf"\b(?:in|bij)\s+(?:de|een|mijn|het|onze)\s+(?:(?:volgende|komende|eerstvolgende|nieuwe|"
    rf"aangekondigde|jaarlijkse)\s+)?\w*(?:{lexicon.DELIVERABLES})\b",
    _I,
)
# the words each sentence-level blocker needs (a screen before its regex)
_CONDITIONAL_WORDS = frozenset(
    "als indien mocht mochten ingeval geval tenzij mits voorwaarde afhankelijk alleen pas".split()
)
_SELF_REFERENCE_WORDS = frozenset(
    "hieronder hierna hierboven onderstaand onderstaande verderop hierbij bijgaand deze dit "
    "volgende "
    "navolgende vraag vragen antwoord vervolg zoals ga gaat gaan volgt".split()
)
_FORECAST_WORDS = frozenset({"verwachting", "verwacht", "verwachten"})
_REFERRAL_WORDS = frozenset({"verwijs", "verwijst", "verwijzen", "zie"})
_BREAK_CHARS = re.compile(r"[,;:–—]|\s-\s|\sen\s+(?:ik|wij|we)\s")
_BREAK_WORDS = frozenset(
    {"maar", "want", "waarna", "welke", "waarom", "omdat", "zodat", "doordat", "terwijl", "hoewel"}
)
_PAREN = re.compile(r"\([^()]*\)")
_CITATION = re.compile(
    r"\([^()]{0,200}?\b(?:[Bb]rief|[Kk]amerbrief|Kamerstuk(?:ken)?|Stcrt|Stb|Handelingen|"
    r"Aanhangsel)\b[^()]{0,200}\)"
)
# An inserted "zoals"-clause between commas is read like parentheses: "Het wetsvoorstel
# wordt, zoals in mijn brief van 7 maart aangekondigd, in het voorjaar ingediend."
_RELATIVE_WORDS = frozenset(
    "die dat welke waarin waarmee waarbij waarvan waarop waarover waarna waardoor".split()
)
_INSERTED_RELATIVE = re.compile(
    r"(?<=\w),\s+(?P<rel>(?:die|dat|welke|waarin|waarmee|waarbij|waarvan|waarop|waarover|waarna|"
    r"waardoor)\s+[^,;:()]{1,140}?),(?=\s+[a-zà-ÿ])"
)
_INSERTED_ZOALS = re.compile(r"(?:,|^)\s*zoals\s+[^,;:()]{1,150},(?=\s)", _I)
_INFINITIVE_END = re.compile(r"\b(\w+en)\b", _I)
_EXPLETIVE_ER = re.compile(r"^\s*er\b", _I)


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
    for m in (breaks or _CLAUSE_BREAK).finditer(text):
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
    if not stripped or _ALL_KEYS.isdisjoint(sentence_words):
        return analysis
    if stripped.endswith("?"):
        analysis.sentence_blocker = "vraag"
        return analysis
    if _QUESTION_REPHRASE.match(stripped):
        analysis.sentence_blocker = "herhaling van de vraag"
        return analysis
    if not _REPORTED_WORDS.isdisjoint(sentence_words) and _REPORTED.match(stripped):
        analysis.sentence_blocker = "eerder gezegd"
        return analysis
    if "invulling" in sentence_words or "voldoe" in sentence_words or "na" in sentence_words:
        if _KEEPS_PROMISE.search(stripped):
            # "Daarmee geef ik invulling aan de toezegging ...": this letter keeps it
            analysis.sentence_blocker = "nakoming"
            return analysis
    referral = not _REFERRAL_WORDS.isdisjoint(sentence_words) and bool(_REFERRAL.search(stripped))
    analysis.referral = referral
    blockers: tuple[bool, bool, re.Match[str] | None] | None = None  # computed on first firing
    times: SentenceTimes | None = None  # read when a rule first fires
    sentence_time = clause_time = None
    timed_possible = might_have_time(stripped, sentence_words)
    # grammar is read without parentheses ("(KIT, Cedris e.a.)"); time with them
    masked = _PAREN.sub(lambda m: " " * len(m.group(0)), stripped) if "(" in stripped else stripped
    if "zoals" in sentence_words:
        masked = _INSERTED_ZOALS.sub(lambda m: " " * len(m.group(0)), masked)
    # A relative clause between commas is read on its own, and the main clause without
    # it: "Ook wordt de vragenlijst, die alle 17-jarigen ontvangen, dit najaar aangepast."
    inserted: list[tuple[int, int]] = []
    base = masked
    if masked.count(",") > 1 and not _RELATIVE_WORDS.isdisjoint(sentence_words):
        inserted = [m.span("rel") for m in _INSERTED_RELATIVE.finditer(masked)]
        if inserted:
            masked = _INSERTED_RELATIVE.sub(lambda m: " " * len(m.group(0)), masked)
    if not _BREAK_WORDS.isdisjoint(sentence_words):
        spans = split_clauses(masked)
    elif _BREAK_CHARS.search(masked):
        spans = split_clauses(masked, _CLAUSE_BREAK_PUNCTUATION)
    else:
        spans = [(0, len(masked))]
    spans = [s for s in spans if masked[s[0] : s[1]].strip()] + inserted
    n_main = len(spans) - len(inserted)
    for index, (c_start, c_end) in enumerate(spans):
        clause = (masked if index < n_main else base)[c_start:c_end]
        words = set(_WORD_RE.findall(clause.lower())) if len(spans) > 1 else sentence_words
        clause_time = None
        taken = False  # a rule already counted on this clause
        for rule, keys in _candidate_rules(words):
            if rule.timed and not timed_possible:
                continue
            if rule.name == "passief_met_termijn" and (
                taken
                or (len(spans) > 1 and not might_have_time(clause, words))
                or not any(_looks_participle(w) for w in words)
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
                        _CITATION.sub(lambda c: " " * len(c.group(0)), stripped)
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
                        not _CONDITIONAL_WORDS.isdisjoint(sentence_words)
                        and bool(_CONDITIONAL.search(stripped)),
                        not _SELF_REFERENCE_WORDS.isdisjoint(sentence_words)
                        and bool(_SELF_REFERENCE.search(stripped)),
                        _FORECAST_FRAME.search(stripped)
                        if not _FORECAST_WORDS.isdisjoint(sentence_words)
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
    for last in _SUBORDINATOR.finditer(text):  # noqa: B007 - we want the last one
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
    if _MODAL_BEFORE.search(before) and rule.name in (
        "passief_handeling",
        "in_voorbereiding",
        "passief_met_termijn",
    ):
        return None
    if rule.name == "passief_met_termijn" and (
        m.group("ptc").lower() in _NOT_ACTION_PARTICIPLES
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
    if "waar" in before and _RESTRICTIVE_RELATIVE.search(before):
        # "Alle ontwerpen waarvoor een fiche zal worden opgesteld worden ...": a class
        return None
    if rule.name == "tijd_en_handeling" and fin == "begin" and _MONTH_OR_YEAR.match(after):
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
    if _NEGATION.search(scope):
        return firing(False, "ontkenning")
    if self_reference and (not time.future or _FULFILMENT.search(clause)):
        return firing(False, "zelfverwijzing")
    if conditional:
        return firing(False, "voorwaarde")
    if _HYPOTHETICAL.search(clause[: m.end()]):
        return firing(False, "hypothetisch")
    if time.past and not time.future:
        return firing(False, "verleden")
    if _PAST_AUX.search(before[-40:]) and rule.name not in ("verwachte_levering", "gepland"):
        return firing(False, "verleden")
    if fin == "laten" and _PERFECT_AUX.search(before) and not _FUTURE_AUX.search(before):
        # "De Staatssecretaris (...) heeft samen met ... een onderzoek laten uitvoeren"
        return firing(False, "verleden")
    if main_verb in lexicon.COPULAS or (main_verb == "worden" and not passive):
        return firing(False, "toestand")
    if (
        main_verb in lexicon.DISCOURSE_VERBS
        and not time.future
        and not _NAMES_DOCUMENT.search(clause)
    ):
        return firing(False, "bespreking")
    if (
        forecast_frame
        and actor_kind not in (ActorKind.GOVERNMENT,)
        and not (rule.name == "verwachte_levering" and m.groupdict().get("fin2"))
    ):
        # "De verwachting is dat de evaluatie in Q3 gereed is" is a delivery, not a forecast
        return firing(False, "prognose")
    if actor_kind != ActorKind.GOVERNMENT and "verwachting" in clause and _HEDGED.search(clause):
        # "Naar verwachting zal het onderzoek eind dit jaar kunnen worden afgerond"
        return firing(False, "prognose")
    if rule.name in ("verwachte_levering", "gepland") and _OUTCOME.search(before):
        # "De eerste effecten worden verwacht in 2026": an outcome in the world, not an act
        return firing(False, "prognose")
    if main_verb in ("inzetten", "inspannen") and _REFLEXIVE.search(clause) and not time.future:
        # "Ik zal mij blijven inzetten voor ...": effort without an act or a time
        return firing(False, "inspanning")
    if rule.name == "doorlopend" and _SUBORDINATE_START.match(clause):
        # "..., waarbij we oog blijven houden voor de kwaliteit": a manner, not a promise
        return firing(False, "bijzin")
    if (
        actor_kind != ActorKind.GOVERNMENT
        and "verwachting" in clause
        and _COMPARATIVE_FORECAST.search(clause)
    ):
        # "Door de tekorten zullen er in 2025 naar verwachting minder controles plaatsvinden"
        return firing(False, "prognose")
    if main_verb in lexicon.FORECAST_VERBS and actor_kind not in (
        ActorKind.GOVERNMENT,
        ActorKind.NONE,
    ):
        return firing(False, "prognose")
    if rule.kamer and not re.search(_KAMER, clause, _I):
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
                and _PROCESS_PARTICIPLE.fullmatch(m.group("ptc"))
                and not _new_thing(clause, fin_end, time)
                and not _UNDER_WAY.search(prefix + clause)
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


_GOV_AT_START = re.compile(rf"^(?:{_GOV_AFTER}|(?:mijn|ons|het)\s+ministerie)\b", _I)


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
    stop = _SUBORDINATOR.search(after)
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
    stop = _SUBORDINATOR.search(rest, max(0, match_end - fin_start))
    end = fin_start + (stop.start() if stop else len(rest))
    return clause[start:end]


def _actor(
    rule: Rule, clause: str, fin_start: int, fin_end: int, passive: bool, prefix: str = ""
) -> tuple[ActorKind, str]:
    if passive:
        m = _DOOR_AGENT.search(clause)
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
    if _EXPLETIVE_ER.match(subject):
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
    if left.strip() and _INVERTED_FIRST_PERSON.match(right):
        # "Wanneer dit onderzoek is afgerond zal ik ...": a first person right after the
        # finite verb is its inverted subject (a subordinate clause puts its verb last)
        return _INVERTED_FIRST_PERSON.match(right).group(1)
    last = _last_subordinator(left)
    if last is not None:
        rest = left[last.end() :].strip()
        word = last.group(0).lower()
        if word in ("die", "welke", "wie", "wat") and (not rest or _ADVERBIAL_START.match(rest)):
            return word
        if rest:
            return rest
    if _LEFT_PRONOUN.fullmatch(left):
        # "Ik verwacht u ... toe te sturen": the pronoun before the verb is the
        # subject; the one after it ("u") is an object, not an inverted subject.
        return left.strip()
    pronoun = _PRONOUN_SUBJECT.match(right)
    if pronoun and pronoun.group(0).strip().lower() == "u" and not _after_adverbial(left):
        # "De staatssecretaris zal u hierover informeren": "u" is the object
        pronoun = None
    if pronoun:
        return office_at_start(right) or pronoun.group(0).strip()
    parts = [p.strip() for p in left.split(",") if p.strip()]
    if (
        len(parts) > 1
        and classify(left) != ActorKind.GOVERNMENT
        and not _ADVERBIAL_START.match(parts[-1])
    ):
        return parts[-1][:160]  # "Ja, ik zeg toe ..."
    left = left.strip(" ,")
    if not left and prefix.strip():
        first = re.split(r"[,;:]", prefix.strip(), maxsplit=1)[0].strip()
        if first and not _ADVERBIAL_START.match(first) and not _SUBORDINATOR.match(first):
            return first[:160]
    if not left or _ADVERBIAL_START.match(left):
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
    return not left or bool(_ADVERBIAL_START.match(left))


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
