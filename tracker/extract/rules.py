"""The rules: named Dutch patterns that can announce something the government will do.

Each rule has a Dutch example (also a test) and says who must act and whether it needs a
time ahead; `RULE_KEYS` lists the words a clause must hold before a rule's pattern is
tried, a cheap screen that keeps extraction fast. Whether a firing counts is decided in
`cues.py`, with the blockers of `blockers.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract import lexicon

_I = re.IGNORECASE
_W = r"(?:\s+\S+)"  # one more word
KAMER = r"(?:(?:uw|de|het)\s+(?:(?:tweede|eerste)\s+)?kamer|\bu)\b"
GOV_AFTER = r"(?:ik|wij|we|het\s+kabinet|de\s+minister|de\s+staatssecretaris|de\s+regering)"


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
            rf"verstuurt|versturen)\b(?:\s+{GOV_AFTER})?{_W}{{0,6}}?\s+{KAMER}"
            rf"|\b(?:ik|wij|we)\s+{KAMER}\s+(?:\S+\s+){{0,6}}?(?P<fin2>informeer|informeren|stuur|"
            rf"sturen|toestuur|toesturen|toezend|toezenden|zend|zenden)\b"
        ),
        "Voor de zomer stuur ik uw Kamer de evaluatie.",
        kamer=True,
    ),
    Rule(
        "kamer_geinformeerd",
        "toezegging de Kamer te informeren",
        _r(
            rf"{KAMER}\s+(?P<fin>wordt|zal|zullen)\b{_W}{{0,14}}?\s+(?:geïnformeerd|ingelicht|"
            rf"op\s+de\s+hoogte\s+(?:gehouden|gesteld|gebracht))"
            rf"|\b(?P<fin2>zal|zullen|wordt)\s+(?:\S+\s+){{0,4}}?{KAMER}{_W}{{0,10}}?\s+"
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
            rf"\b(?P<fin>vraag|vragen|verzoek|verzoeken)\s+{GOV_AFTER}\s+(?!(?:me|mij|ons|u|uw)\b)"
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
ALL_KEYS = frozenset().union(*(keys[0] for keys in RULE_KEYS.values()))
_SCREENED = tuple((rule, RULE_KEYS[rule.name]) for rule in RULES)
# word -> indexes (in RULES) of the rules whose first key set holds it
_RULES_BY_WORD: dict[str, list[int]] = {}
for _index, (_rule, _keys) in enumerate(_SCREENED):
    for _word in _keys[0]:
        _RULES_BY_WORD.setdefault(_word, []).append(_index)


def candidate_rules(words: set[str]) -> list[tuple[Rule, tuple[frozenset[str], ...]]]:
    """The rules whose key sets all meet `words`, in the order of RULES."""
    indexes: set[int] = set()
    for word in ALL_KEYS.intersection(words):  # the words some rule is keyed on
        indexes.update(_RULES_BY_WORD[word])
    out = []
    for index in sorted(indexes):
        rule, keys = _SCREENED[index]
        if len(keys) > 1 and keys[1].isdisjoint(words):
            continue
        out.append((rule, keys))
    return out
